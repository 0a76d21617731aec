package nl.nvvk.keurmerk.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.shared.error.DomainRuleViolation;
import nl.nvvk.keurmerk.shared.events.EventType;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;

/**
 * An integrator's subscription: where to send which events, and the secret that signs them. It
 * belongs to whoever made it and receives exactly the events that owner reads in the feed. The
 * secret is generated here and shown once; a rotation keeps the previous one signing for an overlap.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase implements TenantOwned {
    static final Keyset<WebhookSubscription> NEWEST_FIRST = Keyset.of("webhook-subscriptions", WebhookSubscription.class, "w",
            "from WebhookSubscription w", WebhookSubscription::visibleTo, SortKey.instant("w.createdAt"), SortKey.uuid("w.id")).reversed();

    @Id
    UUID id;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false)
    Scope.Kind ownerKind;
    @Column(name = "owner_tenant")
    String ownerTenant;
    @Column(name = "target_url", nullable = false)
    String targetUrl;
    @Column(name = "event_types", nullable = false)
    String eventTypes;
    boolean active;
    @Column(nullable = false)
    String secret;
    @Column(name = "previous_secret")
    String previousSecret;
    @Column(name = "previous_secret_until")
    Instant previousSecretUntil;
    @Column(name = "paused_at")
    Instant pausedAt;
    @Column(name = "pause_reason")
    String pauseReason;
    @Column(name = "after_txid", nullable = false)
    long afterTxid;
    @Column(name = "after_event_id", nullable = false)
    long afterEventId;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    protected WebhookSubscription() {
    }

    /** NVVK sees every subscription; a body and a member organisation their own. */
    static Where visibleTo(Scope scope) {
        return switch (scope.kind()) {
            case NVVK, SYSTEM -> Where.all();
            case CERTIFYING_BODY, MEMBER -> Where.of("w.ownerKind = :scopeKind and w.ownerTenant = :scopeTenant",
                    Map.of("scopeKind", scope.kind(), "scopeTenant", scope.tenant()));
            case PUBLIC -> Where.none();
        };
    }

    static Optional<WebhookSubscription> visible(Scope scope, UUID id) {
        Where where = visibleTo(scope).and("w.id = :id", "id", id);
        return find("from WebhookSubscription w where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /** A subscription of the caller's own, delivering the events committed from now on. */
    static WebhookSubscription of(Scope owner, String targetUrl, Set<EventType> types, boolean active, String secret, long fromTxid, Instant now) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = Ids.next();
        subscription.ownerKind = owner.kind() == Scope.Kind.SYSTEM ? Scope.Kind.NVVK : owner.kind();
        subscription.ownerTenant = subscription.ownerKind == Scope.Kind.NVVK ? null : owner.tenant();
        subscription.describe(targetUrl, types, active, now);
        subscription.secret = secret;
        subscription.afterTxid = fromTxid;
        subscription.afterEventId = Long.MAX_VALUE;
        subscription.createdAt = now;
        return subscription;
    }

    void describe(String target, Set<EventType> types, boolean on, Instant now) {
        targetUrl = target;
        eventTypes = types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        active = on;
        updatedAt = now;
    }

    Set<EventType> types() {
        return eventTypes.isEmpty() ? Set.of() : Arrays.stream(eventTypes.split(",")).map(EventType::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A new secret signs from now on; the old one too, until the overlap has passed. */
    void rotate(String next, Instant now, java.time.Duration overlap) {
        previousSecret = secret;
        previousSecretUntil = now.plus(overlap);
        secret = next;
        updatedAt = now;
    }

    /** Deliveries go out again; what failed for good stays failed until asked for again. */
    void resume(Instant now) {
        if (pausedAt == null) {
            throw new DomainRuleViolation("webhook-not-paused", "Subscription %s is not paused", id);
        }
        pausedAt = null;
        pauseReason = null;
        updatedAt = now;
    }

    boolean isPaused() {
        return pausedAt != null;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("targetUrl", targetUrl);
        snapshot.put("eventTypes", eventTypes);
        snapshot.put("active", active);
        snapshot.put("paused", pausedAt != null);
        snapshot.put("secretRotatedAt", previousSecretUntil);
        return snapshot;
    }
}
