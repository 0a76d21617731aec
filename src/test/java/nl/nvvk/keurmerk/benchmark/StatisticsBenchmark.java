package nl.nvvk.keurmerk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.testing.PackagedService;
import nl.nvvk.keurmerk.testing.ScratchPostgres;
import nl.nvvk.keurmerk.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The trend statistics at sector scale, against the packaged service started as its own process with
 * -Xmx256m (PackagedService) on an embedded PostgreSQL 17: 10,000 decided audits of 50 findings
 * (500,000 findings) and 10 improvement actions each, over two versions of the Kwaliteitskader (1.1
 * and a 2.0 whose norms succeed 1.1's, scoring development levels) and four certifying bodies.
 *
 * <p>Seeds one real audit through the API (the Heemskerk report, decided), then copies it by SQL for
 * 9,999 more organisations with varied results, bodies, kinds, types, years and outcomes. Then every
 * statistics query in turn, each for a round at 8 concurrent connections, printing its latency
 * percentiles. A benchmark, not a test: run it with {@code bench/statistics.sh}. Options:
 * -Dbench.audits=N, -Dbench.connections=N, -Dbench.seconds=S (per query).
 */
class StatisticsBenchmark {
    private static final int AUDITS = Integer.getInteger("bench.audits", 10_000);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 8);
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "8"));
    private static final List<String> BODIES = List.of("BENCH-A", "BENCH-B", "BENCH-C", "BENCH-D");
    private static final Path HOME = Path.of("target", "bench");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void every_statistics_query_at_sector_scale() throws Exception {
        try (ScratchPostgres scratch = ScratchPostgres.start(database -> database
                .setServerConfig("synchronous_commit", "on").setServerConfig("shared_buffers", "512MB"))) {
            EmbeddedPostgres postgres = scratch.postgres();
            long seedStart = System.nanoTime();
            Map<String, String> versions;
            try (PackagedService seeding = PackagedService.start(HOME.resolve("statistics-seeding.log"), postgres.getPort(), List.of())) {
                versions = seed(postgres, seeding.base);
            }
            double seeded = (System.nanoTime() - seedStart) / 1e9;
            // Started again: the SQL copies were decided "in the past", which no decision through the service ever is, so only a whole read sees them.
            measure(postgres, versions, seeded);
        }
    }

    private static void measure(EmbeddedPostgres postgres, Map<String, String> versions, double seeded) throws Exception {
        try (PackagedService service = PackagedService.start(HOME.resolve("statistics-service.log"), postgres.getPort(),
                // One client at 127.0.0.1 asks far more than its budget of 1,200 a minute: not what this measures.
                List.of("keurmerk.rate-limit.authenticated-read.requests=1000000000"))) {
            String v11 = versions.get("1.1");
            String v20 = versions.get("2.0");

            // The first figure waits for the copy's whole read, which the start began in the background.
            String admin = admin();
            long firstStart = System.nanoTime();
            HttpResponse<String> first = get(service.base, "/api/v1/statistics/norms?framework=" + v20 + "&lineage=true", admin);
            double firstRead = (System.nanoTime() - firstStart) / 1e9;
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            assertThat(JSON.readTree(first.body()).get("audits").asInt()).isEqualTo(AUDITS);

            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("norms, current version (2.0)", "/api/v1/statistics/norms");
            queries.put("norms, 1.1", "/api/v1/statistics/norms?framework=" + v11);
            queries.put("norms, 2.0 with lineage", "/api/v1/statistics/norms?framework=" + v20 + "&lineage=true");
            queries.put("norms, 4 filters", "/api/v1/statistics/norms?framework=" + v11
                    + "&reportYear=2024&certifyingBody=BENCH-B&organisationKind=CREDIT_BANK&auditType=RECERTIFICATION");
            queries.put("norms.csv with lineage", "/api/v1/statistics/norms.csv?framework=" + v20 + "&lineage=true");
            queries.put("areas, 2.0", "/api/v1/statistics/areas?framework=" + v20);
            queries.put("areas.csv, 2.0, decided 2025", "/api/v1/statistics/areas.csv?framework=" + v20 + "&decisionYear=2025");
            queries.put("decisions", "/api/v1/statistics/decisions");
            queries.put("decisions.csv, one kind", "/api/v1/statistics/decisions.csv?organisationKind=MUNICIPALITY");
            queries.put("actions", "/api/v1/statistics/actions");
            queries.put("actions.csv, 1.1, one body", "/api/v1/statistics/actions.csv?framework=" + v11 + "&certifyingBody=BENCH-C");
            queries.put("member's comparison with sector figures", "/api/v1/statistics/organisations/70000007?sectorYear=2025");

            // Warm-up: every query, so the JIT has compiled the passes before anything is counted.
            for (int round = 0; round < 2; round++) {
                for (String path : queries.values()) {
                    load(service.base, path, 3);
                }
            }
            List<String> lines = new ArrayList<>();
            double worstP95 = 0;
            for (Map.Entry<String, String> query : queries.entrySet()) {
                Load result = load(service.base, query.getValue(), SECONDS);
                worstP95 = Math.max(worstP95, result.percentile(95));
                lines.add("  %-42s %6.0f/s  ms: p50 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f  (%,d requests, %,d bytes each)".formatted(query.getKey(),
                        result.perSecond(), result.percentile(50), result.percentile(95), result.percentile(99), result.percentile(100),
                        result.millis().length, result.bytes()));
            }
            System.out.printf("%ntrend statistics: packaged service with -Xmx256m, %,d decided audits (%,d findings, %,d improvement actions), "
                            + "2 framework versions, %d bodies; %d connections, %.0f s per query, on %d cores%n", AUDITS, AUDITS * 50L, AUDITS * 10L,
                    BODIES.size(), CONNECTIONS, SECONDS, Runtime.getRuntime().availableProcessors());
            System.out.printf("  seeded in %.1f s; start to ready %.1f s; the first figure answered %.2f s after (the copy's whole read)%n", seeded,
                    service.readyAfter.toMillis() / 1000.0, firstRead);
            lines.forEach(System.out::println);
            System.out.printf("  worst p95 over every query: %.2f ms (target: under 200 ms)%n", worstP95);
            System.out.printf("  heap in use after a full collection: %.0f MB; service process: peak resident memory %s, resident now %s%n",
                    service.liveHeapBytes() / 1024 / 1024, service.peakResident(), service.resident());
        }
    }

    /** What one query's round measured: each request's latency in ms, sorted; the answer's size. */
    private record Load(double[] millis, double seconds, long bytes) {
        double perSecond() {
            return millis.length / seconds;
        }

        /** By nearest rank. */
        double percentile(double p) {
            return millis[(int) Math.max(0, Math.ceil(p / 100 * millis.length) - 1)];
        }
    }

    /**
     * CONNECTIONS clients, each asking the next as soon as it has its answer, for this many seconds
     * (bounded by the deadline); every answer must be 200. A fresh token per round (they last five
     * minutes): NVVK's, or the member's for the comparison. The answers are read whole, chunked or not.
     */
    private static Load load(String base, String path, double seconds) throws Exception {
        boolean member = path.contains("/organisations/");
        String token = member ? Tokens.issue("bench-member", List.of("member"), Map.of("organisation", "70000007")) : admin();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", path.contains(".csv") ? "text/csv" : "application/json").build();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        List<List<Double>> perClient = new ArrayList<>();
        long[] bytes = new long[1];
        List<Thread> clients = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < CONNECTIONS; c++) {
            List<Double> mine = new ArrayList<>();
            perClient.add(mine);
            Thread client = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline) {
                        long sent = System.nanoTime();
                        HttpResponse<byte[]> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        mine.add((System.nanoTime() - sent) / 1e6);
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + new String(answer.body()));
                        }
                        bytes[0] = answer.body().length;
                    }
                } catch (Throwable failed) {
                    failures.add(failed);
                }
            });
            clients.add(client);
            client.start();
        }
        for (Thread client : clients) {
            client.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        assertThat(failures).as(path).isEmpty();
        double[] millis = perClient.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sorted().toArray();
        return new Load(millis, elapsed, bytes[0]);
    }

    private static String admin() {
        return Tokens.issue("nvvk-staff", List.of("nvvk-admin"), Map.of());
    }

    /**
     * Four bodies, a version 2.0 whose norms succeed 1.1's (with four development levels), one audit
     * pushed and decided through the API, then the rest by SQL: an organisation each, a copy of the
     * audit (against 1.1 or 2.0, its areas levelled on 2.0), its findings with results spread by a hash,
     * and its improvement actions in every state. Answers the versions' ids by version.
     */
    private static Map<String, String> seed(EmbeddedPostgres postgres, String base) throws Exception {
        String admin = admin();
        for (String body : BODIES) {
            send(base, "POST", "/api/v1/certifying-bodies", admin, Map.of("code", body, "name", "Certificeerder " + body, "accreditationStatus", "ACCREDITED"), 201);
        }
        Map<String, String> versions = new LinkedHashMap<>();
        List<Map<String, Object>> areas = new ArrayList<>();
        List<Map<String, Object>> norms = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            try (ResultSet row = sql.executeQuery("select id from framework where code = 'KWALITEITSKADER' and version = '1.1'")) {
                row.next();
                versions.put("1.1", row.getString(1));
            }
            try (ResultSet row = sql.executeQuery("select number, title from performance_area where framework_id = '" + versions.get("1.1") + "' order by number")) {
                while (row.next()) {
                    areas.add(Map.of("number", row.getInt(1), "title", row.getString(2)));
                }
            }
            try (ResultSet row = sql.executeQuery("select n.norm_key, n.number, a.number, n.title from norm n join performance_area a on a.id = n.area_id "
                    + "where n.framework_id = '" + versions.get("1.1") + "' order by a.number, n.position")) {
                while (row.next()) {
                    norms.add(Map.of("key", row.getString(1), "number", row.getString(2), "area", row.getInt(3), "title", row.getString(4),
                            "succeeds", row.getString(1)));
                }
            }
            sql.execute("""
                    insert into organisation (id, kvk_number, name, kind, membership_status, member_since, street, postal_code, city, created_at, updated_at)
                    select gen_random_uuid(), '7' || lpad(i::text, 7, '0'), 'Gemeente Bench ' || i,
                           (array['MUNICIPALITY', 'CREDIT_BANK', 'PRIVATE_PROVIDER', 'OTHER'])[1 + i %% 4], 'MEMBER', date '2020-01-01',
                           'Raadhuisplein 1', '1234 AB', 'Plaats ' || (i %% 400), now(), now()
                    from generate_series(0, %d) i""".formatted(AUDITS - 1));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("code", "KWALITEITSKADER");
        document.put("version", "2.0");
        document.put("title", "Kwaliteitskader 2.0 (benchmark)");
        document.put("publishedOn", "2026-01-01");
        document.put("areas", areas);
        document.put("developmentLevels", List.of(Map.of("level", 1, "title", "Beheerste processen"), Map.of("level", 2, "title", "Resultaatgericht"),
                Map.of("level", 3, "title", "Klantgericht"), Map.of("level", 4, "title", "Integraal samenwerkend in de keten")));
        document.put("norms", norms);
        String v20 = JSON.readTree(send(base, "POST", "/api/v1/frameworks", admin, document, 201)).get("id").asText();
        send(base, "POST", "/api/v1/frameworks/" + v20 + "/publication", admin, null, 200);
        versions.put("2.0", v20);

        ObjectNode template = (ObjectNode) JSON.readTree(Path.of("src", "test", "resources", "audits", "heemskerk-2023.json").toFile());
        template.put("organisation", "70000000").put("status", "SUBMITTED");
        String certifier = Tokens.issue("bench-system", List.of("certifier"), Map.of("certifying_body", BODIES.get(0)));
        String audit = JSON.readTree(send(base, "PUT", "/api/v1/audit-packages/BENCH-0000000", certifier, template, 201)).get("id").asText();
        send(base, "POST", "/api/v1/audits/" + audit + "/decision", admin, Map.of("outcome", "GRANT", "motivation", "Voldoet aan het Kwaliteitskader."), 200);

        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                List<String> columns = columnsOf(sql, "audit");
                String copied = String.join(", ", columns.stream().map(column -> switch (column) {
                    case "id" -> "gen_random_uuid()";
                    case "reference" -> "'BENCH-' || lpad(o.i::text, 7, '0')";
                    case "organisation_id" -> "o.id";
                    case "organisation_kvk" -> "o.kvk_number";
                    case "body_code" -> "b.code";
                    case "certifying_body_id" -> "b.id";
                    case "framework_id" -> "case when o.i % 2 = 0 then '" + versions.get("1.1") + "'::uuid else '" + v20 + "'::uuid end";
                    case "type" -> "(array['INITIAL', 'RECERTIFICATION', 'FOLLOW_UP', 'ADMISSION'])[1 + (o.i / 4) % 4]";
                    case "report_on" -> "date '2022-01-10' + (o.i * 7) % 1400";
                    case "first_visit_on" -> "date '2022-01-01' + (o.i * 7) % 1400";
                    case "decided_at" -> "(date '2022-02-10' + (o.i * 7) % 1400)::timestamptz";
                    case "decision" -> "case when o.i % 10 < 7 then 'GRANT' when o.i % 10 < 9 then 'GRANT_WITH_CONDITIONS' else 'REFUSE' end";
                    case "decision_conditions" -> "case when o.i % 10 between 7 and 8 then 'Vervolgonderzoek.' end";
                    case "conditions_follow_up_due_on" -> "case when o.i % 10 between 7 and 8 then date '2024-01-01' end";
                    case "areas" -> "case when o.i % 2 = 0 then t.areas else (select jsonb_agg(e || jsonb_build_object('developmentLevel', "
                            + "1 + (o.i + (e->>'areaNumber')::int) % 4)) from jsonb_array_elements(t.areas) e) end";
                    default -> "t." + column;
                }).toList());
                sql.execute("create temporary table bench_org on commit drop as select id, kvk_number, substr(kvk_number, 2)::int as i from organisation "
                        + "where kvk_number like '7%' and kvk_number <> '70000000'");
                sql.execute("insert into audit (" + String.join(", ", columns) + ") select " + copied
                        + " from bench_org o join certifying_body b on b.code = ('{" + String.join(",", BODIES) + "}'::text[])[1 + o.i % 4], audit t"
                        + " where t.id = '" + audit + "'");
                // Findings: the template's, on the same-numbered norm of the audit's version, results spread by a hash of audit and norm.
                List<String> findingColumns = columnsOf(sql, "finding");
                String findings = String.join(", ", findingColumns.stream().map(column -> switch (column) {
                    case "id" -> "gen_random_uuid()";
                    case "audit_id" -> "a.id";
                    case "framework_id" -> "a.framework_id";
                    case "norm_id" -> "n.id";
                    case "classification" -> "case when h.v % 20 < 14 then 'MEETS' when h.v % 20 < 18 then 'NEEDS_IMPROVEMENT' else 'IN_DEVELOPMENT' end";
                    case "weight" -> "case when h.v % 20 < 14 then null else (array['REMARK', 'DEVIATION', 'SHORTCOMING'])[1 + (h.v / 20) % 3] end";
                    default -> "f." + column;
                }).toList());
                sql.execute("insert into finding (" + String.join(", ", findingColumns) + ") select " + findings
                        + " from audit a join finding f on f.audit_id = '" + audit + "' join norm n on n.framework_id = a.framework_id and n.number = f.norm_number"
                        + " cross join lateral (select abs(hashtext(a.id::text || f.norm_number)) as v) h where a.reference like 'BENCH-%' and a.id <> '" + audit + "'");
                // Improvement actions: the template's, in every state, some closed, on the finding of the same norm.
                List<String> actionColumns = columnsOf(sql, "improvement_action");
                String actions = String.join(", ", actionColumns.stream().map(column -> switch (column) {
                    case "id" -> "gen_random_uuid()";
                    case "audit_id" -> "a.id";
                    case "finding_id" -> "nf.id";
                    case "due_on" -> "a.report_on + 180";
                    case "status" -> "(array['OPEN', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'CLOSED', 'CLOSED'])[1 + abs(hashtext(a.id::text || ia.position)) % 6]";
                    case "updated_at" -> "(a.report_on + abs(hashtext(a.id::text || ia.position)) % 300)::timestamptz";
                    default -> "ia." + column;
                }).toList());
                sql.execute("insert into improvement_action (" + String.join(", ", actionColumns) + ") select " + actions
                        + " from audit a join improvement_action ia on ia.audit_id = '" + audit + "' join finding tf on tf.id = ia.finding_id"
                        + " join finding nf on nf.audit_id = a.id and nf.norm_number = tf.norm_number where a.reference like 'BENCH-%' and a.id <> '" + audit + "'");
            }
            connection.commit();
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("vacuum (analyze)");
            try (ResultSet row = sql.executeQuery("select count(*) from audit where status = 'DECIDED'")) {
                row.next();
                assertThat(row.getInt(1)).isEqualTo(AUDITS);
            }
        }
        return versions;
    }

    private static List<String> columnsOf(Statement sql, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select column_name from information_schema.columns where table_name = '" + table + "' order by ordinal_position")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    private static HttpResponse<String> get(String base, String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String send(String base, String method, String path, String token, Object body, int expected) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(expected);
        return answer.body();
    }
}
