package nl.nvvk.keurmerk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.nvvk.keurmerk.testing.PackagedService;
import nl.nvvk.keurmerk.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Documents at the packaged service (-Xmx256m): the heemskerk audit's report (50 findings, every fifth
 * weighted with an action, seven areas) and its certificate, each fetched over HTTP one after the
 * other and by four clients at once; prints the time from request to the last byte. Run with
 * bench/documents.sh.
 */
class DocumentBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HOME = Path.of("target", "bench");
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 50);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 300);
    private static final String BODY = "BENCH";
    private static final String KVK = "70000001";

    @Test
    void renders_the_report_and_the_certificate() throws Exception {
        Files.createDirectories(HOME);
        assertThat(PackagedService.JAR).as("the packaged service; bench/documents.sh builds it").exists();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("keurmerk-bench-documents-")).start();
             PackagedService packaged = PackagedService.start(HOME.resolve("documents-service.log"), postgres.getPort(),
                     List.of("keurmerk.rate-limit.authenticated-read.requests=1000000", "keurmerk.rate-limit.write.requests=1000000"))) {
            HttpClient http = HttpClient.newHttpClient();
            String admin = Tokens.issue("nvvk-staff", List.of("nvvk-admin"), Map.of());
            send(http, packaged.base + "/api/v1/certifying-bodies", admin, "POST",
                    JSON.writeValueAsString(Map.of("code", BODY, "name", "Certificeerder Bench", "accreditationStatus", "ACCREDITED")), 201);
            try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("insert into organisation (id, kvk_number, name, kind, membership_status, member_since, created_at, updated_at) "
                        + "values (gen_random_uuid(), '" + KVK + "', 'Gemeente Bench', 'MUNICIPALITY', 'MEMBER', date '2020-01-01', now(), now())");
            }
            ObjectNode pack = (ObjectNode) JSON.readTree(Path.of("src", "test", "resources", "audits", "heemskerk-2023.json").toFile());
            pack.put("organisation", KVK).put("status", "SUBMITTED");
            ArrayNode findings = (ArrayNode) pack.get("findings");
            for (int f = 0; f < findings.size(); f += 5) {
                ((ObjectNode) findings.get(f)).put("classification", "NEEDS_IMPROVEMENT").put("weight", "REMARK").putArray("actions").addObject()
                        .put("description", "Verbeterpunt bij norm " + findings.get(f).get("norm").asText()).put("owner", "teamleider");
            }
            String certifier = Tokens.issue("bench-system", List.of("certifier"), Map.of("certifying_body", BODY));
            String audit = JSON.readTree(send(http, packaged.base + "/api/v1/audit-packages/BENCH-REPORT", certifier, "PUT", pack.toString(), 201))
                    .get("id").asText();
            JsonNode decided = JSON.readTree(send(http, packaged.base + "/api/v1/audits/" + audit + "/decision", admin, "POST",
                    JSON.writeValueAsString(Map.of("outcome", "GRANT_WITH_CONDITIONS", "motivation", "Voldoet, met een vervolgonderzoek.",
                            "conditions", "Vervolgonderzoek naar de normen 1.4 en 4.3.")), 200));
            String certificate = decided.get("decision").get("certificate").get("id").asText();

            System.out.printf("documents at the packaged service (-Xmx256m), %d requests each after %d to warm up; %d cores, Java %s%n",
                    REQUESTS, WARM_UP, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            for (String[] document : List.of(new String[] {"audit report, 50 findings", "/api/v1/audits/" + audit + "/report.pdf"},
                    new String[] {"certificate with QR code", "/api/v1/certificates/" + certificate + "/document.pdf"})) {
                URI uri = URI.create(packaged.base + document[1]);
                measure(http, uri, admin, 1, WARM_UP);
                Figures alone = measure(http, uri, admin, 1, REQUESTS);
                Figures four = measure(http, uri, admin, 4, REQUESTS);
                System.out.printf("  %-26s %7.1f KB  one client: p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms   four clients: p50 %6.1f ms  p95 %6.1f ms  %6.1f documents/s%n",
                        document[0], alone.bytes / 1024.0, alone.p(50), alone.p(95), alone.max(), four.p(50), four.p(95), four.perSecond());
            }
            System.out.printf("  peak RSS %s, heap after %s%n", packaged.peakResident(), packaged.heapUsed());
        }
    }

    private record Figures(double[] millis, long bytes, double seconds) {
        double p(int percentile) {
            return millis[Math.min(millis.length - 1, (int) Math.ceil(percentile / 100.0 * millis.length) - 1)];
        }

        double max() {
            return millis[millis.length - 1];
        }

        double perSecond() {
            return millis.length / seconds;
        }
    }

    /** {@code requests} GETs by {@code clients} clients at once, each timed to its last byte; bounded by the count. */
    private static Figures measure(HttpClient http, URI uri, String token, int clients, int requests) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).header("Accept", "application/pdf").build();
        double[] millis = new double[requests];
        long[] bytes = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        millis[i] = (System.nanoTime() - sent) / 1e6;
                        assertThat(answer.statusCode()).isEqualTo(200);
                        bytes[0] = answer.body().length;
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(millis);
        return new Figures(millis, bytes[0], seconds);
    }

    private static String send(HttpClient http, String url, String token, String method, String body, int expected) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected);
        return answer.body();
    }
}
