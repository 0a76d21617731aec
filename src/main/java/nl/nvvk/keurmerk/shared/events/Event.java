package nl.nvvk.keurmerk.shared.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event of the feed, written in the transaction of the change it tells of (V10). Its place in
 * the feed is (txid, id): the writing transaction's id, then the row's.
 */
@Entity
@Immutable
@Table(name = "event")
public class Event extends PanacheEntityBase implements TenantOwned {
    static final Keyset<Event> IN_FEED_ORDER = Keyset.of("events", Event.class, "e", "from Event e",
            Event::visibleTo, SortKey.bigint("e.txid"), SortKey.bigint("e.id"));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** Set by the database: the writing transaction's id. */
    @Column(insertable = false, updatable = false)
    Long txid;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    EventType type;
    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;
    @Column(name = "subject_type", nullable = false)
    String subjectType;
    @Column(name = "subject_id", nullable = false)
    UUID subjectId;
    @Column(name = "organisation_kvk")
    String organisationKvk;
    @Column(name = "body_code")
    String bodyCode;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    Map<String, String> data;

    protected Event() {
    }

    Event(EventType type, Instant occurredAt, String subjectType, UUID subjectId, String organisationKvk, String bodyCode, Map<String, String> data) {
        this.type = type;
        this.occurredAt = occurredAt;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.organisationKvk = organisationKvk;
        this.bodyCode = bodyCode;
        this.data = data;
    }

    /** NVVK reads every event; a body those of its audits and their certificates; a member its organisation's; the public none. */
    static Where visibleTo(Scope scope) {
        return switch (scope.kind()) {
            case NVVK, SYSTEM -> Where.all();
            case CERTIFYING_BODY -> Where.of("e.bodyCode = :scopeBody", "scopeBody", scope.tenant());
            case MEMBER -> Where.of("e.organisationKvk = :scopeKvk", "scopeKvk", scope.tenant());
            case PUBLIC -> Where.none();
        };
    }
}
