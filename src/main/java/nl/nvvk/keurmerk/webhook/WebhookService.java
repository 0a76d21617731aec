package nl.nvvk.keurmerk.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.history.ChangeHistory;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.paging.Paging;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.security.Caller;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.webhook.WebhookDtos.DeliveryResponse;
import nl.nvvk.keurmerk.webhook.WebhookDtos.SubscriptionRequest;
import nl.nvvk.keurmerk.webhook.WebhookDtos.SubscriptionResponse;

/**
 * Webhook subscriptions and their delivery log. Whoever subscribes owns the subscription and
 * receives exactly the events it reads in the feed: a body its audits', a member its
 * organisation's, NVVK all. The change history records every change, never a secret.
 */
@ApplicationScoped
public class WebhookService {
    static final String RESOURCE = "webhook-subscription";
    private static final String WHO = "Subscriptions are made by NVVK, a certifying body or a member organisation";

    private final Caller caller;
    private final Clock clock;
    private final ChangeHistory history;
    private final Paging paging;
    private final TargetPolicy targets;
    private final WebhookConfig config;

    WebhookService(Caller caller, Clock clock, ChangeHistory history, Paging paging, TargetPolicy targets, WebhookConfig config) {
        this.caller = caller;
        this.clock = clock;
        this.history = history;
        this.paging = paging;
        this.targets = targets;
        this.config = config;
    }

    /** A new subscription; its secret is in this answer only. It receives the events committed from now on. */
    @Transactional
    public Versioned<SubscriptionResponse> subscribe(SubscriptionRequest request) {
        Scope owner = caller.actingAs(WHO, Scope.Kind.NVVK, Scope.Kind.CERTIFYING_BODY, Scope.Kind.MEMBER);
        checkTarget(request.targetUrl());
        Instant now = Instant.now(clock);
        String secret = Signatures.newSecret();
        WebhookSubscription subscription = WebhookSubscription.of(owner, request.targetUrl(), types(request), !Boolean.FALSE.equals(request.active()),
                secret, Deliveries.horizon() - 1, now);
        subscription.persist();
        WebhookSubscription.flush();
        history.record(RESOURCE, subscription.id, "subscribed", null, subscription.snapshot());
        return view(subscription, secret);
    }

    public Page<SubscriptionResponse> list(PageRequest page) {
        caller.actingAs(WHO, Scope.Kind.NVVK, Scope.Kind.CERTIFYING_BODY, Scope.Kind.MEMBER);
        Instant now = Instant.now(clock);
        return paging.page(WebhookSubscription.NEWEST_FIRST, caller.scope(), Where.all(), page, subscription -> SubscriptionResponse.from(subscription, null, now));
    }

    @Transactional
    public Versioned<SubscriptionResponse> get(UUID id) {
        return view(visible(id), null);
    }

    @Transactional
    public Versioned<SubscriptionResponse> revise(UUID id, String ifMatch, SubscriptionRequest request) {
        WebhookSubscription subscription = visible(id);
        ETags.requireMatch(ifMatch, subscription.lockVersion);
        checkTarget(request.targetUrl());
        Map<String, Object> before = subscription.snapshot();
        subscription.describe(request.targetUrl(), types(request), !Boolean.FALSE.equals(request.active()), Instant.now(clock));
        WebhookSubscription.flush();
        history.record(RESOURCE, subscription.id, "revised", before, subscription.snapshot());
        return view(subscription, null);
    }

    /** A new secret, shown in this answer only; the previous one signs too for the overlap. */
    @Transactional
    public Versioned<SubscriptionResponse> rotateSecret(UUID id, String ifMatch) {
        WebhookSubscription subscription = visible(id);
        ETags.requireMatchIfSent(ifMatch, subscription.lockVersion);
        Map<String, Object> before = subscription.snapshot();
        String secret = Signatures.newSecret();
        subscription.rotate(secret, Instant.now(clock), config.rotationOverlap());
        WebhookSubscription.flush();
        history.record(RESOURCE, subscription.id, "secret-rotated", before, subscription.snapshot());
        return view(subscription, secret);
    }

    @Transactional
    public Versioned<SubscriptionResponse> resume(UUID id, String ifMatch) {
        WebhookSubscription subscription = visible(id);
        ETags.requireMatchIfSent(ifMatch, subscription.lockVersion);
        Map<String, Object> before = subscription.snapshot();
        subscription.resume(Instant.now(clock));
        WebhookSubscription.flush();
        history.record(RESOURCE, subscription.id, "resumed", before, subscription.snapshot());
        return view(subscription, null);
    }

    /** The delivery log of a subscription, newest first, optionally of one status. */
    public Page<DeliveryResponse> deliveries(UUID id, String status, PageRequest page) {
        visible(id);
        Where filters = Where.of("w.id = :subscription", "subscription", id).and("d.status = :status", "status",
                status == null ? null : WebhookDelivery.Status.valueOf(status));
        return paging.page(WebhookDelivery.NEWEST_FIRST, caller.scope(), filters, page, DeliveryResponse::from);
    }

    /** Asks for a delivered or failed delivery again: due now, with a fresh window before it is given up. */
    @Transactional
    public DeliveryResponse redeliver(UUID id, UUID deliveryId) {
        WebhookDelivery delivery = WebhookDelivery.visible(caller.scope(), id, deliveryId).orElseThrow(() -> new NotFound("delivery", deliveryId));
        delivery.redeliver(Instant.now(clock));
        WebhookDelivery.flush();
        history.record(RESOURCE, id, "redelivery-asked", Map.of("delivery", deliveryId), Map.of("delivery", deliveryId, "status", "PENDING"));
        return DeliveryResponse.from(delivery);
    }

    private void checkTarget(String url) {
        targets.refusal(url).ifPresent(refusal -> {
            throw InvalidContent.of("targetUrl", refusal);
        });
    }

    private static Set<nl.nvvk.keurmerk.shared.events.EventType> types(SubscriptionRequest request) {
        return request.eventTypes() == null ? Set.of() : request.eventTypes();
    }

    private WebhookSubscription visible(UUID id) {
        return WebhookSubscription.visible(caller.scope(), id).orElseThrow(() -> new NotFound("webhook subscription", id));
    }

    private Versioned<SubscriptionResponse> view(WebhookSubscription subscription, String shownSecret) {
        return new Versioned<>(SubscriptionResponse.from(subscription, shownSecret, Instant.now(clock)), ETags.of(subscription.lockVersion));
    }
}
