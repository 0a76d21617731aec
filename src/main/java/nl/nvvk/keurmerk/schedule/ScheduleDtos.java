package nl.nvvk.keurmerk.schedule;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.nvvk.keurmerk.audit.AuditDtos;
import nl.nvvk.keurmerk.audit.AuditStatus;
import nl.nvvk.keurmerk.audit.AuditType;
import nl.nvvk.keurmerk.certificate.CertificateNumber;
import nl.nvvk.keurmerk.certificate.CertificateStatus;
import nl.nvvk.keurmerk.organisation.OrganisationKind;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ScheduleDtos {
    private ScheduleDtos() {
    }

    @Schema(name = "RecertificationSchedule", description = "An organisation's place in the three-yearly cycle on today's date (Europe/Amsterdam), "
            + "derived from its certificates and audits whenever it is read. Parts that do not apply are absent. A certifying body reads it as far as "
            + "its own audits go: the audit it planned and the improvement actions on its audits, never another body's; the certificate (public) "
            + "and a conditional grant's follow-up (the organisation's obligation) are the same for every reader. Ids of audits and "
            + "certificates the caller may not open are left out.")
    public record ScheduleResponse(
            ScheduleOrganisation organisation,
            ScheduleState state,
            @Schema(description = "The next day by which an audit must be finished: the recertification audit's or an outstanding "
                    + "follow-up audit's, whichever is earlier; absent without a certificate in force", example = "2029-06-30", nullable = true)
            LocalDate dueOn,
            @Schema(nullable = true) ScheduleCertificate certificate,
            @Schema(nullable = true) Recertification recertification,
            @Schema(nullable = true) FollowUp followUp,
            @Schema(nullable = true) ScheduledAudit plannedAudit,
            ImprovementActions improvementActions) {

        static ScheduleResponse of(RecertificationSchedule schedule, LocalDate today, SchedulePolicy policy, Scope scope) {
            boolean inForce = schedule.hasCertificateInForce();
            ScheduleCertificate certificate = schedule.certificateId == null ? null : new ScheduleCertificate(
                    schedule.certificateOpenTo(scope) ? schedule.certificateId : null, schedule.certificateNumber,
                    schedule.certificateStatusOn(today), schedule.certificateBodyCode, schedule.validUntil);
            Recertification recertification = inForce
                    ? new Recertification(schedule.validUntil, policy.warningOn(schedule.validUntil), schedule.expiresOn()) : null;
            FollowUp followUp = inForce && schedule.followUpDueOn != null ? new FollowUp(schedule.followUpDueOn, schedule.followUpOverdueOn(today),
                    schedule.followUpAuditId != null, schedule.followUpAuditId != null && schedule.followUpAuditOpenTo(scope)
                    ? new AuditMention(schedule.followUpAuditId, schedule.followUpAuditReference, schedule.followUpBodyCode) : null) : null;
            ScheduledAudit planned = schedule.plannedAuditId == null ? null : planned(schedule, scope);
            List<LocalDate> overdue = schedule.overdueActionDueDatesOn(today);
            ImprovementActions actions = new ImprovementActions(schedule.pendingActionDueDates.size(), overdue.size(),
                    overdue.isEmpty() ? null : overdue.get(0));
            return new ScheduleResponse(new ScheduleOrganisation(schedule.organisationId, schedule.kvkNumber, schedule.organisationName,
                    schedule.organisationKind), schedule.stateOn(today, policy), schedule.dueOn, certificate, recertification, followUp, planned, actions);
        }

        private static ScheduledAudit planned(RecertificationSchedule schedule, Scope scope) {
            boolean readable = schedule.plannedAuditOpenTo(scope);
            return new ScheduledAudit(readable ? schedule.plannedAuditId : null, readable ? schedule.plannedAuditReference : null,
                    schedule.plannedBodyCode, schedule.plannedAuditType, schedule.plannedAuditStatus, schedule.plannedFirstVisitOn);
        }
    }

    @Schema(name = "ScheduleOrganisation", description = "The organisation the schedule is of.")
    public record ScheduleOrganisation(
            UUID id,
            @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(example = "90000001") String kvkNumber,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Gemeente Zonnedijk") String name,
            OrganisationKind kind) {
    }

    @Schema(name = "ScheduleCertificate", description = "The organisation's current certificate, or its latest when none is in force.")
    public record ScheduleCertificate(
            @Schema(description = "Absent when the caller may not read the certificate (another body's)", nullable = true) UUID id,
            @Size(min = 19, max = 19) @Pattern(regexp = CertificateNumber.FORMAT) @Schema(example = "NVVK-7KQ2-M9XH-4DPE") String number,
            CertificateStatus status,
            @Size(min = 2, max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(description = "The body whose audit it rests on", example = "KIWA")
            String certifyingBody,
            @Schema(description = "Its last valid day", example = "2029-06-30") LocalDate validUntil) {
    }

    @Schema(name = "Recertification", description = "When the recertification audit is due, for a certificate in force.")
    public record Recertification(
            @Schema(description = "The recertification audit must be finished by this day, the certificate's last valid day", example = "2029-06-30")
            LocalDate dueOn,
            @Schema(description = "From this day NVVK warns that recertification is due (keurmerk.schedule.warning-before-expiry before expiry)",
                    example = "2028-12-01") LocalDate warningOn,
            @Schema(description = "The day the certificate expires unless recertified: the day after its last valid day", example = "2029-07-01")
            LocalDate expiresOn) {
    }

    @Schema(name = "FollowUp", description = "The follow-up audit a grant with conditions asked for.")
    public record FollowUp(
            @Schema(description = "It must be submitted by this day", example = "2027-07-01") LocalDate dueOn,
            @Schema(description = "The day has passed and no follow-up audit was submitted") boolean overdue,
            @Schema(description = "A follow-up audit was submitted since the decision (and NVVK did not refuse on it)") boolean submitted,
            @Schema(description = "That follow-up audit, when the caller may open it", nullable = true) AuditMention submittedAudit) {
    }

    @Schema(name = "AuditMention", description = "An audit a schedule refers to.")
    public record AuditMention(
            UUID id,
            @Size(max = 100) @Pattern(regexp = AuditDtos.REFERENCE) @Schema(example = "KIWA-2027-0112") String reference,
            @Size(min = 2, max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(example = "KIWA") String certifyingBody) {
    }

    @Schema(name = "ScheduledAudit", description = "The next recertification audit (without a certificate in force: admission or initial audit) "
            + "a certifying body has planned, is carrying out or has submitted to NVVK; for a certifying body, its own. Id and reference are absent "
            + "when the caller may not open it (a member's audit before it is submitted).")
    public record ScheduledAudit(
            @Schema(description = "Absent when the caller may not open it", nullable = true) UUID id,
            @Size(max = 100) @Pattern(regexp = AuditDtos.REFERENCE) @Schema(example = "KIWA-2029-0031", nullable = true) String reference,
            @Size(min = 2, max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(example = "KIWA") String certifyingBody,
            AuditType type,
            AuditStatus status,
            @Schema(description = "The day of its first visit", example = "2029-02-12") LocalDate firstVisitOn) {
    }

    @Schema(name = "ImprovementActions", description = "The organisation's improvement actions on submitted and decided audits that are still its to do "
            + "(for a certifying body: on its own audits).")
    public record ImprovementActions(
            @Schema(description = "Open, submitted or rejected", minimum = "0", maximum = "100000", example = "3") int pending,
            @Schema(description = "Of those, past their due day", minimum = "0", maximum = "100000", example = "1") int overdue,
            @Schema(description = "The earliest due day among the overdue ones", example = "2027-01-31", nullable = true) LocalDate firstOverdueDueOn) {
    }
}
