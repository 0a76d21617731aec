package nl.nvvk.keurmerk.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A subscriber's receiver on 127.0.0.1: keeps what it was sent and answers the statuses it is told to (then 200). */
final class Receiver implements AutoCloseable {
    record Received(Map<String, List<String>> headers, byte[] body, long atNanos) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 200;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), in.readAllBytes(), System.nanoTime()));
            }
            Integer status = answers.poll();
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? otherwise : status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next answers, in order; after them, {@code then}. */
    void answer(int then, Integer... first) {
        answers.addAll(List.of(first));
        otherwise = then;
    }

    /** The first request received (waiting up to the timeout) that matches; fails the test when none comes. */
    Received await(Predicate<Received> wanted, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        List<Received> skipped = new ArrayList<>();
        while (System.nanoTime() < until) {
            Received next = received.poll(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next != null && wanted.test(next)) {
                received.addAll(skipped);
                return next;
            }
            if (next != null) {
                skipped.add(next);
            }
        }
        received.addAll(skipped);
        throw new AssertionError("No matching webhook within " + timeout + "; received: " + skipped.stream().map(Received::text).toList());
    }

    /** Everything received until now, taken. */
    List<Received> drain() {
        List<Received> all = new ArrayList<>();
        received.drainTo(all);
        return all;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
