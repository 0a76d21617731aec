package nl.nvvk.keurmerk.consultation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.error.DomainRuleViolation;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;

/**
 * An organisation's own reflection on a meeting it took part in: what it learned and what it will
 * try. Private to the organisation until it shares it, with its participation, with the certifying
 * body of its planned or running audit; from then on that body (and NVVK) read it, and it no longer
 * changes. An unshared reflection is nobody's but the organisation's, NVVK's included.
 */
@Entity
@Table(name = "peer_reflection")
public class Reflection extends PanacheEntityBase implements TenantOwned {
    /** Newest first (index peer_reflection_organisation_idx, and peer_reflection_body_idx for a body's). */
    static final Keyset<Reflection> NEWEST_FIRST = Keyset.of("peer-reflections", Reflection.class, "r",
            "from Reflection r join fetch r.meeting m join fetch m.group g", Reflection::visibleTo,
            SortKey.instant("r.createdAt"), SortKey.uuid("r.id")).reversed();

    @Id
    UUID id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    PeerMeeting meeting;
    @Column(name = "organisation_id", nullable = false)
    UUID organisationId;
    @Column(name = "organisation_kvk", nullable = false)
    String organisationKvk;
    String learned;
    @Column(name = "will_try")
    String willTry;
    /** The certifying body it was shared with; null while private. */
    @Column(name = "shared_with_body")
    String sharedWithBody;
    @Column(name = "shared_at")
    Instant sharedAt;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    protected Reflection() {
    }

    /** Its organisation sees its own; the body it was shared with and NVVK a shared one; nobody else, and nobody an unshared one. */
    static Where visibleTo(Scope scope) {
        return switch (scope.kind()) {
            case MEMBER -> Where.of("r.organisationKvk = :scopeKvk", "scopeKvk", scope.tenant());
            case CERTIFYING_BODY -> Where.of("r.sharedWithBody = :scopeBody", "scopeBody", scope.tenant());
            case NVVK, SYSTEM -> Where.of("r.sharedWithBody is not null", Map.of());
            case PUBLIC -> Where.none();
        };
    }

    static Optional<Reflection> visible(Scope scope, UUID meetingId, UUID id) {
        Where where = visibleTo(scope).and("r.meeting.id = :meeting", "meeting", meetingId).and("r.id = :id", "id", id);
        return find("from Reflection r join fetch r.meeting m join fetch m.group g where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /** The caller's own organisation's reflection on a meeting; none for anyone but a member. */
    static Optional<Reflection> ownOn(Scope scope, UUID meetingId) {
        if (scope.kind() != Scope.Kind.MEMBER) {
            return Optional.empty();
        }
        return find("meeting.id = ?1 and organisationKvk = ?2", meetingId, scope.tenant()).firstResultOptional();
    }

    /** The caller's own organisation's reflections on these meetings, by meeting; none for anyone but a member. */
    static Map<UUID, Reflection> ownOn(Scope scope, List<UUID> meetingIds) {
        if (scope.kind() != Scope.Kind.MEMBER || meetingIds.isEmpty()) {
            return Map.of();
        }
        return Reflection.<Reflection>list("meeting.id in ?1 and organisationKvk = ?2", meetingIds, scope.tenant()).stream()
                .collect(java.util.stream.Collectors.toMap(reflection -> reflection.meeting.id, reflection -> reflection));
    }

    /** An organisation that took part keeps its own reflection on the meeting (one: peer_reflection_one_per_organisation). */
    static Reflection keptBy(UUID organisationId, String organisationKvk, PeerMeeting meeting, String learned, String willTry, Instant now) {
        if (!meeting.tookPart(organisationKvk)) {
            throw new DomainRuleViolation("not-a-participant",
                    "Organisation %s did not take part in meeting %s; only those that did keep a reflection on it", organisationKvk, meeting.id);
        }
        Reflection reflection = new Reflection();
        reflection.id = Ids.next();
        reflection.meeting = meeting;
        reflection.organisationId = organisationId;
        reflection.organisationKvk = organisationKvk;
        reflection.learned = learned;
        reflection.willTry = willTry;
        reflection.createdAt = now;
        reflection.updatedAt = now;
        return reflection;
    }

    void revise(String learned, String willTry, Instant now) {
        requirePrivate("changed");
        this.learned = learned;
        this.willTry = willTry;
        this.updatedAt = now;
    }

    /** Shares it with the body of the organisation's planned or running audit (which the service checks); for good. */
    void shareWith(String bodyCode, Instant now) {
        requirePrivate("shared again");
        this.sharedWithBody = bodyCode;
        this.sharedAt = now;
        this.updatedAt = now;
    }

    boolean isShared() {
        return sharedWithBody != null;
    }

    private void requirePrivate(String verb) {
        if (isShared()) {
            throw new DomainRuleViolation("reflection-shared",
                    "Reflection %s is shared with %s and can no longer be %s", id, sharedWithBody, verb);
        }
    }

    /**
     * What the change history keeps: NVVK reads it, so a private reflection's words stay out of it
     * (the history says only that it was kept or revised); once shared, NVVK reads them anyway.
     */
    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("meeting", meeting.id);
        snapshot.put("sharedWith", sharedWithBody);
        if (isShared()) {
            snapshot.put("learned", learned);
            snapshot.put("willTry", willTry);
        }
        return snapshot;
    }
}
