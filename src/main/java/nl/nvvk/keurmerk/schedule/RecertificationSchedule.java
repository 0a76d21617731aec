package nl.nvvk.keurmerk.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.nvvk.keurmerk.audit.AuditStatus;
import nl.nvvk.keurmerk.audit.AuditType;
import nl.nvvk.keurmerk.certificate.CertificateStatus;
import nl.nvvk.keurmerk.organisation.OrganisationKind;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An organisation's place in the three-yearly recertification cycle, read from the view of the same
 * name (V12), as one kind of reader may see it: its current certificate, the follow-up audit a conditional grant asked for, the next
 * audit a body has planned and its improvement actions still to do. Nothing here is stored: the view
 * derives it from certificates and audits, and the state and every date that depends on today or on
 * a configured period are derived here, on the day asked.
 */
@Entity
@Immutable
@Table(name = "recertification_schedule")
public class RecertificationSchedule extends PanacheEntityBase implements TenantOwned {
    /** Most urgent first: by the next due day (none last), then KvK number. */
    static final Keyset<RecertificationSchedule> MOST_URGENT_FIRST = Keyset.of("recertification-schedules", RecertificationSchedule.class, "s",
            "from RecertificationSchedule s", RecertificationSchedule::visibleTo, SortKey.date("s.dueOrder"), SortKey.text("s.kvkNumber"));
    private static final List<CertificateStatus> IN_FORCE = List.of(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED);
    /** The viewer of the rows that read every body's audits. */
    static final String EVERY_AUDIT = "*";

    /** The organisation and the viewer: one row per pair. */
    @Id
    @Column(name = "schedule_key")
    String scheduleKey;
    /** '*' for NVVK and members (every body's audits), else the code of the body whose own audits the row reads. */
    String viewer;
    @Column(name = "organisation_id")
    UUID organisationId;
    @Column(name = "kvk_number")
    String kvkNumber;
    @Column(name = "organisation_name")
    String organisationName;
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind")
    OrganisationKind organisationKind;
    @Column(name = "certificate_id")
    UUID certificateId;
    @Column(name = "certificate_number")
    String certificateNumber;
    /** As stored: never EXPIRED; see {@link #certificateStatusOn}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "certificate_status")
    CertificateStatus certificateStatus;
    @Column(name = "certificate_body_code")
    String certificateBodyCode;
    @Column(name = "certificate_audit_id")
    UUID certificateAuditId;
    @Column(name = "valid_until")
    LocalDate validUntil;
    @Column(name = "follow_up_due_on")
    LocalDate followUpDueOn;
    @Column(name = "follow_up_audit_id")
    UUID followUpAuditId;
    @Column(name = "follow_up_audit_reference")
    String followUpAuditReference;
    @Column(name = "follow_up_body_code")
    String followUpBodyCode;
    @Column(name = "planned_audit_id")
    UUID plannedAuditId;
    @Column(name = "planned_audit_reference")
    String plannedAuditReference;
    @Column(name = "planned_body_code")
    String plannedBodyCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "planned_audit_type")
    AuditType plannedAuditType;
    @Enumerated(EnumType.STRING)
    @Column(name = "planned_audit_status")
    AuditStatus plannedAuditStatus;
    @Column(name = "planned_first_visit_on")
    LocalDate plannedFirstVisitOn;
    @Column(name = "due_on")
    LocalDate dueOn;
    @Column(name = "due_order")
    LocalDate dueOrder;
    /** Ascending. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pending_action_due_dates")
    List<LocalDate> pendingActionDueDates = new ArrayList<>();
    @Column(name = "first_pending_action_due_on")
    LocalDate firstPendingActionDueOn;

    protected RecertificationSchedule() {
    }

    // --- tenancy -------------------------------------------------------------------------------

    /**
     * NVVK and jobs see every organisation's schedule, with every body's audits; a member its own
     * likewise; a body the schedules of organisations it audits (any audit of its own it has not
     * cancelled, as for self-assessments), read from its own audits only (the view's row for that
     * body); the public none.
     */
    static Where visibleTo(Scope scope) {
        return switch (scope.kind()) {
            case NVVK, SYSTEM -> Where.of("s.viewer = :scopeViewer", "scopeViewer", EVERY_AUDIT);
            case CERTIFYING_BODY -> Where.of("s.viewer = :scopeViewer", "scopeViewer", scope.tenant());
            case MEMBER -> Where.of("s.viewer = :scopeViewer and s.kvkNumber = :scopeKvk", Map.of("scopeViewer", EVERY_AUDIT, "scopeKvk", scope.tenant()));
            case PUBLIC -> Where.none();
        };
    }

    static Optional<RecertificationSchedule> visible(Scope scope, String kvkNumber) {
        Where where = visibleTo(scope).and("s.kvkNumber = :kvk", "kvk", kvkNumber);
        return find("from RecertificationSchedule s where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    // --- the state on a day ----------------------------------------------------------------------

    /** Where the organisation stands on {@code today}; {@link #inStateOn} selects exactly the same. */
    ScheduleState stateOn(LocalDate today, SchedulePolicy policy) {
        if (!hasCertificateInForce()) {
            return ScheduleState.NONE;
        }
        if (today.isAfter(validUntil)) {
            return ScheduleState.EXPIRED;
        }
        if (followUpOverdueOn(today) || !overdueActionDueDatesOn(today).isEmpty()) {
            return ScheduleState.OVERDUE;
        }
        if (plannedAuditId != null) {
            return ScheduleState.PLANNED;
        }
        if (!today.isBefore(policy.warningOn(validUntil))) {
            return ScheduleState.DUE_SOON;
        }
        return ScheduleState.ON_TRACK;
    }

    /**
     * The schedules in this state on {@code today}, as {@link #stateOn} reads them, for the database
     * to filter on. Every condition is written to be true or false, never unknown, so "not overdue"
     * holds for a schedule without a follow-up or actions.
     */
    static Where inStateOn(ScheduleState state, LocalDate today, SchedulePolicy policy) {
        if (state == null) {
            return Where.all();
        }
        String inForce = "s.certificateId is not null and s.certificateStatus in :inForce";
        String overdue = "((s.followUpDueOn is not null and s.followUpDueOn < :today and s.followUpAuditId is null)"
                + " or (s.firstPendingActionDueOn is not null and s.firstPendingActionDueOn < :today))";
        String running = inForce + " and s.validUntil >= :today";
        String notOverdue = running + " and not " + overdue;
        Map<String, Object> parameters = Map.of("inForce", IN_FORCE, "today", today);
        Map<String, Object> withWarning = Map.of("inForce", IN_FORCE, "today", today, "lastWarned", policy.lastValidUntilWarnedOn(today));
        String unplanned = notOverdue + " and s.plannedAuditId is null";
        return switch (state) {
            case NONE -> Where.of("s.certificateId is null or s.certificateStatus not in :inForce", "inForce", IN_FORCE);
            case EXPIRED -> Where.of(inForce + " and s.validUntil < :today", parameters);
            case OVERDUE -> Where.of(running + " and " + overdue, parameters);
            case PLANNED -> Where.of(notOverdue + " and s.plannedAuditId is not null", parameters);
            case DUE_SOON -> Where.of(unplanned + " and s.validUntil <= :lastWarned", withWarning);
            case ON_TRACK -> Where.of(unplanned + " and s.validUntil > :lastWarned", withWarning);
        };
    }

    /** Neither withdrawn nor superseded: the certificate the next recertification renews. */
    boolean hasCertificateInForce() {
        return certificateId != null && IN_FORCE.contains(certificateStatus);
    }

    CertificateStatus certificateStatusOn(LocalDate today) {
        return certificateId == null ? null : CertificateStatus.on(certificateStatus, validUntil, today);
    }

    /** A follow-up audit a conditional grant asked for, not submitted yet. */
    boolean followUpOutstanding() {
        return followUpDueOn != null && followUpAuditId == null;
    }

    boolean followUpOverdueOn(LocalDate today) {
        return followUpOutstanding() && today.isAfter(followUpDueOn);
    }

    /** The first day the certificate no longer counts unless recertified: the day after its last valid day. */
    LocalDate expiresOn() {
        return validUntil.plusDays(1);
    }

    // --- what the reader may open -----------------------------------------------------------------
    // The schedule names audits and certificates its reader may not read in full: ids go only to those
    // the owning feature would show them to (the audits' and certificates' own visibleTo rules).

    /** The current certificate by id: NVVK, the member, and the body whose audit it rests on. */
    boolean certificateOpenTo(Scope scope) {
        return switch (scope.kind()) {
            case NVVK, SYSTEM, MEMBER -> true;
            case CERTIFYING_BODY -> scope.tenant().equals(certificateBodyCode);
            case PUBLIC -> false;
        };
    }

    /** The planned audit by id: NVVK, its body, and the member once it is submitted (never a draft). */
    boolean plannedAuditOpenTo(Scope scope) {
        return auditOpenTo(scope, plannedBodyCode, plannedAuditStatus == AuditStatus.SUBMITTED);
    }

    /** The submitted follow-up audit by id: NVVK, its body, and the member (it is reported). */
    boolean followUpAuditOpenTo(Scope scope) {
        return auditOpenTo(scope, followUpBodyCode, true);
    }

    private static boolean auditOpenTo(Scope scope, String bodyCode, boolean reported) {
        return switch (scope.kind()) {
            case NVVK, SYSTEM -> true;
            case CERTIFYING_BODY -> scope.tenant().equals(bodyCode);
            case MEMBER -> reported;
            case PUBLIC -> false;
        };
    }

    /** The due days of the improvement actions still to do that have passed by {@code today}. */
    List<LocalDate> overdueActionDueDatesOn(LocalDate today) {
        return pendingActionDueDates.stream().filter(today::isAfter).toList();
    }
}
