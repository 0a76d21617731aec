package nl.nvvk.keurmerk.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.audit.AuditPackage.Advice;
import nl.nvvk.keurmerk.audit.AuditPackage.Hours;
import nl.nvvk.keurmerk.audit.AuditPackage.Interview;
import nl.nvvk.keurmerk.audit.AuditPackage.PreviousPoint;
import nl.nvvk.keurmerk.audit.AuditPackage.SignOff;
import nl.nvvk.keurmerk.audit.AuditPackage.Staffing;
import nl.nvvk.keurmerk.audit.AuditPackage.TeamMember;
import nl.nvvk.keurmerk.audit.AuditPackage.Visit;
import nl.nvvk.keurmerk.certificate.CertificateDtos.CertificateRef;
import nl.nvvk.keurmerk.framework.FrameworkDtos.FrameworkRef;
import nl.nvvk.keurmerk.framework.NormCatalogue;
import nl.nvvk.keurmerk.framework.NormCatalogue.CatalogueNorm;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What audits look like on the wire; the package a body pushes is {@link AuditPackage}. */
public final class AuditDtos {
    private AuditDtos() {
    }

    public static final String REFERENCE = "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$";
    static final String REFERENCE_MESSAGE = "must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit";

    @Schema(name = "AuditReceipt", description = "What a push did: the audit it created or changed, or left as it was because the same package came again.")
    public record AuditReceipt(
            UUID id,
            @Size(max = 100) @Pattern(regexp = REFERENCE) @Schema(description = "The certifying body's own reference", example = "KIWA-2023-0417") String reference,
            @Size(max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(example = "KIWA") String certifyingBody,
            @Size(max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(description = "KvK number of the audited organisation", example = "90000001") String organisation,
            AuditStatus status,
            @Schema(description = "When the audit last changed") Instant updatedAt) {

        static AuditReceipt from(Audit audit) {
            return new AuditReceipt(audit.id, audit.reference, audit.bodyCode, audit.organisationKvk, audit.status, audit.updatedAt);
        }
    }

    @Schema(name = "AuditSummary", description = "An audit as lists show it.")
    public record AuditSummary(
            UUID id,
            @Size(max = 100) @Pattern(regexp = REFERENCE) @Schema(example = "KIWA-2023-0417") String reference,
            @Size(max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(example = "KIWA") String certifyingBody,
            @Size(max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(example = "90000001") String organisation,
            @Schema(description = "Id of the framework version audited against") UUID frameworkId,
            AuditType type,
            AuditStatus status,
            @Schema(description = "The first on-site visit, planned or carried out", nullable = true) LocalDate firstVisitOn,
            @Schema(nullable = true) LocalDate reportOn,
            @Schema(nullable = true) AdviceOutcome advice,
            Instant updatedAt) {

        static AuditSummary from(Audit audit) {
            return new AuditSummary(audit.id, audit.reference, audit.bodyCode, audit.organisationKvk, audit.frameworkId, audit.type,
                    audit.status, audit.firstVisitOn, audit.reportOn, audit.advice, audit.updatedAt);
        }
    }

    @Schema(name = "Audit", description = "An audit with everything its report carries and its finding per norm.")
    public record AuditResponse(
            UUID id,
            @Size(max = 100) @Pattern(regexp = REFERENCE) @Schema(example = "KIWA-2023-0417") String reference,
            @Size(max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(example = "KIWA") String certifyingBody,
            @Size(max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(example = "90000001") String organisation,
            FrameworkRef framework,
            AuditType type,
            AuditStatus status,
            @Size(max = 13) Set<ServiceType> scope,
            @Size(max = 10) List<Visit> visits,
            @Schema(nullable = true) LocalDate selfAssessmentOn,
            @Schema(nullable = true) LocalDate reportOn,
            @Schema(nullable = true) LocalDate previousCertificateExpiresOn,
            @Schema(nullable = true) Hours hours,
            @Schema(nullable = true) Staffing staffing,
            @Size(max = 20) List<TeamMember> team,
            @Size(max = 50) List<Interview> interviews,
            @Size(max = 10000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Een kleine gemeente met een eveneens kleine afdeling schuldhulpverlening.", nullable = true)
            String organisationSketch,
            @Size(max = 10000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Het onderzoek is conform planning verlopen.", nullable = true) String course,
            @Size(max = 20) @Schema(description = "Per performance area concluded, in area order") List<AreaConclusionResponse> areas,
            @Size(max = 50) List<PreviousPoint> previousPoints,
            @Size(max = 10000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Vervolgonderzoek, zie advies.", nullable = true) String improvementPlansAssessed,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT) @Schema(example = "De toegevoegde waarde van de congresdag is beperkt.", nullable = true) String feedbackToNvvk,
            @Schema(nullable = true) Advice advice,
            @Schema(nullable = true) SignOff signOff,
            @Size(max = 500) @Schema(description = "One finding per norm, in norm order") List<FindingResponse> findings,
            Instant createdAt,
            Instant updatedAt,
            @Schema(nullable = true) Instant submittedAt,
            @Schema(description = "NVVK's decision, once the audit is decided", nullable = true) Decision decision) {

        static AuditResponse from(Audit audit, NormCatalogue catalogue, SelfAssessmentService.Shared selfAssessed, LocalDate today, CertificateRef certificate) {
            // The catalogue is in norm order: walking it orders the findings without a sort.
            Map<UUID, Finding> byNorm = audit.findings.stream().collect(Collectors.toMap(f -> f.normId, Function.identity()));
            List<FindingResponse> findings = catalogue.norms().stream().filter(norm -> byNorm.containsKey(norm.id()))
                    .map(norm -> FindingResponse.from(byNorm.get(norm.id()), norm, selfAssessed.norms().get(norm.id()), today))
                    .toList();
            return new AuditResponse(audit.id, audit.reference, audit.bodyCode, audit.organisationKvk,
                    new FrameworkRef(catalogue.frameworkId(), catalogue.code(), catalogue.version()), audit.type, audit.status,
                    new TreeSet<>(audit.scope),
                    audit.visits.stream().map(v -> new Visit(v.visitedOn(), v.description())).toList(),
                    audit.selfAssessmentOn, audit.reportOn, audit.previousCertificateExpiresOn,
                    audit.hoursOnline == null && audit.hoursTotal == null ? null : new Hours(audit.hoursOnline, audit.hoursTotal),
                    audit.fteProfessionals == null && audit.fteSupport == null && audit.fteManagement == null ? null
                            : new Staffing(audit.fteProfessionals, audit.fteSupport, audit.fteManagement),
                    audit.team.stream().map(m -> new TeamMember(m.name(), m.role())).toList(),
                    audit.interviews.stream().map(i -> new Interview(i.function(), i.interviewees())).toList(),
                    audit.organisationSketch, audit.course,
                    audit.areas.stream().map(a -> AreaConclusionResponse.from(a, catalogue, selfAssessed.areas().get(a.areaNumber()))).toList(),
                    audit.previousPoints.stream().map(p -> new PreviousPoint(p.point(), p.followUp(), p.resolved())).toList(),
                    audit.improvementPlansAssessed, audit.feedbackToNvvk,
                    audit.advice == null ? null : new Advice(audit.advice, audit.adviceMotivation, audit.adviceConditions, audit.followUpDueOn),
                    audit.signedAtPlace == null && audit.signedOn == null && audit.signedBy == null ? null
                            : new SignOff(audit.signedAtPlace, audit.signedOn, audit.signedBy),
                    findings, audit.createdAt, audit.updatedAt, audit.submittedAt,
                    audit.decision == null ? null : new Decision(audit.decision, audit.decisionMotivation, audit.decisionConditions,
                            audit.conditionsFollowUpDueOn, audit.decidedAt, certificate));
        }
    }

    @Schema(name = "AuditArea", description = "The auditor's conclusion for one performance area, its evidence, improvement points and "
            + "development level, beside the organisation's own view of the area.")
    public record AreaConclusionResponse(
            @Min(1) @Max(99) @Schema(description = "Number of the performance area", example = "1") int area,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Koers", nullable = true) String title,
            @Size(max = 10000) @Pattern(regexp = Formats.TEXT)
            @Schema(example = "De organisatie voert de werkzaamheden uit aan de hand van de Wgs en de beleidsregels.", nullable = true) String conclusion,
            @Size(max = 50) @Schema(description = "Systems, documents, files and interviews seen")
            List<@Size(max = 300) @Pattern(regexp = Formats.ONE_LINE) String> evidence,
            @Size(max = 50) @Schema(description = "Points that call for improvement or are in development")
            List<@Size(max = 2000) @Pattern(regexp = Formats.TEXT) String> improvementPoints,
            @Min(1) @Max(4) @Schema(description = "Ontwikkelniveau the auditor gave the area, when scored (vocabulary developmentLevel)", example = "2", nullable = true)
            Integer developmentLevel,
            @Schema(description = "The area in the organisation's latest shared self-assessment; absent when it shared none or left the area out", nullable = true)
            SelfAssessed selfAssessment) {

        static AreaConclusionResponse from(Audit.AreaConclusion area, NormCatalogue catalogue, SelfAssessed selfAssessed) {
            return new AreaConclusionResponse(area.areaNumber(), catalogue.area(area.areaNumber()).map(NormCatalogue.CatalogueArea::title).orElse(null),
                    area.conclusion(), area.evidence(), area.improvementPoints(), area.developmentLevel(), selfAssessed);
        }
    }

    @Schema(name = "DecisionRequest", description = "NVVK's decision on a submitted audit.")
    public record DecisionRequest(
            @NotNull @Schema(description = "GRANT and GRANT_WITH_CONDITIONS issue a certificate; REFUSE does not", example = "GRANT_WITH_CONDITIONS")
            DecisionOutcome outcome,
            @NotBlank @Size(max = 10000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(description = "Why NVVK decides so", example = "Het onderzoek toont aan dat de organisatie voldoet aan het kwaliteitskader.") String motivation,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(description = "Required with GRANT_WITH_CONDITIONS, absent otherwise", example = "Vervolgonderzoek naar de normen 1.4 en 4.3.")
            String conditions,
            @Schema(description = "With GRANT_WITH_CONDITIONS: when the follow-up audit is due; 12 months after the decision when absent "
                    + "(keurmerk.certification.follow-up-after); after the day of the decision", example = "2027-06-30") LocalDate followUpDueOn) {
    }

    @Schema(name = "Decision", description = "NVVK's decision on the audit, and the certificate a grant issued.")
    public record Decision(
            @Schema(description = "What NVVK decided", example = "GRANT_WITH_CONDITIONS") DecisionOutcome outcome,
            @Size(max = 10000) @Pattern(regexp = Formats.TEXT)
            @Schema(description = "Why NVVK decided so", example = "Het onderzoek toont aan dat de organisatie voldoet aan het kwaliteitskader.")
            String motivation,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Vervolgonderzoek naar de normen 1.4 en 4.3.", nullable = true) String conditions,
            @Schema(description = "When the follow-up audit of a grant with conditions is due", example = "2027-06-30", nullable = true) LocalDate followUpDueOn,
            @Schema(description = "When NVVK decided") Instant decidedAt,
            @Schema(description = "The certificate the grant issued, when the caller may see it; absent after a refusal", nullable = true) CertificateRef certificate) {
    }

    @Schema(name = "AuditNorm", description = "The norm a finding is on.")
    public record NormItem(
            UUID id,
            @Size(max = 5) @Pattern(regexp = Formats.NORM_NUMBER) @Schema(example = "1.4") String number,
            @Size(max = 80) @Pattern(regexp = Formats.NORM_KEY) @Schema(example = "formuleren-missie-visie-en-strategie") String key,
            @Min(1) @Max(99) @Schema(description = "Number of its performance area", example = "1") int area,
            @Size(max = 300) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Formuleren missie, visie en strategie") String title) {

        static NormItem from(CatalogueNorm norm) {
            return new NormItem(norm.id(), norm.number(), norm.key(), norm.area(), norm.title());
        }
    }

    /** What the organisation's latest shared self-assessment says of a norm. */
    @Schema(name = "SelfAssessed", description = "The organisation's own assessment of the norm, from its latest shared self-assessment.")
    public record SelfAssessed(
            @Min(1) @Max(4) @Schema(description = "Ontwikkelniveau the organisation gave itself", example = "2", nullable = true) Integer level,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Beleidsplan is vastgesteld; versiebeheer ontbreekt nog.", nullable = true) String comment) {
    }

    @Schema(name = "Finding", description = "The auditor's finding on one norm, beside the organisation's self-assessment of it.")
    public record FindingResponse(
            UUID id,
            NormItem norm,
            Classification classification,
            @Schema(nullable = true) Weight weight,
            @Size(max = 10000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Nieuw beleidsplan 2023 gezien. Document niet geïdentificeerd.", nullable = true) String narrative,
            @Min(1) @Max(4) @Schema(example = "2", nullable = true) Integer developmentLevel,
            @Schema(description = "Absent when the organisation shared no self-assessment of this framework version", nullable = true) SelfAssessed selfAssessment,
            @Size(max = 20) List<ActionResponse> actions) {

        static FindingResponse from(Finding finding, CatalogueNorm norm, SelfAssessed selfAssessed, LocalDate today) {
            return new FindingResponse(finding.id, NormItem.from(norm), finding.classification, finding.weight, finding.narrative,
                    finding.developmentLevel == null ? null : (int) finding.developmentLevel, selfAssessed,
                    finding.actions.stream().map(a -> ActionResponse.from(a, today)).toList());
        }
    }

    @Schema(name = "ImprovementAction", description = "An improvement action on a weighted finding; overdue is read from today's date.")
    public record ActionResponse(
            UUID id,
            @Size(max = 5) @Pattern(regexp = Formats.NORM_NUMBER) @Schema(description = "The norm of its finding", example = "1.4") String norm,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Documentidentificatie en versiebeheer invoeren voor beleidsstukken")
            String description,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "teamleider Werk & Inkomen", nullable = true) String owner,
            @Schema(description = "Follows from the finding's weight and the report date") LocalDate dueOn,
            ActionStatus status,
            @Schema(description = "Past its due date and not accepted or closed, as of today (Europe/Amsterdam)") boolean overdue,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT) @Schema(description = "What the organisation reported", example = "Versiebeheer is ingevoerd per 1 september.", nullable = true)
            String progress,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT) @Schema(description = "The certifying body's judgement", example = "Aangetoond met het documentregister.", nullable = true)
            String assessment,
            Instant updatedAt) {

        static ActionResponse from(ImprovementAction action, LocalDate today) {
            return new ActionResponse(action.id, action.finding.normNumber, action.description, action.owner, action.dueOn, action.status,
                    action.isOverdueOn(today), action.progress, action.assessment, action.updatedAt);
        }
    }
}
