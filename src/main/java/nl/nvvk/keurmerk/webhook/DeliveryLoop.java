package nl.nvvk.keurmerk.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import nl.nvvk.keurmerk.shared.concurrency.RoundLoop;
import nl.nvvk.keurmerk.webhook.Deliveries.Claimed;
import nl.nvvk.keurmerk.webhook.Deliveries.Outcome;
import org.jboss.logging.Logger;

/**
 * Each replica's delivery loop: copy new events into deliveries, claim the due ones, send them
 * signed, record what came back. Bounded per round (a thousand events per subscription, a few
 * deliveries per sender); a failed attempt waits twice as long each time, with jitter, and a
 * delivery failing for {@code give-up-after} is given up and pauses its subscription.
 */
@ApplicationScoped
public class DeliveryLoop {
    private static final Logger LOG = Logger.getLogger(DeliveryLoop.class);
    /** What of an answer is kept: enough to see why, never a subscriber's whole page. */
    static final int ANSWER_EXCERPT = 500;

    private final WebhookConfig config;
    private final TargetPolicy targets;
    private final ObjectMapper json;
    private HttpClient http;
    private ExecutorService senders;
    private RoundLoop loop;

    DeliveryLoop(WebhookConfig config, TargetPolicy targets, ObjectMapper json) {
        this.config = config;
        this.targets = targets;
        this.json = json;
    }

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            return;
        }
        // Redirects are not followed: a target answering 3xx has not taken the delivery, and may not send it elsewhere.
        http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        senders = Executors.newFixedThreadPool(config.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
        loop = RoundLoop.start("webhook-delivery-loop", config.every(), this::round);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (loop != null) {
            loop.stop();
            senders.shutdownNow();
        }
    }

    /** One round; true when it found work, so the next round starts at once. */
    boolean round() throws InterruptedException {
        int copied = QuarkusTransaction.requiringNew().call(Deliveries::fanOut);
        Duration lease = config.connectTimeout().plus(config.readTimeout()).plusSeconds(30);
        List<Claimed> claimed = QuarkusTransaction.requiringNew().call(() -> Deliveries.claim(config.concurrency() * 8, lease));
        List<Future<Outcome>> sent = new ArrayList<>();
        for (Claimed delivery : claimed) {
            sent.add(senders.submit(() -> send(delivery)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> attempt : sent) {
            try {
                outcomes.add(attempt.get());
            } catch (java.util.concurrent.ExecutionException e) {
                // Unrecorded, the attempt stays leased and is made again when its lease ends: at least once.
                LOG.warnf("A webhook attempt failed: %s", e.getCause().toString());
            }
        }
        if (!outcomes.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> Deliveries.record(outcomes));
        }
        return copied > 0 || !claimed.isEmpty();
    }

    /** One attempt: the request, signed, and what it came to. */
    private Outcome send(Claimed delivery) throws InterruptedException {
        Integer status = null;
        String error = null;
        String answer = null;
        try {
            URI target = URI.create(delivery.targetUrl());
            Optional<String> refused = targets.refusalAtDelivery(target);
            if (refused.isPresent()) {
                error = "target refused: " + refused.get();
            } else {
                byte[] body = payload(delivery);
                long timestamp = Instant.now().getEpochSecond();
                String messageId = delivery.id().toString();
                HttpRequest request = HttpRequest.newBuilder(target).timeout(config.readTimeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "Keurmerkregister-Webhooks/1")
                        .header("webhook-id", messageId)
                        .header("webhook-timestamp", String.valueOf(timestamp))
                        .header("webhook-signature", Signatures.header(delivery.secrets(), messageId, timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                status = response.statusCode();
                try (InputStream in = response.body()) {
                    answer = excerpt(in);
                }
                if (status >= 200 && status < 300) {
                    return new Outcome(delivery.id(), delivery.subscription(), true, status, null, answer, null, false);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        boolean giveUp = !Instant.now().isBefore(delivery.dueSince().plus(config.giveUpAfter()));
        return new Outcome(delivery.id(), delivery.subscription(), false, status, error == null ? null : error.substring(0, Math.min(error.length(), 500)),
                answer, backoff(delivery.attempt()), giveUp);
    }

    /** base × 2^(attempt−1), at most the cap, ±20%: retries of many subscribers spread out instead of arriving together. */
    Duration backoff(int attempt) {
        long base = config.retryBase().toMillis();
        long capped = Math.min(config.retryCap().toMillis(), base << Math.min(attempt - 1, 30));
        return Duration.ofMillis((long) (capped * ThreadLocalRandom.current().nextDouble(0.8, 1.2)));
    }

    /** The Standard Webhooks payload: type, timestamp, and the event as the feed shows it. */
    private byte[] payload(Claimed delivery) throws IOException {
        ObjectNode payload = json.createObjectNode();
        payload.put("type", delivery.type());
        payload.put("timestamp", delivery.occurredAt().toString());
        ObjectNode event = payload.putObject("data");
        event.put("id", delivery.eventId());
        event.put("type", delivery.type());
        event.put("occurredAt", delivery.occurredAt().toString());
        event.put("subjectType", delivery.subjectType());
        event.put("subjectId", delivery.subjectId().toString());
        if (delivery.organisation() != null) {
            event.put("organisation", delivery.organisation());
        }
        if (delivery.body() != null) {
            event.put("certifyingBody", delivery.body());
        }
        event.set("data", json.readTree(delivery.data()));
        return json.writeValueAsBytes(payload);
    }

    private static String excerpt(InputStream in) throws IOException {
        byte[] head = in.readNBytes(ANSWER_EXCERPT);
        String text = new String(head, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", " ");
        return text.isBlank() ? null : text;
    }
}
