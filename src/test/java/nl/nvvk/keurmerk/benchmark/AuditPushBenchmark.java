package nl.nvvk.keurmerk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.nvvk.keurmerk.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The certifier push under load, against the packaged service (target/quarkus-app) started as its
 * own process with -Xmx256m on an embedded PostgreSQL 17 with durable commits: 1,000 packages of 50
 * findings (the Heemskerk 2023 report, ten findings weighted with an improvement action each), each
 * for its own organisation, pushed by 4 concurrent clients; then the same 1,000 again as replays.
 * Prints throughput, latency percentiles and what the service's process held.
 * A benchmark, not a test: its name keeps it out of `./mvnw verify`; run it with `bench/audit-push.sh`.
 */
class AuditPushBenchmark {
    private static final int PACKAGES = Integer.getInteger("bench.packages", 1_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    /** Pushed and replayed first, not counted: they bring the service's JIT to where a running service is. */
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 200);
    /** -Dbench.statements=true: also print the statements PostgreSQL spent its time on. */
    private static final boolean STATEMENTS = Boolean.getBoolean("bench.statements");
    private static final String BODY = "BENCH";
    private static final Path HOME = Path.of("target", "bench");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pushes_and_replays_audit_packages() throws Exception {
        Files.createDirectories(HOME);
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertThat(jar).as("the packaged service; bench/audit-push.sh builds it").exists();
        Path data = Files.createTempDirectory("keurmerk-bench-pgdata-");
        EmbeddedPostgres.Builder database = EmbeddedPostgres.builder().setDataDirectory(data)
                // The embedded default turns synchronous_commit off; production commits durably, and so does this.
                .setServerConfig("synchronous_commit", "on");
        if (STATEMENTS) {
            database.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            database.setServerConfig("pg_stat_statements.track_planning", "on");
        }
        // e.g. -Dbench.postgres=log_lock_waits=on,deadlock_timeout=10ms (its log is in the benchmark's output)
        for (String setting : System.getProperty("bench.postgres", "").split(",")) {
            if (setting.contains("=")) {
                database.setServerConfig(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
        }
        try (EmbeddedPostgres postgres = database.start()) {
            int port = freePort();
            Process service = start(jar, postgres.getPort(), port);
            try {
                String base = "http://127.0.0.1:" + port;
                awaitReady(base, service);
                seed(postgres, base);
                if (STATEMENTS) {
                    execute(postgres, "create extension if not exists pg_stat_statements");
                    execute(postgres, "select pg_stat_statements_reset()");
                }
                List<Package> warmUp = packages(0, WARM_UP);
                List<Package> bodies = packages(WARM_UP, PACKAGES);

                Run warm = push(service, base, warmUp, 201);
                Run warmReplays = push(service, base, warmUp, 200);
                // What autovacuum does for a registry that has been running: the planner knows the tables' sizes.
                execute(postgres, "analyze");
                long historyBefore = count(postgres, "select count(*) from change_history");
                long walBefore = count(postgres, "select wal_bytes::bigint from pg_stat_wal");
                long fpiBefore = count(postgres, "select wal_fpi from pg_stat_wal");
                Run created = push(service, base, bodies, 201);
                long historyAfterCreate = count(postgres, "select count(*) from change_history");
                long walPerPackage = (count(postgres, "select wal_bytes::bigint from pg_stat_wal") - walBefore) / PACKAGES;
                long fpiPerPackage = (count(postgres, "select wal_fpi from pg_stat_wal") - fpiBefore) / PACKAGES;
                Run replayed = push(service, base, bodies, 200);
                long historyAfterReplay = count(postgres, "select count(*) from change_history");

                assertThat(count(postgres, "select count(*) from audit")).isEqualTo(WARM_UP + PACKAGES);
                assertThat(count(postgres, "select count(*) from finding")).isEqualTo(50L * (WARM_UP + PACKAGES));
                assertThat(historyAfterReplay).as("replays write no history").isEqualTo(historyAfterCreate);

                System.out.printf("%naudit package push: packaged service with -Xmx256m, %d concurrent clients, %d findings"
                        + " and %d improvement actions per package (%,d bytes), PostgreSQL 17 with synchronous_commit on%n",
                        CLIENTS, 50, 10, bodies.get(0).body().length);
                System.out.printf("  %,6d new packages (warm-up)  %s%n", WARM_UP, warm);
                System.out.printf("  %,6d replays (warm-up)       %s%n", WARM_UP, warmReplays);
                System.out.printf("  %,6d new packages            %s%n", PACKAGES, created);
                System.out.printf("  %,6d replays                 %s%n", PACKAGES, replayed);
                System.out.printf("  stored: %,d audits, %,d findings; history rows written by the new packages %,d, by the replays %,d%n",
                        count(postgres, "select count(*) from audit"), count(postgres, "select count(*) from finding"),
                        historyAfterCreate - historyBefore, historyAfterReplay - historyAfterCreate);
                System.out.printf("  write-ahead log per new package: %,d bytes, %d full-page images%n", walPerPackage, fpiPerPackage);
                System.out.printf("  service process: peak resident memory %s, heap used now %s%n", peakResident(service), heapUsed(base));
                System.out.printf("  phases (to match with the service's log or a profile): warm-up %s to %s, new %s to %s, replays %s to %s%n",
                        warm.began(), warm.ended(), created.began(), created.ended(), replayed.began(), replayed.ended());
                if (STATEMENTS) {
                    printStatements(postgres);
                }
            } finally {
                service.destroy();
                if (!service.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
        } finally {
            // The embedded database removes its directory itself when it stops cleanly.
            if (Files.exists(data)) {
                try (var paths = Files.walk(data)) {
                    paths.sorted(Collections.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    /** The packaged service in its prod profile, as a pod would run it, but with the tests' token key. */
    private static Process start(Path jar, int databasePort, int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
        // e.g. -Dbench.service-jvm-args=-XX:StartFlightRecording=filename=target/bench/push.jfr to see where the time goes
        String extra = System.getProperty("bench.service-jvm-args", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of(
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:%d/postgres".formatted(databasePort),
                "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.datasource.password=postgres",
                "-Dquarkus.oidc.auth-server-url=",
                "-Dquarkus.oidc.public-key=" + Base64.getEncoder().encodeToString(Tokens.publicKey().getEncoded()),
                "-Dquarkus.oidc.token.issuer=" + Tokens.ISSUER,
                "-Dkeurmerk.paging.cursor-key=benchmark-cursor-key-not-a-secret-0001",
                // The budget of 120 writes a minute per client is not what this measures.
                "-Dkeurmerk.rate-limit.write.requests=1000000",
                "-jar", jar.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(HOME.resolve("service.log").toFile()).start();
    }

    private static void awaitReady(String base, Process service) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service stopped; see " + HOME.resolve("service.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The service was not ready within 90 s; see " + HOME.resolve("service.log"));
    }

    /** The certifying body through the API, the organisations straight into the table (the push reads them, it does not make them). */
    private static void seed(EmbeddedPostgres postgres, String base) throws Exception {
        String admin = Tokens.issue("nvvk-staff", List.of("nvvk-admin"), Map.of());
        HttpResponse<String> body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/certifying-bodies"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("code", BODY, "name", "Certificeerder Bench", "accreditationStatus", "ACCREDITED")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(body.statusCode()).as(body.body()).isEqualTo(201);
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into organisation (id, kvk_number, name, kind, membership_status, member_since, created_at, updated_at)
                    select gen_random_uuid(), kvk(i), 'Gemeente Bench ' || i, 'MUNICIPALITY', 'MEMBER', date '2020-01-01', now(), now()
                    from generate_series(0, %d) i""".replace("kvk(i)", "'7' || lpad(i::text, 7, '0')").formatted(WARM_UP + PACKAGES - 1));
            sql.execute("analyze organisation");
        }
    }

    /** Package i is for organisation i under reference BENCH-i: the Heemskerk report with every fifth finding weighted. */
    private static List<Package> packages(int from, int count) throws IOException {
        ObjectNode template = (ObjectNode) JSON.readTree(Path.of("src", "test", "resources", "audits", "heemskerk-2023.json").toFile());
        ArrayNode findings = (ArrayNode) template.get("findings");
        for (int f = 0; f < findings.size(); f += 5) {
            ObjectNode finding = (ObjectNode) findings.get(f);
            finding.put("classification", "NEEDS_IMPROVEMENT").put("weight", "REMARK").put("developmentLevel", 2);
            finding.putArray("actions").addObject().put("description", "Verbeterpunt bij norm " + finding.get("norm").asText())
                    .put("owner", "teamleider schuldhulpverlening");
        }
        List<Package> bodies = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            template.put("organisation", "7" + "%07d".formatted(i));
            bodies.add(new Package("BENCH-%07d".formatted(i), JSON.writeValueAsBytes(template)));
        }
        return bodies;
    }

    private record Package(String reference, byte[] body) {
    }

    /** Pushes every package once, spread over the clients, each client with its own connection; counts answers by status. */
    private static Run push(Process service, String base, List<Package> bodies, int expected) throws Exception {
        long cpuBefore = cpuMicros(service);
        java.time.Instant began = java.time.Instant.now();
        AtomicInteger next = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                String token = Tokens.issue("bench-system", List.of("certifier"), Map.of("certifying_body", BODY));
                // Bounded: each index is taken once.
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    String reference = bodies.get(i).reference();
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/audit-packages/" + reference))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i).body())).build();
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    micros.add((System.nanoTime() - sent) / 1_000);
                    statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    if (answer.statusCode() != expected) {
                        System.err.printf("%s answered %d: %s%n", reference, answer.statusCode(), new String(answer.body()));
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        long elapsed = System.nanoTime() - start;
        clients.shutdown();
        Map<Integer, Integer> answered = new TreeMap<>();
        statuses.forEach((status, n) -> answered.put(status, n.get()));
        assertThat(answered).as("every package answers %d", expected).containsExactly(Map.entry(expected, bodies.size()));
        return new Run(bodies.size(), elapsed, micros, cpuMicros(service) - cpuBefore, began, java.time.Instant.now());
    }

    private record Run(int requests, long nanos, List<Long> micros, long serviceCpuMicros, java.time.Instant began, java.time.Instant ended) {
        @Override
        public String toString() {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            return "%7.2f s  %7.1f /s   latency ms: p50 %6.1f  p90 %6.1f  p99 %6.1f  max %6.1f   service CPU %5.2f ms each".formatted(
                    nanos / 1e9, requests / (nanos / 1e9), at(sorted, 50), at(sorted, 90), at(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0,
                    serviceCpuMicros / 1000.0 / requests);
        }

        private static double at(List<Long> sorted, int percentile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percentile / 100.0) - 1)) / 1000.0;
        }
    }

    private static void execute(EmbeddedPostgres postgres, String statement) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static void printStatements(EmbeddedPostgres postgres) throws SQLException {
        System.out.println("  statements by time (ms planning and executing, calls, rows):");
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select total_exec_time + total_plan_time, calls, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 150)"
                        + " from pg_stat_statements order by total_exec_time + total_plan_time desc limit 40")) {
            while (rows.next()) {
                System.out.printf("  %9.0f %8d %8d  %s%n", rows.getDouble(1), rows.getLong(2), rows.getLong(3), rows.getString(4));
            }
        }
    }

    private static long cpuMicros(Process service) {
        return service.info().totalCpuDuration().map(d -> d.toNanos() / 1_000).orElse(0L);
    }

    private static long count(EmbeddedPostgres postgres, String query) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** VmHWM of the service's process (Linux), else "n/a". */
    private static String peakResident(Process service) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(service.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmHWM:")).map(line -> line.substring(6).trim()).findFirst().orElse("n/a");
        } catch (IOException notLinux) {
            return "n/a";
        }
    }

    /** The heap in use as the service's metrics report it. */
    private static String heapUsed(String base) throws Exception {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double bytes = metrics.lines().filter(line -> line.startsWith("jvm_memory_used_bytes{area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        return "%.0f MB".formatted(bytes / 1024 / 1024);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
