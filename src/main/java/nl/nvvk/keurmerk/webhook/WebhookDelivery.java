package nl.nvvk.keurmerk.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.error.DomainRuleViolation;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;

/**
 * One event for one subscription: the delivery log's row. Written and claimed by the delivery loop
 * ({@link Deliveries}, in SQL); read here for the log, and asked for again by its subscriber.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase implements TenantOwned {
    static final Keyset<WebhookDelivery> NEWEST_FIRST = Keyset.of("webhook-deliveries", WebhookDelivery.class, "d",
            "from WebhookDelivery d join fetch d.subscription w", WebhookSubscription::visibleTo,
            SortKey.instant("d.createdAt"), SortKey.uuid("d.id")).reversed();

    enum Status { PENDING, DELIVERED, FAILED }

    @Id
    UUID id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subscription_id")
    WebhookSubscription subscription;
    @Column(name = "event_id", nullable = false)
    long eventId;
    @Column(name = "event_type", nullable = false)
    String eventType;
    @Column(name = "organisation_kvk")
    String organisationKvk;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Status status;
    int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;
    @Column(name = "due_since", nullable = false)
    Instant dueSince;
    @Column(name = "last_attempt_at")
    Instant lastAttemptAt;
    @Column(name = "last_status")
    Integer lastStatus;
    @Column(name = "last_error")
    String lastError;
    @Column(name = "last_answer")
    String lastAnswer;
    @Column(name = "delivered_at")
    Instant deliveredAt;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected WebhookDelivery() {
    }

    static Optional<WebhookDelivery> visible(Scope scope, UUID subscriptionId, UUID id) {
        Where where = WebhookSubscription.visibleTo(scope).and("w.id = :subscription", "subscription", subscriptionId).and("d.id = :id", "id", id);
        return find("from WebhookDelivery d join fetch d.subscription w where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /** Its subscriber asks for it again: due now, with a fresh window before it is given up. */
    void redeliver(Instant now) {
        if (status == Status.PENDING) {
            throw new DomainRuleViolation("webhook-delivery-pending", "Delivery %s is pending already; it goes out when due", id);
        }
        status = Status.PENDING;
        nextAttemptAt = now;
        dueSince = now;
    }
}
