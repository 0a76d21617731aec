package nl.nvvk.keurmerk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.nvvk.keurmerk.testing.PackagedService;
import nl.nvvk.keurmerk.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Webhooks from the packaged service (-Xmx256m, the production delivery settings but for targets on
 * 127.0.0.1): ten subscribers of NVVK's, each with its own receiver; events committed one by one at
 * a steady rate straight into the outbox; prints the deliveries per second and the time from an
 * event's commit to its arrival at each receiver. Run with bench/webhooks.sh.
 */
class WebhookBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HOME = Path.of("target", "bench");
    private static final int EVENTS = Integer.getInteger("bench.events", 1_000);
    private static final int SUBSCRIBERS = Integer.getInteger("bench.subscribers", 10);
    private static final int PER_SECOND = Integer.getInteger("bench.eventsPerSecond", 100);

    @Test
    void delivers_events_to_subscribers() throws Exception {
        Files.createDirectories(HOME);
        assertThat(PackagedService.JAR).as("the packaged service; bench/webhooks.sh builds it").exists();
        long[] committedAt = new long[EVENTS];
        Map<Long, Integer> indexOfEvent = new ConcurrentHashMap<>();
        List<long[]> arrivals = new ArrayList<>();
        AtomicInteger received = new AtomicInteger();
        List<HttpServer> receivers = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("keurmerk-bench-webhooks-"))
                .setServerConfig("synchronous_commit", "on").start();
             PackagedService packaged = PackagedService.start(HOME.resolve("webhooks-service.log"), postgres.getPort(),
                     List.of("keurmerk.webhooks.require-https=false", "keurmerk.webhooks.allow-private-targets=true",
                             "keurmerk.rate-limit.write.requests=1000000"))) {
            HttpClient http = HttpClient.newHttpClient();
            String admin = Tokens.issue("nvvk-staff", List.of("nvvk-admin"), Map.of());
            for (int s = 0; s < SUBSCRIBERS; s++) {
                long[] arrived = new long[EVENTS];
                arrivals.add(arrived);
                HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                receiver.createContext("/hook", exchange -> {
                    long now = System.nanoTime();
                    long event = JSON.readTree(exchange.getRequestBody().readAllBytes()).get("data").get("id").asLong();
                    Integer index = indexOfEvent.get(event);
                    if (index != null && arrived[index] == 0) {
                        arrived[index] = now;
                        received.incrementAndGet();
                    }
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                });
                receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
                receiver.start();
                receivers.add(receiver);
                HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(packaged.base + "/api/v1/webhook-subscriptions"))
                        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("targetUrl",
                                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "eventTypes", List.of("AUDIT_SUBMITTED"))))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            }

            long start = System.nanoTime();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 PreparedStatement insert = connection.prepareStatement("""
                         insert into event (type, occurred_at, subject_type, subject_id, organisation_kvk, body_code, data)
                         values ('AUDIT_SUBMITTED', now(), 'audit', gen_random_uuid(), ?, 'BENCH', '{"reference": "BENCH"}') returning id""")) {
                connection.setAutoCommit(true);
                for (int i = 0; i < EVENTS; i++) {
                    long due = start + i * 1_000_000_000L / PER_SECOND;
                    // Sleeping, not spinning: on two cores a spinning producer would take the service's CPU.
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    insert.setString(1, "7%07d".formatted(i % 50));
                    try (ResultSet id = insert.executeQuery()) {
                        id.next();
                        committedAt[i] = System.nanoTime();
                        indexOfEvent.put(id.getLong(1), i);
                    }
                }
            }
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (received.get() < EVENTS * SUBSCRIBERS && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long end = Arrays.stream(arrivals.toArray(new long[0][])).flatMapToLong(Arrays::stream).max().orElse(start);
            double[] latencies = arrivals.stream().flatMapToDouble(arrived -> java.util.stream.IntStream.range(0, EVENTS)
                    .filter(i -> arrived[i] != 0).mapToDouble(i -> (arrived[i] - committedAt[i]) / 1e6)).sorted().toArray();
            System.out.printf("webhooks from the packaged service (-Xmx256m, the loop every 250 ms): %d events at %d/s to %d subscribers; %d cores, Java %s%n",
                    EVENTS, PER_SECOND, SUBSCRIBERS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            System.out.printf("  delivered %d of %d, %.0f deliveries/s over %.1f s from the first commit%n", received.get(), EVENTS * SUBSCRIBERS,
                    received.get() / ((end - start) / 1e9), (end - start) / 1e9);
            System.out.printf("  commit to delivery: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", percentile(latencies, 50),
                    percentile(latencies, 90), percentile(latencies, 99), latencies.length == 0 ? 0 : latencies[latencies.length - 1]);
            System.out.printf("  peak RSS %s%n", packaged.peakResident());
            assertThat(received.get()).as("every event delivered to every subscriber").isEqualTo(EVENTS * SUBSCRIBERS);
        } finally {
            receivers.forEach(receiver -> receiver.stop(0));
        }
    }

    private static double percentile(double[] sorted, int percentile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
