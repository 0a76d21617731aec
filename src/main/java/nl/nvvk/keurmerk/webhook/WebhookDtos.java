package nl.nvvk.keurmerk.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.events.EventType;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class WebhookDtos {
    private WebhookDtos() {
    }

    @Schema(name = "WebhookSubscriptionRequest", description = "Where to send which events.")
    public record SubscriptionRequest(
            @NotBlank @Size(max = 2000) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE)
            @Schema(description = "An https URL on a public address (checked again at every delivery)", example = "https://systeem.kiwa.example/keurmerk/webhooks")
            String targetUrl,
            @Size(max = 40) @Schema(description = "The event types to send; absent or empty: every type the owner reads in the feed")
            Set<EventType> eventTypes,
            @Schema(description = "Whether events are sent; true when absent", example = "true") Boolean active) {
    }

    @Schema(name = "WebhookSubscription", description = "An integrator's subscription. The secret is shown only when it is made: at creation and at a rotation.")
    public record SubscriptionResponse(
            UUID id,
            @Schema(description = "Whose it is: NVVK, CERTIFYING_BODY or MEMBER", example = "CERTIFYING_BODY") @Size(max = 20) @Pattern(regexp = "^[A-Z_]+$") String ownerKind,
            @Size(max = 20) @Pattern(regexp = "^[0-9A-Z-]+$") @Schema(description = "The body's code or the organisation's KvK number; absent for NVVK", example = "KIWA", nullable = true)
            String owner,
            @Size(max = 2000) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "https://systeem.kiwa.example/keurmerk/webhooks") String targetUrl,
            @Size(max = 40) @Schema(description = "Empty: every type") Set<EventType> eventTypes,
            boolean active,
            @Schema(description = "Paused after deliveries failed for too long; resume it when the receiver is fixed") boolean paused,
            @Schema(nullable = true) Instant pausedAt,
            @Size(max = 500) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Deliveries failed for too long; the last: answer 503", nullable = true) String pauseReason,
            @Size(max = 100) @Pattern(regexp = "^whsec_[A-Za-z0-9+/=]+$")
            @Schema(description = "The signing secret: only in the answer that made it; keep it, it is not shown again", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", nullable = true)
            String secret,
            @Schema(description = "After a rotation: the previous secret signs too until then", nullable = true) Instant previousSecretValidUntil,
            Instant createdAt,
            Instant updatedAt) {

        static SubscriptionResponse from(WebhookSubscription subscription, String shownSecret, Instant now) {
            Instant previousUntil = subscription.previousSecretUntil != null && subscription.previousSecretUntil.isAfter(now)
                    ? subscription.previousSecretUntil : null;
            return new SubscriptionResponse(subscription.id, subscription.ownerKind.name(), subscription.ownerTenant, subscription.targetUrl,
                    subscription.types(), subscription.active, subscription.isPaused(), subscription.pausedAt, subscription.pauseReason, shownSecret,
                    previousUntil, subscription.createdAt, subscription.updatedAt);
        }
    }

    @Schema(name = "WebhookDelivery", description = "One event for one subscription: the delivery log.")
    public record DeliveryResponse(
            UUID id,
            @Schema(description = "The event's id in the feed", example = "4711", minimum = "1", maximum = "9223372036854775807") long event,
            EventType eventType,
            @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(example = "90000001", nullable = true) String organisation,
            @Schema(description = "PENDING (due, or to be retried), DELIVERED, FAILED (given up; ask for it again)", example = "DELIVERED")
            @Size(max = 20) @Pattern(regexp = "^(PENDING|DELIVERED|FAILED)$") String status,
            @Schema(example = "1", minimum = "0", maximum = "100000") int attempts,
            @Schema(description = "When a pending delivery is tried next", nullable = true) Instant nextAttemptAt,
            @Schema(nullable = true) Instant lastAttemptAt,
            @Schema(description = "The HTTP status the receiver last answered", example = "200", minimum = "100", maximum = "599", nullable = true) Integer lastStatus,
            @Size(max = 500) @Pattern(regexp = Formats.ONE_LINE) @Schema(description = "Why the last attempt failed, when no answer came", example = "HttpConnectTimeoutException", nullable = true)
            String lastError,
            @Size(max = 1000) @Pattern(regexp = Formats.ONE_LINE) @Schema(description = "The first 500 bytes of the last answer", example = "ok", nullable = true) String lastAnswer,
            @Schema(nullable = true) Instant deliveredAt,
            Instant createdAt) {

        static DeliveryResponse from(WebhookDelivery delivery) {
            return new DeliveryResponse(delivery.id, delivery.eventId, EventType.valueOf(delivery.eventType), delivery.organisationKvk,
                    delivery.status.name(), delivery.attempts, delivery.status == WebhookDelivery.Status.PENDING ? delivery.nextAttemptAt : null,
                    delivery.lastAttemptAt, delivery.lastStatus, delivery.lastError, delivery.lastAnswer, delivery.deliveredAt, delivery.createdAt);
        }
    }
}
