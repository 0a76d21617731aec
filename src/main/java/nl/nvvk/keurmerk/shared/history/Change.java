package nl.nvvk.keurmerk.shared.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One recorded mutation of a resource: who, in which role and tenant, when, and which fields changed how.
 * Written once and never changed: immutable, so Hibernate neither dirty-checks its JSON (which after
 * a round trip never equals what was stored, and was written a second time) nor keeps a copy of it.
 * Its place in the history's chain and its hash are given when it is sealed, within a second of its
 * commit ({@link HistoryChain}); Hibernate only reads them.
 */
@Entity
@Immutable
@Table(name = "change_history")
public class Change extends PanacheEntityBase implements TenantOwned {
    static final Keyset<Change> OLDEST_FIRST = Keyset.of("change-history", Change.class, "c", "from Change c",
            Change::visibleTo, SortKey.instant("c.occurredAt"), SortKey.uuid("c.id"));

    @Id
    UUID id;
    @Column(name = "resource_type", nullable = false)
    String resourceType;
    @Column(name = "resource_id", nullable = false)
    UUID resourceId;
    @Column(nullable = false)
    String action;
    @Column(name = "actor_subject", nullable = false)
    String actorSubject;
    @Column(name = "actor_role", nullable = false)
    String actorRole;
    @Column(name = "actor_tenant")
    String actorTenant;
    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    Map<String, FieldChange> changes;
    @Column(insertable = false, updatable = false)
    Long sequence;
    @Column(insertable = false, updatable = false)
    byte[] hash;

    protected Change() {
    }

    Change(String resourceType, UUID resourceId, String action, String actorSubject, String actorRole, String actorTenant,
           Instant occurredAt, Map<String, FieldChange> changes) {
        this.id = Ids.next();
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.action = action;
        this.actorSubject = actorSubject;
        this.actorRole = actorRole;
        this.actorTenant = actorTenant;
        this.occurredAt = occurredAt;
        this.changes = changes;
    }

    /** Who changed what is NVVK's to read: it spans every tenant. */
    static Where visibleTo(Scope scope) {
        return scope.seesEverything() ? Where.all() : Where.none();
    }

    /** A field's value before and after; either is null when the field was absent. */
    public record FieldChange(@Schema(example = "Gemeente Zonnedijk", nullable = true) Object from, @Schema(example = "Gemeente Zonnedijk-Noord", nullable = true) Object to) {
    }
}
