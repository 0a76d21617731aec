package nl.nvvk.keurmerk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.nvvk.keurmerk.testing.PackagedService;
import nl.nvvk.keurmerk.testing.ScratchPostgres;
import nl.nvvk.keurmerk.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The training run of the JDK's ahead-of-time cache (JEP 483, 515) that the production image starts
 * with: the packaged service, on the JVM that -Dbench.java names (the image's own runtime,
 * target/runtime), with the image's settings (docker/jvm.options) and -XX:AOTCacheOutput, serves a
 * workload like a working day's, then stops as a pod stops; on its way out the JVM writes
 * target/quarkus-app/app.aot with every class it loaded and linked and the profiles of the methods
 * it ran. Run it through {@code scripts/aot-cache.sh}, never on its own: the cache is only valid for
 * that exact runtime and those exact jars.
 *
 * <p>The workload: 2,000 certificates seeded as {@link PublicRegisterBenchmark} seeds them (one real
 * push and grant through the API), public lookups, badges, verification pages and CSV exports under
 * load, every list and vocabulary of the contract read as NVVK staff, the first item of each read
 * on its own, the audit report and certificate PDFs, a second push, and the answers a client gets
 * wrong (401, 403, 404, 422, 400) — so that start-up and the first requests after it find their
 * classes already loaded.
 */
class AotCacheTraining {
    private static final Path CACHE = Path.of("target", "quarkus-app", "app.aot");
    private static final Path HOME = Path.of("target", "aot");
    private static final int CERTIFICATES = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void trains_the_cache_the_image_starts_with() throws Exception {
        assertThat(PackagedService.JAR).as("the packaged service; scripts/aot-cache.sh builds it").exists();
        Files.deleteIfExists(CACHE);
        try (ScratchPostgres scratch = ScratchPostgres.start(database -> database)) {
            EmbeddedPostgres postgres = scratch.postgres();
            PackagedService service = PackagedService.start(HOME.resolve("training.log"), postgres.getPort(),
                    List.of("keurmerk.rate-limit.public-read.requests=1000000000", "keurmerk.rate-limit.authenticated-read.requests=1000000000",
                            "keurmerk.rate-limit.write.requests=1000000000"),
                    List.of("-XX:AOTCacheOutput=" + CACHE.toAbsolutePath()));
            try {
                workday(postgres, service.base);
            } finally {
                // The JVM writes the cache when it exits: a minute or two on two cores.
                service.stop(Duration.ofMinutes(10));
            }
            assertThat(service.process().exitValue()).as("the training run's exit; see " + HOME.resolve("training.log")).isIn(0, 143);
            assertThat(CACHE).as("the cache the training run wrote").exists();

            // The cache is used, or the service refuses to start (AOTMode=on), with the settings the image starts it with.
            try (PackagedService trained = PackagedService.start(HOME.resolve("trained.log"), postgres.getPort(), List.of(),
                    List.of("-XX:AOTCache=" + CACHE.toAbsolutePath(), "-XX:AOTMode=on"))) {
                System.out.printf("%nAOT cache: %s, %,d MB; the trained service was ready %.1f s after its start%n", CACHE,
                        Files.size(CACHE) / 1024 / 1024, trained.readyAfter.toMillis() / 1000.0);
            }
        }
    }

    private static void workday(EmbeddedPostgres postgres, String base) throws Exception {
        List<String> numbers = PublicRegisterBenchmark.seed(postgres, base, CERTIFICATES);
        PublicRegisterBenchmark.awaitRegistered(base, numbers.get(numbers.size() - 1));
        String admin = Tokens.issue("nvvk-staff", List.of("nvvk-admin"), Map.of());
        String certifier = Tokens.issue("bench-system", List.of("certifier"), Map.of("certifying_body", "BENCH"));
        String member = Tokens.issue("member-70000000", List.of("member"), Map.of("organisation", "70000000"));

        // The public register under load, as verification scripts and the verification page use it.
        List<String> publicPaths = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String number = numbers.get(i * 7 % numbers.size());
            publicPaths.add("/api/v1/public/certificates/" + number);
            publicPaths.add("/api/v1/public/organisations/" + PublicRegisterBenchmark.kvk(i, CERTIFICATES) + "/certificate");
        }
        HttpLoad.run(base, 8, 8, HttpLoad.requests(base, publicPaths));
        HttpLoad.run(base, 8, 3, HttpLoad.requests(base, List.of("/api/v1/public/verify/" + numbers.get(0)), "text/html", ""));
        HttpLoad.run(base, 4, 3, HttpLoad.requests(base, List.of("/api/v1/public/certificates/" + numbers.get(0) + "/badge.svg"), "image/svg+xml", ""));
        for (int i = 0; i < 3; i++) {
            get(base, "/api/v1/public/register.csv", "", "text/csv");
        }
        get(base, "/api/v1/public/certificates?limit=100", "", "application/json");
        get(base, "/api/v1/public/verify?number=" + numbers.get(0), "", "text/html");

        // Every list of the contract as NVVK staff, the first item of each on its own, and the PDFs.
        Map<String, String> lists = new TreeMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) new Yaml()
                .<Map<String, Object>>load(Files.readString(Path.of("openapi", "openapi.yaml"))).get("paths");
        paths.forEach((path, operations) -> {
            if (operations.containsKey("get") && !path.contains("{") && !path.startsWith("/api/v1/public/")) {
                lists.put(path, path.endsWith(".csv") ? "text/csv" : "application/json");
            }
        });
        for (int round = 0; round < 20; round++) {
            for (Map.Entry<String, String> list : lists.entrySet()) {
                HttpResponse<String> answer = get(base, list.getKey(), admin, list.getValue());
                if (round == 0 && answer.statusCode() == 200 && list.getValue().equals("application/json")) {
                    JsonNode items = JSON.readTree(answer.body()).path("items");
                    if (items.isArray() && !items.isEmpty() && items.get(0).has("id")) {
                        get(base, list.getKey() + "/" + items.get(0).get("id").asText(), admin, "application/json");
                    }
                }
            }
        }
        JsonNode audit = JSON.readTree(get(base, "/api/v1/audits?limit=1", admin, "application/json").body()).path("items").get(0);
        JsonNode certificate = JSON.readTree(get(base, "/api/v1/certificates?limit=1", admin, "application/json").body()).path("items").get(0);
        for (int i = 0; i < 5; i++) {
            get(base, "/api/v1/audits/" + audit.get("id").asText() + "/report.pdf", admin, "application/pdf");
            get(base, "/api/v1/certificates/" + certificate.get("id").asText() + "/document.pdf", admin, "application/pdf");
        }
        get(base, "/api/v1/events?limit=100", certifier, "application/json");
        get(base, "/api/v1/audits", certifier, "application/json");
        get(base, "/api/v1/certificates", member, "application/json");
        get(base, "/q/metrics", "", "text/plain");

        // A second push as a certifying body's system sends it, and the answers a client gets wrong.
        ObjectNode pushed = (ObjectNode) JSON.readTree(Path.of("src", "test", "resources", "audits", "heemskerk-2023.json").toFile());
        pushed.put("organisation", "70000001").put("status", "SUBMITTED");
        String body = JSON.writeValueAsString(pushed);
        send(base, "PUT", "/api/v1/audit-packages/BENCH-TRAINING", certifier, body);
        send(base, "PUT", "/api/v1/audit-packages/BENCH-BROKEN", certifier, body.substring(0, body.length() / 2));
        send(base, "PUT", "/api/v1/audit-packages/BENCH-EMPTY", certifier, "{}");
        for (int i = 0; i < 20; i++) {
            get(base, "/api/v1/audits", "", "application/json");
            get(base, "/api/v1/audits", member.substring(0, member.length() - 4) + "AAAA", "application/json");
            get(base, "/api/v1/certifying-bodies", member, "application/json");
            get(base, "/api/v1/public/certificates/NVVK-0000-0000-0000", "", "application/json");
            get(base, "/api/v1/audits?limit=many", admin, "application/json");
            get(base, "/api/v1/events?after=not-a-cursor", certifier, "application/json");
        }
    }

    private static HttpResponse<String> get(String base, String path, String token, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept);
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("GET " + path + ": " + answer.body()).isLessThan(500);
        return answer;
    }

    private static void send(String base, String method, String path, String token, String body) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isLessThan(500);
    }
}
