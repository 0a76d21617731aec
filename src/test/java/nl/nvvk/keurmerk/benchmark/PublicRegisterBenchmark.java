package nl.nvvk.keurmerk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.nvvk.keurmerk.certificate.CertificateNumber;
import nl.nvvk.keurmerk.testing.PackagedService;
import nl.nvvk.keurmerk.testing.ScratchPostgres;
import nl.nvvk.keurmerk.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Public verification under load, against the packaged service started as its own process with
 * -Xmx256m (PackagedService) on an embedded PostgreSQL 17, with 100,000 certificates in the register.
 *
 * <p>Seeds one real granted audit through the API, then 99,999 more organisations, audits and
 * certificates by SQL (with the register's change log written by its triggers, as any grant writes
 * it), waits until the service has read them, and then, at 32 connections from one load thread:
 * public lookups by number (random certificates) against the vocabulary of certificate statuses, a
 * trivial endpoint of the same service, alternating rounds of each; then the full CSV export five
 * times, with the heap watched while it streams. A benchmark, not a test: run it with
 * {@code bench/public-register.sh}. Options: -Dbench.certificates=N, -Dbench.connections=N,
 * -Dbench.seconds=S (per measured round), -Dbench.rounds=N, -Dbench.profiler=/path/to/libasyncProfiler.so
 * (a CPU profile of each lookup round, target/bench/lookup-N.collapsed).
 */
class PublicRegisterBenchmark {
    private static final int CERTIFICATES = Integer.getInteger("bench.certificates", 100_000);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 32);
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "15"));
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final String BODY = "BENCH";
    private static final String TRIVIAL = "/api/v1/vocabularies/certificateStatus";
    private static final Path HOME = Path.of("target", "bench");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void verifies_certificates_by_number_and_exports_the_register() throws Exception {
        try (ScratchPostgres scratch = ScratchPostgres.start(database -> database
                .setServerConfig("synchronous_commit", "on").setServerConfig("shared_buffers", "512MB"));
             PackagedService service = PackagedService.start(HOME.resolve("public-register-service.log"), scratch.port(),
                     // Every request comes from 127.0.0.1: one client whose budget of 600 a minute is not what this measures.
                     List.of("keurmerk.rate-limit.public-read.requests=1000000000"))) {
            EmbeddedPostgres postgres = scratch.postgres();
            long seedStart = System.nanoTime();
            List<String> numbers = seed(postgres, service.base, CERTIFICATES);
            double seeded = (System.nanoTime() - seedStart) / 1e9;
            long readStart = System.nanoTime();
            awaitRegistered(service.base, numbers.get(numbers.size() - 1));
            double read = (System.nanoTime() - readStart) / 1e9;
            Collections.shuffle(numbers, new Random(20261124));
            byte[][] lookups = HttpLoad.requests(service.base, numbers.stream().map(number -> "/api/v1/public/certificates/" + number).toList());
            byte[][] trivialRequest = HttpLoad.requests(service.base, List.of(TRIVIAL));
            byte[][] byKvkNumber = HttpLoad.requests(service.base, java.util.stream.IntStream.range(0, numbers.size())
                    .mapToObj(i -> "/api/v1/public/organisations/" + kvk(i, numbers.size()) + "/certificate").toList());

            // Warm-up: the JIT compiles both paths before anything is counted (after 10 s each it still spent 3 % of the CPU compiling).
            HttpLoad.run(service.base, CONNECTIONS, 20, trivialRequest);
            HttpLoad.run(service.base, CONNECTIONS, 20, lookups);
            HttpLoad.run(service.base, CONNECTIONS, 10, byKvkNumber);

            List<String> lines = new ArrayList<>();
            double trivialSum = 0;
            double lookupSum = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                Measured trivial = measure(service, () -> HttpLoad.run(service.base, CONNECTIONS, SECONDS, trivialRequest));
                service.profile("start,event=cpu,interval=1ms");
                Measured lookup = measure(service, () -> HttpLoad.run(service.base, CONNECTIONS, SECONDS, lookups));
                service.profile("stop,collapsed,file=" + HOME.resolve("lookup-" + round + ".collapsed").toAbsolutePath());
                assertThat(trivial.result().statuses()).containsOnlyKeys(200);
                assertThat(lookup.result().statuses()).containsOnlyKeys(200);
                trivialSum += trivial.result().perSecond();
                lookupSum += lookup.result().perSecond();
                lines.add("  round %d  trivial endpoint %s%n           lookup by number %s%n           lookup / trivial: %.2f%n"
                        .formatted(round, trivial, lookup, lookup.result().perSecond() / trivial.result().perSecond()));
            }
            Measured byKvk = measure(service, () -> HttpLoad.run(service.base, CONNECTIONS, SECONDS, byKvkNumber));
            assertThat(byKvk.result().statuses()).containsOnlyKeys(200);

            System.out.printf("%npublic verification: packaged service with -Xmx256m, %,d certificates, %d connections from one load thread, "
                    + "rounds of %.0f s, on %d cores%n", numbers.size(), CONNECTIONS, SECONDS, Runtime.getRuntime().availableProcessors());
            System.out.printf("  seeded in %.1f s; the service read them from its change log (a full reload) within %.1f s%n", seeded, read);
            lines.forEach(System.out::print);
            System.out.printf("  all rounds: trivial %,.0f/s, lookup %,.0f/s, ratio %.2f%n", trivialSum / ROUNDS, lookupSum / ROUNDS, lookupSum / trivialSum);
            System.out.printf("  lookup by KvK number %s%n", byKvk);
            System.out.printf("  heap in use after a full collection (the register of %,d certificates and everything else the service holds): %.0f MB%n",
                    numbers.size(), service.liveHeapBytes() / 1024 / 1024);
            export(service, numbers.size());
            System.out.printf("  service process: peak resident memory %s, resident now %s, heap used now %s%n", service.peakResident(),
                    service.resident(), service.heapUsed());
            System.out.printf("  start to ready: %.1f s on an empty database (migrations included)%n", service.readyAfter.toMillis() / 1000.0);
            service.close();
            try (PackagedService again = PackagedService.start(HOME.resolve("public-register-restart.log"), postgres.getPort(), List.of())) {
                System.out.printf("  start to ready again with %,d certificates to read into the register: %.1f s; resident then %s%n",
                        numbers.size(), again.readyAfter.toMillis() / 1000.0, again.resident());
            }
        }
    }

    /** A run with the CPU time the service and this load generator spent on it, per request. */
    private record Measured(HttpLoad.Result result, long serviceNanos, long loadNanos) {
        @Override
        public String toString() {
            return "%s%n             CPU µs per request: service %.1f, load generator %.1f".formatted(result,
                    serviceNanos / 1e3 / result.requests(), loadNanos / 1e3 / result.requests());
        }
    }

    private interface Load {
        HttpLoad.Result run() throws Exception;
    }

    private static Measured measure(PackagedService service, Load load) throws Exception {
        long serviceBefore = cpu(service.process().toHandle());
        long loadBefore = cpu(ProcessHandle.current());
        HttpLoad.Result result = load.run();
        return new Measured(result, cpu(service.process().toHandle()) - serviceBefore, cpu(ProcessHandle.current()) - loadBefore);
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** The KvK number of one of the {@code certificates} seeded organisations, spread over them. */
    static String kvk(int i, int certificates) {
        return "7" + "%07d".formatted(Math.floorMod(i * 7919, certificates));
    }

    /**
     * Five full exports, one after another, each read to its end; while they stream, the heap is read
     * from the service's metrics every 20 ms. The old generation before and after shows whether the
     * export kept anything; the young generation's peak is what it churned.
     */
    static void export(PackagedService service, int rows) throws Exception {
        double oldBefore = service.heapBytes(pool -> pool.contains("Old"));
        double heapBefore = service.heapBytes(pool -> true);
        AtomicBoolean exporting = new AtomicBoolean(true);
        AtomicLong peak = new AtomicLong();
        Thread watcher = new Thread(() -> {
            // Bounded: until the exports are done.
            while (exporting.get()) {
                try {
                    peak.accumulateAndGet((long) service.heapBytes(pool -> true), Math::max);
                    Thread.sleep(20);
                } catch (Exception stop) {
                    return;
                }
            }
        });
        watcher.start();
        List<String> times = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            HttpResponse<InputStream> answer = HTTP.send(HttpRequest.newBuilder(URI.create(service.base + "/api/v1/public/register.csv"))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(answer.statusCode()).isEqualTo(200);
            long lines = 0;
            bytes = 0;
            byte[] buffer = new byte[65_536];
            try (InputStream body = answer.body()) {
                // Bounded: the answer's own length.
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    bytes += n;
                    for (int b = 0; b < n; b++) {
                        if (buffer[b] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            assertThat(lines).as("a header and a row per certificate").isEqualTo(rows + 1);
            times.add("%.2f s".formatted((System.nanoTime() - start) / 1e9));
        }
        exporting.set(false);
        watcher.join();
        double oldAfter = service.heapBytes(pool -> pool.contains("Old"));
        System.out.printf("  CSV export of all %,d certificates (%,d bytes): %s%n", rows, bytes, String.join(", ", times));
        System.out.printf("  heap while exporting: %.0f MB before, peak %.0f MB; old generation %.0f MB before, %.0f MB after the five exports%n",
                heapBefore / 1024 / 1024, peak.get() / 1024.0 / 1024, oldBefore / 1024 / 1024, oldAfter / 1024 / 1024);
    }

    /**
     * One audit pushed, submitted and granted through the API (the template), then the rest by SQL:
     * an organisation each, a copy of the granted audit, and a certificate with a fresh number, in one
     * transaction whose triggers write the register's change log. Answers every certificate's number.
     */
    static List<String> seed(EmbeddedPostgres postgres, String base, int certificates) throws Exception {
        String admin = Tokens.issue("nvvk-staff", List.of("nvvk-admin"), Map.of());
        post(base, "/api/v1/certifying-bodies", admin, Map.of("code", BODY, "name", "Certificeerder Bench", "accreditationStatus", "ACCREDITED"), 201);
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into organisation (id, kvk_number, name, kind, membership_status, member_since, street, postal_code, city, created_at, updated_at)
                    select gen_random_uuid(), '7' || lpad(i::text, 7, '0'), 'Gemeente Bench ' || i, 'MUNICIPALITY', 'MEMBER', date '2020-01-01',
                           'Raadhuisplein 1', '1234 AB', 'Plaats ' || (i %% 400), now(), now()
                    from generate_series(0, %d) i""".formatted(certificates - 1));
        }
        ObjectNode template = (ObjectNode) JSON.readTree(Path.of("src", "test", "resources", "audits", "heemskerk-2023.json").toFile());
        template.put("organisation", "70000000").put("status", "SUBMITTED");
        String certifier = Tokens.issue("bench-system", List.of("certifier"), Map.of("certifying_body", BODY));
        HttpResponse<String> pushed = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/audit-packages/BENCH-0000000"))
                .header("Authorization", "Bearer " + certifier).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(template))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        String audit = JSON.readTree(pushed.body()).get("id").asText();
        post(base, "/api/v1/audits/" + audit + "/decision", admin, Map.of("outcome", "GRANT", "motivation", "Voldoet aan het Kwaliteitskader."), 200);

        List<String> numbers = new ArrayList<>(certificates);
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("create temporary table bench_number (i integer primary key, number varchar(20) not null) on commit drop");
                try (PreparedStatement insert = connection.prepareStatement("insert into bench_number values (?, ?)")) {
                    for (int i = 1; i < certificates; i++) {
                        String number = CertificateNumber.next();
                        numbers.add(number);
                        insert.setInt(1, i);
                        insert.setString(2, number);
                        insert.addBatch();
                        if (i % 5_000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                // The granted audit, copied for each organisation under its own reference.
                List<String> columns = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery("select column_name from information_schema.columns where table_name = 'audit' order by ordinal_position")) {
                    while (rows.next()) {
                        columns.add(rows.getString(1));
                    }
                }
                String copied = String.join(", ", columns.stream().map(column -> switch (column) {
                    case "id" -> "gen_random_uuid()";
                    case "reference" -> "'BENCH-' || lpad(n.i::text, 7, '0')";
                    case "organisation_id" -> "o.id";
                    case "organisation_kvk" -> "o.kvk_number";
                    default -> "t." + column;
                }).toList());
                sql.execute("insert into audit (" + String.join(", ", columns) + ") select " + copied
                        + " from bench_number n join organisation o on o.kvk_number = '7' || lpad(n.i::text, 7, '0'), audit t where t.id = '" + audit + "'");
                // Issued over the last three years; one in twenty suspended, and those issued earliest lapsed already.
                sql.execute("""
                        insert into certificate (id, number, audit_id, organisation_id, organisation_kvk, certifying_body_id, body_code, framework_id,
                                                 scope, issued_on, valid_from, valid_until, status, status_changed_at)
                        select gen_random_uuid(), n.number, a.id, a.organisation_id, a.organisation_kvk, a.certifying_body_id, a.body_code, a.framework_id,
                               c.scope, d.day, d.day, (d.day + interval '3 years' - interval '1 day')::date,
                               case when n.i %% 20 = 0 then 'SUSPENDED' else 'ACTIVE' end, now()
                        from bench_number n
                        join audit a on a.reference = 'BENCH-' || lpad(n.i::text, 7, '0')
                        cross join lateral (select (current_date - (n.i %% 1100))::date as day) d,
                        certificate c where c.audit_id = '%s'""".formatted(audit));
            }
            connection.commit();
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("vacuum (analyze)");
            try (ResultSet first = sql.executeQuery("select number from certificate where audit_id = '" + audit + "'")) {
                first.next();
                numbers.add(0, first.getString(1));
            }
        }
        return numbers;
    }

    private static void post(String base, String path, String token, Map<String, Object> body, int expected) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected);
    }

    /** Until the last seeded certificate answers publicly (bounded: 120 s). */
    static void awaitRegistered(String base, String number) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/public/certificates/" + number)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The register did not show the seeded certificates within 120 s");
    }
}
