package nl.nvvk.keurmerk.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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
 * An objection (bezwaar) of the audited organisation to NVVK's decision on its audit: to a refusal,
 * or to the conditions of a grant, lodged within the objection period after the decision. NVVK
 * confirms receipt, takes it into handling and decides: upheld, partly upheld or rejected, with a
 * motivation. After an upheld one NVVK decides on the audit again through the ordinary decision
 * step, once; the objection then records when.
 */
@Entity
@Table(name = "objection")
public class Objection extends PanacheEntityBase implements TenantOwned {
    /** Newest first (objection_lodged_idx; objection_organisation_idx for a member's own). */
    static final Keyset<Objection> NEWEST_FIRST = Keyset.of("objections", Objection.class, "o", "from Objection o", Objection::visibleTo,
            SortKey.instant("o.lodgedAt"), SortKey.uuid("o.id")).reversed();

    @Id
    UUID id;
    @Column(name = "audit_id", nullable = false)
    UUID auditId;
    @Column(name = "audit_reference", nullable = false)
    String auditReference;
    @Column(name = "organisation_id", nullable = false)
    UUID organisationId;
    @Column(name = "organisation_kvk", nullable = false)
    String organisationKvk;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ObjectionGround against;
    /** When the decision it objects to was taken: one objection per decision (objection_one_per_decision). */
    @Column(name = "decision_decided_at", nullable = false)
    Instant decisionDecidedAt;
    @Column(nullable = false)
    String grounds;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ObjectionStatus status;
    @Column(name = "lodged_at", nullable = false)
    Instant lodgedAt;
    @Column(name = "lodged_by", nullable = false)
    String lodgedBy;
    @Column(name = "received_at")
    Instant receivedAt;
    @Column(name = "handling_since")
    Instant handlingSince;
    @Enumerated(EnumType.STRING)
    ObjectionOutcome outcome;
    @Column(name = "outcome_motivation")
    String outcomeMotivation;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "decided_by")
    String decidedBy;
    /** When NVVK decided on the audit again after this objection was upheld. */
    @Column(name = "redecided_at")
    Instant redecidedAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    protected Objection() {
    }

    /** NVVK sees every objection; an organisation its own; a certifying body none (it hears of a new decision as always). */
    static Where visibleTo(Scope scope) {
        return switch (scope.kind()) {
            case NVVK, SYSTEM -> Where.all();
            case MEMBER -> Where.of("o.organisationKvk = :scopeKvk", "scopeKvk", scope.tenant());
            case CERTIFYING_BODY, PUBLIC -> Where.none();
        };
    }

    static Optional<Objection> visible(Scope scope, UUID id) {
        Where where = visibleTo(scope).and("o.id = :id", "id", id);
        return find("from Objection o where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /** The last day an objection to a decision taken then can be lodged. */
    static LocalDate lastDayToObject(Instant decidedAt, ZoneId zone, java.time.Period period) {
        return LocalDate.ofInstant(decidedAt, zone).plus(period);
    }

    LocalDate periodEndedOn(ZoneId zone, java.time.Period period) {
        return lastDayToObject(decisionDecidedAt, zone, period);
    }

    /** The objection to the audit's current decision, if one was lodged. */
    static Optional<Objection> toDecision(Scope scope, UUID auditId, Instant decisionDecidedAt) {
        Where where = visibleTo(scope).and("o.auditId = :audit", "audit", auditId).and("o.decisionDecidedAt = :decided", "decided", decisionDecidedAt);
        return find("from Objection o where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /**
     * The organisation lodges an objection to the audit's decision: only to a refusal or to the
     * conditions of a grant, and only until the last day of the period after the decision.
     */
    static Objection lodge(Audit audit, String grounds, String actor, Instant now, ZoneId zone, java.time.Period period) {
        if (audit.status != AuditStatus.DECIDED || audit.decision == null) {
            throw new DomainRuleViolation("objection-not-possible",
                    "Audit %s is %s; an objection is to NVVK's decision, and there is none yet", audit.reference, audit.status);
        }
        ObjectionGround against = switch (audit.decision) {
            case REFUSE -> ObjectionGround.REFUSAL;
            case GRANT_WITH_CONDITIONS -> ObjectionGround.CONDITIONS;
            case GRANT -> throw new DomainRuleViolation("objection-not-possible",
                    "NVVK granted audit %s without conditions; there is nothing to object to", audit.reference);
        };
        LocalDate lastDay = lastDayToObject(audit.decidedAt, zone, period);
        if (LocalDate.ofInstant(now, zone).isAfter(lastDay)) {
            throw new DomainRuleViolation("objection-period-over",
                    "The period to object to the decision on audit %s ended on %s", audit.reference, lastDay);
        }
        Objection objection = new Objection();
        objection.id = Ids.next();
        objection.auditId = audit.id;
        objection.auditReference = audit.reference;
        objection.organisationId = audit.organisationId;
        objection.organisationKvk = audit.organisationKvk;
        objection.against = against;
        objection.decisionDecidedAt = audit.decidedAt;
        objection.grounds = grounds;
        objection.status = ObjectionStatus.LODGED;
        objection.lodgedAt = now;
        objection.lodgedBy = actor;
        objection.updatedAt = now;
        return objection;
    }

    /** NVVK confirms it received the objection. */
    void confirmReceipt(Instant now) {
        require(ObjectionStatus.LODGED, "its receipt confirmed");
        status = ObjectionStatus.RECEIVED;
        receivedAt = now;
        updatedAt = now;
    }

    /** NVVK takes it into handling (hearing the organisation, asking the body). */
    void takeIntoHandling(Instant now) {
        require(ObjectionStatus.RECEIVED, "taken into handling");
        status = ObjectionStatus.IN_HANDLING;
        handlingSince = now;
        updatedAt = now;
    }

    /** NVVK decides on the objection, with its motivation. */
    void decide(ObjectionOutcome decided, String motivation, String actor, Instant now) {
        require(ObjectionStatus.IN_HANDLING, "decided on");
        status = ObjectionStatus.DECIDED;
        outcome = decided;
        outcomeMotivation = motivation;
        decidedAt = now;
        decidedBy = actor;
        updatedAt = now;
    }

    /** Whether NVVK may decide on its audit again: upheld, and no new decision yet. */
    boolean awaitsNewDecision() {
        return status == ObjectionStatus.DECIDED && outcome.callsForNewDecision() && redecidedAt == null;
    }

    /** NVVK decided on the audit again after this objection. */
    void redecided(Instant now) {
        redecidedAt = now;
        updatedAt = now;
    }

    private void require(ObjectionStatus expected, String verb) {
        if (status != expected) {
            throw new DomainRuleViolation("objection-transition",
                    "Objection %s is %s; only a %s objection can be %s", id, status, expected, verb);
        }
    }

    /** What the change history compares; the grounds and motivation are in the objection itself. */
    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("audit", auditId);
        snapshot.put("against", against);
        snapshot.put("status", status);
        snapshot.put("outcome", outcome);
        snapshot.put("redecidedAt", redecidedAt);
        return snapshot;
    }
}
