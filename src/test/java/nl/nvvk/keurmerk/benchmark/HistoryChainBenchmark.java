package nl.nvvk.keurmerk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.nvvk.keurmerk.shared.history.HistoryChain;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * What chaining the change history costs concurrent writers, on an embedded PostgreSQL 17 with durable
 * commits and the service's schema. Each writer runs transactions shaped like the service's mutations
 * (update the resource's row, then append its history entry, then commit), each on resources of its
 * own, so no two writers touch the same resource: the case in which a single chain's ordering costs
 * most. Four ways of appending the entry:
 * <ul>
 * <li>{@code unchained}: a plain insert, with a hash over the entry alone (today's cost plus hashing);
 * <li>{@code global}: one chain linked in the writer's own transaction through change_history_chain's row lock
 *     (the entry's digest computed before the lock, only the link under it), which the service tried first;
 * <li>{@code sealed-after}: the service's, a plain insert without a place, and a sealer giving the committed
 *     entries their places every 100 ms in batches ({@link HistoryChain#seal}), on the same chain;
 * <li>{@code per-resource}: a chain per resource, under an advisory lock on the resource, its
 *     predecessor found by the resource's index (the periodic anchors it would also need are not counted).
 * </ul>
 * Only database work happens in the transactions, so the lock's share of each is larger than in the
 * service, where the JVM's work precedes it: an upper bound of what the global chain costs.
 * A benchmark, not a test: its name keeps it out of `./mvnw verify`; run it with `bench/history-chain.sh`.
 */
class HistoryChainBenchmark {
    private static long sealedAwaited;
    private static final int SECONDS = Integer.getInteger("bench.seconds", 5);
    private static final int[] WRITERS = {1, 4, 8, 16};
    private static final String CHANGES = """
            {"name": {"from": "Gemeente Zonnedijk", "to": "Gemeente Zonnedijk-Oost"}, "website": {"from": null, "to": "https://zonnedijk.example"},
             "address": {"from": {"street": "Dorpsstraat", "number": "1", "postcode": "1234 AB", "city": "Zonnedijk"},
                         "to": {"street": "Raadhuisplein", "number": "12", "postcode": "1234 AC", "city": "Zonnedijk"}}}""";
    private static final String ENTRY = """
            select cast(? as uuid) as id, 'organisation'::varchar as resource_type, cast(? as uuid) as resource_id, 'revised'::varchar as action,
                   'nvvk-staff'::varchar as actor_subject, 'nvvk-admin'::varchar as actor_role, null::varchar as actor_tenant,
                   cast(? as timestamptz) as occurred_at, cast(? as jsonb) as changes""";
    private static final String COLUMNS = "id, resource_type, resource_id, action, actor_subject, actor_role, actor_tenant, occurred_at, changes";
    private static final String HASH_OF = "change_history_hash(%s, e.id, e.resource_type, e.resource_id, e.action, e.actor_subject, "
            + "e.actor_role, e.actor_tenant, e.occurred_at, e.changes, %s)";

    private static final String VERIFY = """
            select count(*) filter (where not sealed) from (
                select hash = change_history_hash(sequence, id, resource_type, resource_id, action, actor_subject, actor_role, actor_tenant,
                                                  occurred_at, changes, coalesce(lag(hash) over (order by sequence), '\\x%s'::bytea)) as sealed
                from change_history where sequence < 1000000000) entries""".formatted("00".repeat(32));

    enum Strategy {
        UNCHAINED("""
                with e as (%s), s as (select nextval('bench_sequence') n)
                insert into change_history (%s, sequence, hash)
                select e.*, s.n, %s from e, s""".formatted(ENTRY, COLUMNS, HASH_OF.formatted("s.n", "'\\x00'::bytea"))),
        GLOBAL("""
                with e as materialized (select v.*, change_history_digest(v.id, v.resource_type, v.resource_id, v.action, v.actor_subject,
                                                                        v.actor_role, v.actor_tenant, v.occurred_at, v.changes) as digest
                                        from (%s) v),
                     link as (update change_history_chain c set length = c.length + 1, head = change_history_link(c.length + 1, e.digest, c.head)
                              from e where c.id = 1 returning c.length, c.head)
                insert into change_history (%s, sequence, hash)
                select %s, link.length, link.head from e, link""".formatted(ENTRY, COLUMNS, "e." + COLUMNS.replace(", ", ", e."))),
        /** The service's: the writer inserts its entry without a place; HistoryChain.seal gives it one afterwards. */
        SEALED_AFTER("""
                with e as (%s) insert into change_history (%s) select e.* from e""".formatted(ENTRY, COLUMNS)),
        PER_RESOURCE("""
                with e as (%s), s as (select nextval('bench_sequence') n),
                     p as (select coalesce((select h.hash from change_history h, e where h.resource_type = e.resource_type and h.resource_id = e.resource_id
                                            order by h.occurred_at desc, h.id desc limit 1), '\\x00'::bytea) previous)
                insert into change_history (%s, sequence, hash)
                select e.*, s.n, %s from e, s, p""".formatted(ENTRY, COLUMNS, HASH_OF.formatted("s.n", "p.previous")));

        final String append;

        Strategy(String append) {
            this.append = append;
        }
    }

    @Test
    void what_a_single_chain_costs_concurrent_writers() throws Exception {
        Path data = Files.createTempDirectory("keurmerk-bench-chain-");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data)
                .setServerConfig("synchronous_commit", "on").setServerConfig("max_connections", "100").start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").load().migrate();
            try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("create sequence bench_sequence start 1000000000");
                sql.execute("create table bench_resource (id uuid primary key, writer int not null, version bigint not null, name text not null)");
                sql.execute("insert into bench_resource select gen_random_uuid(), w, 0, 'Gemeente ' || i from generate_series(0, 15) w, generate_series(1, 200) i");
                sql.execute("analyze");
            }
            System.out.printf("%nchange history chain: writers on resources of their own, %d s per cell, durable commits (transactions/s; latency p50 / p99 ms)%n", SECONDS);
            System.out.printf("  %-13s %s%n", "", String.join("", java.util.Arrays.stream(WRITERS).mapToObj(w -> "%-30s".formatted(w + " writer" + (w == 1 ? "" : "s"))).toList()));
            run(postgres, Strategy.GLOBAL, 4, 3); // warm-up: PostgreSQL's caches and the JIT of this JVM
            for (Strategy strategy : Strategy.values()) {
                StringBuilder line = new StringBuilder("  %-13s ".formatted(strategy.name().toLowerCase().replace('_', '-')));
                for (int writers : WRITERS) {
                    line.append("%-30s".formatted(run(postgres, strategy, writers, SECONDS)));
                }
                System.out.println(line);
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
                long length;
                try (ResultSet chain = sql.executeQuery("select length, (select count(*) from change_history where sequence < 1000000000) from change_history_chain")) {
                    chain.next();
                    length = chain.getLong(1);
                    assertThat(length).as("the global chain has one place per entry appended to it").isEqualTo(chain.getLong(2));
                }
                // What NVVK's verification recomputes: every entry's hash from its row and its predecessor's hash.
                long began = System.nanoTime();
                try (ResultSet broken = sql.executeQuery(VERIFY)) {
                    broken.next();
                    assertThat(broken.getLong(1)).as("entries of the global chain that do not match").isZero();
                }
                double seconds = (System.nanoTime() - began) / 1e9;
                System.out.printf("  sealed-after: the longest an entry awaited its place %,d ms (sealer every 100 ms)%n", sealedAwaited);
                System.out.printf("  verification: %,d entries recomputed in %.2f s (%,.0f entries/s)%n", length, seconds, length / seconds);
            }
        }
    }

    private static String run(EmbeddedPostgres postgres, Strategy strategy, int writers, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        CountDownLatch start = new CountDownLatch(1);
        long end = System.nanoTime() + seconds * 1_000_000_000L + 50_000_000L;
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            results.add(pool.submit(() -> write(postgres, strategy, writer, start, end)));
        }
        Future<Long> sealer = strategy == Strategy.SEALED_AFTER ? pool.submit(() -> seal(postgres, start, end)) : null;
        long began = System.nanoTime();
        start.countDown();
        List<Long> micros = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            micros.addAll(result.get());
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        long awaitedLongest = sealer == null ? 0 : sealer.get();
        pool.shutdown();
        if (sealer != null) {
            sealedAwaited = Math.max(sealedAwaited, awaitedLongest);
        }
        Collections.sort(micros);
        return "%7.0f /s  %5.2f / %6.2f".formatted(micros.size() / elapsed, micros.get(micros.size() / 2) / 1000.0,
                micros.get(Math.min(micros.size() - 1, micros.size() * 99 / 100)) / 1000.0);
    }

    /**
     * The service's sealer, every 100 ms until the writers stop and then until nothing awaits; answers the
     * longest an entry awaited its place (ms): from its occurred_at to the commit of its seal.
     */
    private static long seal(EmbeddedPostgres postgres, CountDownLatch start, long end) throws Exception {
        long longest = 0;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement oldest = connection.prepareStatement(
                     "select coalesce(extract(epoch from now() - min(occurred_at)) * 1000, 0) from change_history where sequence is null")) {
            start.await();
            while (true) {
                boolean writing = System.nanoTime() < end;
                try (ResultSet waiting = oldest.executeQuery()) {
                    waiting.next();
                    longest = Math.max(longest, (long) waiting.getDouble(1));
                }
                int sealed = HistoryChain.seal(connection, 1_000);
                if (!writing && sealed == 0) {
                    return longest;
                }
                if (sealed < 1_000) {
                    Thread.sleep(100);
                }
            }
        }
    }

    private static List<Long> write(EmbeddedPostgres postgres, Strategy strategy, int writer, CountDownLatch start, long end) throws SQLException, InterruptedException {
        List<Long> micros = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            List<UUID> resources = new ArrayList<>();
            try (PreparedStatement own = connection.prepareStatement("select id from bench_resource where writer = ?")) {
                own.setInt(1, writer);
                try (ResultSet rows = own.executeQuery()) {
                    while (rows.next()) {
                        resources.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement("update bench_resource set version = version + 1, name = ? where id = ?");
                 PreparedStatement append = connection.prepareStatement(strategy.append);
                 PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                start.await();
                for (int i = 0; System.nanoTime() < end; i++) {
                    UUID resource = resources.get(i % resources.size());
                    long began = System.nanoTime();
                    update.setString(1, "Gemeente " + i);
                    update.setObject(2, resource);
                    update.executeUpdate();
                    if (strategy == Strategy.PER_RESOURCE) {
                        lock.setString(1, resource.toString());
                        lock.execute();
                    }
                    append.setObject(1, UUID.randomUUID());
                    append.setObject(2, resource);
                    append.setObject(3, OffsetDateTime.now());
                    append.setString(4, CHANGES);
                    append.executeUpdate();
                    connection.commit();
                    micros.add((System.nanoTime() - began) / 1_000);
                }
            }
        }
        return micros;
    }
}
