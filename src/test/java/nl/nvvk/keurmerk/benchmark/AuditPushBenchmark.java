package nl.nvvk.keurmerk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.nvvk.keurmerk.testing.PackagedService;
import nl.nvvk.keurmerk.testing.ScratchPostgres;
import nl.nvvk.keurmerk.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The certifier push under load, against the packaged service (target/quarkus-app) started as its
 * own process with -Xmx256m and the production image's collector settings, on an embedded PostgreSQL 17
 * with durable commits. Packages of 50 findings (the Heemskerk 2023 report, ten findings weighted with an
 * improvement action each), each for its own organisation, pushed by 4 concurrent clients: first a
 * warm-up (20,000 new packages and their replays: on two cores the JVM still spends a fifth of its CPU
 * compiling after 8,000, an eighth after 20,000 — a service that has run for a few minutes), then rounds of 1,000 new packages and the same 1,000 again as replays, each reported.
 * Prints throughput, latency percentiles, the CPU the service, PostgreSQL and the load generator spent
 * per request, the write-ahead log per package and what the service's process held.
 * A benchmark, not a test: its name keeps it out of `./mvnw verify`; run it with `bench/audit-push.sh`.
 */
class AuditPushBenchmark {
    private static final int PACKAGES = Integer.getInteger("bench.packages", 1_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    /** Pushed and replayed first, not counted: they bring the service's JIT to where a running service is. */
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 20_000);
    /** Measured rounds of PACKAGES new packages and their replays, each reported on its own. */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
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
        try (ScratchPostgres scratch = ScratchPostgres.start(database -> {
            // The embedded default turns synchronous_commit off; production commits durably, and so does this.
            database.setServerConfig("synchronous_commit", "on")
                    // PostgreSQL's 128 MB default is for a laptop; a registry's database server gives it a share of its memory.
                    .setServerConfig("shared_buffers", "512MB");
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
            return database;
        })) {
            EmbeddedPostgres postgres = scratch.postgres();
            dataDirectory = scratch.dataDirectory();
            // The budget of 120 writes a minute per client is not what this measures.
            PackagedService packaged = PackagedService.start(HOME.resolve("service.log"), postgres.getPort(),
                    List.of("keurmerk.rate-limit.write.requests=1000000"));
            Process service = packaged.process();
            try {
                String base = packaged.base;
                seed(postgres, base);
                if (STATEMENTS) {
                    execute(postgres, "create extension if not exists pg_stat_statements");
                }
                List<Package> warmUp = packages(0, WARM_UP);
                Run warm = push(service, base, warmUp, 201);
                Run warmReplays = push(service, base, warmUp, 200);
                if (STATEMENTS) {
                    settle(postgres);
                    execute(postgres, "select pg_stat_statements_reset()");
                }

                List<String> rounds = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    List<Package> bodies = packages(WARM_UP + round * PACKAGES, PACKAGES);
                    settle(postgres);
                    long historyBefore = count(postgres, "select count(*) from change_history");
                    long walBefore = count(postgres, "select wal_bytes::bigint from pg_stat_wal");
                    packaged.profile("start,event=itimer,interval=1ms");
                    Run created = push(service, base, bodies, 201);
                    packaged.profile("stop,collapsed,file=" + HOME.resolve("new.collapsed").toAbsolutePath());
                    long walPerPackage = (count(postgres, "select wal_bytes::bigint from pg_stat_wal") - walBefore) / PACKAGES;
                    long historyAfterCreate = count(postgres, "select count(*) from change_history");
                    long vacuumMillis = settle(postgres);
                    packaged.profile("start,event=itimer,interval=1ms");
                    Run replayed = push(service, base, bodies, 200);
                    packaged.profile("stop,collapsed,file=" + HOME.resolve("replays.collapsed").toAbsolutePath());
                    assertThat(historyAfterCreate - historyBefore).as("one history row per new package").isEqualTo(PACKAGES);
                    assertThat(count(postgres, "select count(*) from change_history")).as("replays write no history").isEqualTo(historyAfterCreate);
                    rounds.add("  round %d, %,6d new packages  %s%n            %,6d replays       %s%n            write-ahead log per new package %,d bytes; vacuum (analyze) of them afterwards %,d ms; new %s to %s, replays %s to %s%n"
                            .formatted(round + 1, PACKAGES, created, PACKAGES, replayed, walPerPackage, vacuumMillis,
                                    created.began(), created.ended(), replayed.began(), replayed.ended()));
                }
                assertThat(count(postgres, "select count(*) from audit")).isEqualTo(WARM_UP + ROUNDS * PACKAGES);
                assertThat(count(postgres, "select count(*) from finding")).isEqualTo(50L * (WARM_UP + ROUNDS * PACKAGES));

                System.out.printf("%naudit package push: packaged service with -Xmx256m, %d concurrent clients, %d findings"
                        + " and %d improvement actions per package (%,d bytes), PostgreSQL 17 with synchronous_commit on%n",
                        CLIENTS, 50, 10, warmUp.get(0).body().length);
                System.out.printf("  warm-up, %,6d new packages  %s%n", WARM_UP, warm);
                System.out.printf("           %,6d replays       %s%n", WARM_UP, warmReplays);
                rounds.forEach(System.out::print);
                System.out.printf("  stored: %,d audits, %,d findings; every new package wrote one history row, no replay wrote any%n",
                        count(postgres, "select count(*) from audit"), count(postgres, "select count(*) from finding"));
                System.out.printf("  service process: peak resident memory %s, heap used now %s%n", packaged.peakResident(), packaged.heapUsed());
                System.out.printf("  warm-up %s to %s (to match with the service's log)%n", warm.began(), warmReplays.ended());
                if (STATEMENTS) {
                    printStatements(postgres);
                }
            } finally {
                packaged.close();
            }
        }
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
                    from generate_series(0, %d) i""".replace("kvk(i)", "'7' || lpad(i::text, 7, '0')").formatted(WARM_UP + ROUNDS * PACKAGES - 1));
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
        Cpu cpuBefore = Cpu.now(service);
        java.time.Instant began = java.time.Instant.now();
        AtomicInteger next = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                String token = null;
                long tokenIssued = 0;
                try (Http1 http = new Http1(base)) {
                    // Bounded: each index is taken once.
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        String reference = bodies.get(i).reference();
                        // A certifier's system fetches a new token before the old one (5 minutes) runs out.
                        if (token == null || System.nanoTime() - tokenIssued > Duration.ofMinutes(1).toNanos()) {
                            token = Tokens.issue("bench-system", List.of("certifier"), Map.of("certifying_body", BODY));
                            tokenIssued = System.nanoTime();
                        }
                        long sent = System.nanoTime();
                        Http1.Answer answer = http.put("/api/v1/audit-packages/" + reference, token, bodies.get(i).body());
                        micros.add((System.nanoTime() - sent) / 1_000);
                        statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
                        if (answer.status() != expected) {
                            System.err.printf("%s answered %d: %s%n", reference, answer.status(), new String(answer.body(), StandardCharsets.UTF_8));
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            // Bounded: at 1 request/s a phase of 8,000 would still finish; anything slower is a failure.
            client.get(3, java.util.concurrent.TimeUnit.HOURS);
        }
        long elapsed = System.nanoTime() - start;
        clients.shutdown();
        Map<Integer, Integer> answered = new TreeMap<>();
        statuses.forEach((status, n) -> answered.put(status, n.get()));
        assertThat(answered).as("every package answers %d", expected).containsExactly(Map.entry(expected, bodies.size()));
        return new Run(bodies.size(), elapsed, micros, Cpu.now(service).minus(cpuBefore), began, java.time.Instant.now());
    }

    /** CPU time used so far by the service, by PostgreSQL (the postmaster and its backends) and by this load generator. */
    /** Where the embedded PostgreSQL keeps its data: its postmaster.pid names the process whose CPU time is counted. */
    private static Path dataDirectory;

    private record Cpu(long serviceMicros, long databaseMicros, long loadMicros, long machineTicks, long idleTicks, long stolenTicks) {
        static Cpu now(Process service) {
            long[] machine = ticksOfMachine();
            return new Cpu(micros(service.toHandle()), postgresMicros(), micros(ProcessHandle.current()), machine[0], machine[1], machine[2]);
        }

        Cpu minus(Cpu before) {
            return new Cpu(serviceMicros - before.serviceMicros, databaseMicros - before.databaseMicros, loadMicros - before.loadMicros,
                    machineTicks - before.machineTicks, idleTicks - before.idleTicks, stolenTicks - before.stolenTicks);
        }

        /** Of the machine's CPU time: the share idle and the share a hypervisor took for its other guests. */
        String machine() {
            return machineTicks <= 0 ? "n/a" : "idle %2d%%, stolen %2d%%".formatted(100 * idleTicks / machineTicks, 100 * stolenTicks / machineTicks);
        }

        /** Linux /proc/stat: all, idle (with I/O wait) and steal ticks of all CPUs; zeros elsewhere. */
        private static long[] ticksOfMachine() {
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long all = 0;
                for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                    all += Long.parseLong(cpu[i]);
                }
                return new long[] {all, Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]), Long.parseLong(cpu[8])};
            } catch (IOException | RuntimeException notLinux) {
                return new long[3];
            }
        }

        private static long micros(ProcessHandle process) {
            return process.info().totalCpuDuration().map(d -> d.toNanos() / 1_000).orElse(0L);
        }

        /**
         * This benchmark's postmaster (postmaster.pid in the data directory names it) with its live children, and
         * the children that have ended (an autovacuum worker, a connection closed), which Linux adds to the
         * postmaster's cutime and cstime once it has reaped them.
         */
        private static long postgresMicros() {
            try {
                long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
                String stat = Files.readString(Path.of("/proc", Long.toString(postmaster), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                long live = ProcessHandle.of(postmaster).map(p -> p.children().mapToLong(Cpu::micros).sum()).orElse(0L);
                return ticks * 10_000 + live; // USER_HZ is 100 on Linux
            } catch (IOException | RuntimeException unknown) {
                return 0;
            }
        }
    }

    /**
     * HTTP/1.1 on one kept-alive connection, just enough for this benchmark. The load generator shares the two
     * cores with the service and the database it measures; java.net.http spent about 2 ms of CPU on each
     * 21 KB request here, this about a tenth of that.
     */
    private static final class Http1 implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final String host;

        record Answer(int status, byte[] body) {
        }

        Http1(String base) throws IOException {
            URI uri = URI.create(base);
            this.socket = new Socket(uri.getHost(), uri.getPort());
            socket.setTcpNoDelay(true);
            // A service that stops answering fails the run instead of holding it forever.
            socket.setSoTimeout(60_000);
            this.in = new BufferedInputStream(socket.getInputStream(), 16_384);
            this.out = new BufferedOutputStream(socket.getOutputStream(), 32_768);
            this.host = uri.getHost() + ":" + uri.getPort();
        }

        Answer put(String path, String token, byte[] body) throws IOException {
            out.write(("PUT " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = 0;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(java.util.Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).trim();
                if (name.equals("content-length")) {
                    length = Integer.parseInt(value);
                } else if (name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                }
            }
            byte[] answer = chunked ? chunks() : in.readNBytes(length);
            if (!chunked && answer.length < length) {
                throw new IOException("the service closed the connection within an answer");
            }
            return new Answer(status, answer);
        }

        private byte[] chunks() throws IOException {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0; size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                // trailers are not used
            }
            return body.toByteArray();
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the service closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private record Run(int requests, long nanos, List<Long> micros, Cpu cpu, java.time.Instant began, java.time.Instant ended) {
        @Override
        public String toString() {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            return ("%7.2f s  %7.1f /s   latency ms: p50 %6.1f  p90 %6.1f  p99 %6.1f  max %6.1f"
                    + "   CPU ms each: service %5.2f, database %5.2f, load generator %5.2f   machine: %s").formatted(
                    nanos / 1e9, requests / (nanos / 1e9), at(sorted, 50), at(sorted, 90), at(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0,
                    cpu.serviceMicros() / 1000.0 / requests, cpu.databaseMicros() / 1000.0 / requests, cpu.loadMicros() / 1000.0 / requests,
                    cpu.machine());
        }

        private static double at(List<Long> sorted, int percentile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percentile / 100.0) - 1)) / 1000.0;
        }
    }

    /**
     * Before a measured phase: what autovacuum does in a registry that has been running (the planner knows
     * the tables' sizes, the last phase's rows are vacuumed), done now, so that it does not land inside a
     * phase of a few seconds. Answers how long it took: work the rows written cost, reported beside the phase.
     */
    private static long settle(EmbeddedPostgres postgres) throws SQLException {
        long start = System.nanoTime();
        execute(postgres, "vacuum (analyze)");
        return (System.nanoTime() - start) / 1_000_000;
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

    private static long count(EmbeddedPostgres postgres, String query) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
