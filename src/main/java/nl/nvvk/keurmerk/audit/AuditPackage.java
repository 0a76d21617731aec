package nl.nvvk.keurmerk.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole audit as a certifying body's system holds it: everything the audit report carries, its
 * finding per norm and the improvement actions on weighted findings. Pushed as one, keyed by the
 * body's own reference; the body itself is the one in the token, never one the package names.
 */
@Schema(name = "AuditPackage", description = "A whole audit as a certifying body's system pushes it: the report's fields, one finding per norm "
        + "and the improvement actions on weighted findings.", additionalProperties = Schema.False.class)
public record AuditPackage(
        @NotNull @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
        @Schema(description = "KvK number of the audited organisation, which NVVK has registered", example = "90000001") String organisation,
        @NotNull @Valid FrameworkVersion framework,
        @NotNull @Schema(description = "Soort onderzoek") AuditType type,
        @NotNull @Schema(description = "PLANNED or IN_PROGRESS; SUBMITTED asks to submit in the same call (the audit must then be complete)")
        AuditStatus status,
        @NotEmpty @Size(max = 13) @Schema(description = "The services the certificate's scope lists") Set<@NotNull ServiceType> scope,
        @NotEmpty @Size(max = 10) @Schema(description = "The on-site visits, planned or carried out") List<@NotNull @Valid Visit> visits,
        @Schema(description = "Date of the organisation's self-assessment (zelfscan)", example = "2023-03-17") LocalDate selfAssessmentOn,
        @Schema(description = "Date of the report; not before the first visit", example = "2023-06-28") LocalDate reportOn,
        @Schema(description = "Expiry of the previous certificate, if any", example = "2023-09-30") LocalDate previousCertificateExpiresOn,
        @Valid Hours hours,
        @Valid Staffing staffing,
        @Size(max = 20) List<@NotNull @Valid TeamMember> team,
        @Size(max = 50) @Schema(description = "Functions interviewed, with how many of each") List<@NotNull @Valid Interview> interviews,
        @Size(max = 10000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
        @Schema(description = "Schets organisatie", example = "Een kleine gemeente met een eveneens kleine afdeling schuldhulpverlening.") String organisationSketch,
        @Size(max = 10000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
        @Schema(description = "Verloop onderzoek", example = "Het onderzoek is conform planning verlopen.") String course,
        @Size(max = 20) @Schema(description = "Per performance area: conclusion, evidence and improvement points") List<@NotNull @Valid AreaConclusion> areas,
        @Size(max = 50) @Schema(description = "Follow-up of the previous audit's improvement points") List<@NotNull @Valid PreviousPoint> previousPoints,
        @Size(max = 10000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
        @Schema(description = "Beoordeelde plannen van aanpak", example = "Vervolgonderzoek, zie advies.") String improvementPlansAssessed,
        @Size(max = 4000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
        @Schema(description = "Terugkoppeling aan NVVK", example = "De toegevoegde waarde van de congresdag is beperkt.") String feedbackToNvvk,
        @Valid Advice advice,
        @Valid SignOff signOff,
        @Size(max = 500) @Schema(description = "One finding per norm") List<@NotNull @Valid FindingEntry> findings) {

    @Schema(name = "FrameworkVersion", description = "A published version of a framework.", additionalProperties = Schema.False.class)
    public record FrameworkVersion(
            @NotBlank @Size(max = 40) @Pattern(regexp = Formats.FRAMEWORK_CODE, message = Formats.FRAMEWORK_CODE_MESSAGE)
            @Schema(example = "KWALITEITSKADER") String code,
            @NotBlank @Size(max = 11) @Pattern(regexp = Formats.FRAMEWORK_VERSION, message = Formats.FRAMEWORK_VERSION_MESSAGE)
            @Schema(example = "1.1") String version) {
    }

    @Schema(name = "AuditVisit", description = "An on-site visit (audit locatie).", additionalProperties = Schema.False.class)
    public record Visit(
            @NotNull @Schema(example = "2023-06-16") LocalDate visitedOn,
            @Size(max = 300) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE)
            @Schema(example = "Raadhuis, Werk & Inkomen") String description) {
    }

    @Schema(name = "AuditHours", description = "Hours spent (tijdbesteding).", additionalProperties = Schema.False.class)
    public record Hours(
            @DecimalMin("0") @DecimalMax("9999.9") @Digits(integer = 4, fraction = 1) @Schema(example = "4.5") BigDecimal online,
            @DecimalMin("0") @DecimalMax("9999.9") @Digits(integer = 4, fraction = 1) @Schema(example = "16") BigDecimal total) {
    }

    @Schema(name = "AuditStaffing", description = "Staffing (inzet formatie) in FTE.", additionalProperties = Schema.False.class)
    public record Staffing(
            @DecimalMin("0") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2)
            @Schema(description = "Professionals in financial help, permanent and temporary", example = "3") BigDecimal professionals,
            @DecimalMin("0") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2)
            @Schema(description = "Supporting staff", example = "0.7") BigDecimal support,
            @DecimalMin("0") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2)
            @Schema(description = "Management and control", example = "0.7") BigDecimal management) {
    }

    @Schema(name = "AuditTeamMember", description = "A member of the audit team.", additionalProperties = Schema.False.class)
    public record TeamMember(
            @NotBlank @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE)
            @Schema(example = "Anouk Auditvelde") String name,
            @NotNull TeamRole role) {
    }

    @Schema(name = "AuditInterview", description = "A function interviewed, and how many people in it.", additionalProperties = Schema.False.class)
    public record Interview(
            @NotBlank @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE)
            @Schema(example = "teamleider") String function,
            @NotNull @Min(1) @Max(999) @Schema(example = "1") Integer interviewees) {
    }

    @Schema(name = "AuditAreaConclusion", description = "The conclusion for one performance area, with its evidence (onderbouwing) and improvement points.",
            additionalProperties = Schema.False.class)
    public record AreaConclusion(
            @NotNull @Min(1) @Max(99) @Schema(description = "Number of the performance area", example = "1") Integer area,
            @Size(max = 10000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "De organisatie voert de werkzaamheden uit aan de hand van de Wgs en de beleidsregels.") String conclusion,
            @Size(max = 50) @Schema(description = "Systems, documents, files and interviews seen")
            List<@NotBlank @Size(max = 300) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE) String> evidence,
            @Size(max = 50) @Schema(description = "Points that call for improvement or are in development")
            List<@NotBlank @Size(max = 2000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE) String> improvementPoints,
            @Min(1) @Max(4) @Schema(description = "Ontwikkelniveau of the area, 1 to 4 (vocabulary developmentLevel); required to submit where the "
                    + "framework version asks its audits to score levels (developmentLevelsRequiredFrom), optional elsewhere", example = "2")
            Integer developmentLevel) {
    }

    @Schema(name = "AuditPreviousPoint", description = "An improvement point of the previous audit and what became of it.",
            additionalProperties = Schema.False.class)
    public record PreviousPoint(
            @NotBlank @Size(max = 2000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Werkinstructies actualiseren") String point,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Alle werkinstructies zijn in 2023 herschreven.") String followUp,
            @NotNull @Schema(example = "true") Boolean resolved) {
    }

    @Schema(name = "AuditAdvice", description = "The advice to NVVK: conditions and a follow-up due date go with a positive advice with conditions.",
            additionalProperties = Schema.False.class)
    public record Advice(
            @NotNull AdviceOutcome outcome,
            @Size(max = 10000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Positief advies met meeweging van de ontwikkelingen van het team.") String motivation,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Een vervolgonderzoek één jaar na dit onderzoek.") String conditions,
            @Schema(description = "When the follow-up audit is due", example = "2024-06-16") LocalDate followUpDueOn) {
    }

    @Schema(name = "AuditSignOff", description = "Ondertekening.", additionalProperties = Schema.False.class)
    public record SignOff(
            @Size(max = 100) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE) @Schema(example = "Rijswijk") String place,
            @Schema(example = "2023-06-28") LocalDate signedOn,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE)
            @Schema(description = "Name and role of who signed", example = "Anouk Auditvelde, teamleider") String signedBy) {
    }

    @Schema(name = "FindingEntry", description = "The finding on one norm, with the improvement actions a weighted finding needs.",
            additionalProperties = Schema.False.class)
    public record FindingEntry(
            @NotBlank @Size(max = 5) @Pattern(regexp = Formats.NORM_NUMBER, message = Formats.NORM_NUMBER_MESSAGE)
            @Schema(description = "Number of the norm in the audit's framework version", example = "1.4") String norm,
            @NotNull Classification classification,
            @Schema(description = "Kanttekening, afwijking or tekortkoming; absent when the finding is not weighted") Weight weight,
            @Size(max = 10000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Nieuw beleidsplan 2023 gezien. Document niet geïdentificeerd.") String narrative,
            @Min(1) @Max(4) @Schema(description = "Ontwikkelniveau, 1 to 4, when assessed", example = "2") Integer developmentLevel,
            @Size(max = 20) @Schema(description = "Improvement actions (plan van aanpak); only on a weighted finding")
            List<@NotNull @Valid ActionEntry> actions) {
    }

    @Schema(name = "ActionEntry", description = "An improvement action; its due date follows from the finding's weight.",
            additionalProperties = Schema.False.class)
    public record ActionEntry(
            @NotBlank @Size(max = 4000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Documentidentificatie en versiebeheer invoeren voor beleidsstukken") String description,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE)
            @Schema(description = "Who at the organisation sees to it", example = "teamleider Werk & Inkomen") String owner) {
    }
}
