package nl.nvvk.keurmerk.statistics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.nvvk.keurmerk.audit.AuditStatus;
import nl.nvvk.keurmerk.audit.AuditType;
import nl.nvvk.keurmerk.audit.Classification;
import nl.nvvk.keurmerk.audit.DecisionOutcome;
import nl.nvvk.keurmerk.audit.Weight;
import nl.nvvk.keurmerk.framework.FrameworkDtos.AreaRef;
import nl.nvvk.keurmerk.framework.FrameworkDtos.FrameworkRef;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What comparisons and statistics look like on the wire. */
public final class StatisticsDtos {
    private StatisticsDtos() {
    }

    /** What a column of a comparison is. */
    public enum ColumnKind { AUDIT, SELF_ASSESSMENT }

    @Schema(name = "ComparedOrganisation", description = "The organisation compared.")
    public record OrganisationView(
            @Size(max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(example = "90000001") String kvkNumber,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Gemeente Zonnedijk") String name) {
    }

    @Schema(name = "ComparisonColumn", description = "One audit (submitted or decided) or shared self-assessment of the organisation, in the "
            + "order they were reported or shared.")
    public record Column(
            @Min(0) @Max(10000) @Schema(description = "Its place in the comparison: what results[].column refers to", example = "0") int index,
            ColumnKind kind,
            UUID id,
            FrameworkRef framework,
            @Schema(description = "The report day of an audit; the day a self-assessment was shared", example = "2023-06-28", nullable = true) LocalDate on,
            @Schema(description = "An audit's type; absent for a self-assessment", nullable = true) AuditType auditType,
            @Schema(description = "An audit's status; absent for a self-assessment", nullable = true) AuditStatus status,
            @Size(max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(description = "An audit's certifying body", example = "KIWA", nullable = true) String certifyingBody,
            @Schema(description = "NVVK's decision on a decided audit", nullable = true) DecisionOutcome decision) {
    }

    @Schema(name = "ComparedNorm", description = "A norm as the comparison lines it up: a norm of the newest version compared, or one retired before it.")
    public record NormRef(
            UUID id,
            @Size(max = 5) @Pattern(regexp = Formats.NORM_NUMBER) @Schema(example = "1.1") String number,
            @Size(max = 80) @Pattern(regexp = Formats.NORM_KEY) @Schema(example = "voldoen-aan-wet-en-regelgeving") String key,
            @Size(max = 500) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Voldoen aan wet- en regelgeving") String title,
            @Size(max = 11) @Pattern(regexp = Formats.FRAMEWORK_VERSION) @Schema(description = "The version the norm is of", example = "1.1") String version) {
    }

    @Schema(name = "ComparedResult", description = "One column's result on a row's norm (under the number that version gave it) or area.")
    public record Result(
            @Min(0) @Max(10000) @Schema(description = "Index of the column", example = "0") int column,
            @Size(max = 5) @Pattern(regexp = Formats.NORM_NUMBER) @Schema(description = "The norm's number in the column's version, which may differ "
                    + "from the row's; absent on area rows", example = "1.1", nullable = true) String normNumber,
            @Schema(description = "An audit's classification", nullable = true) Classification classification,
            @Schema(description = "An audit's weight of a finding that does not meet the norm", nullable = true) Weight weight,
            @Min(1) @Max(4) @Schema(description = "Development level: the audit's, or the organisation's own in a self-assessment", example = "2", nullable = true)
            Integer developmentLevel) {
    }

    @Schema(name = "ComparedNormRow", description = "One norm's results across the columns. carried says whether the norm is carried over "
            + "from an older version compared, new in the newest, or retired before it.")
    public record NormRow(NormRef norm, Carried carried,
                          @Size(max = 10000) @Schema(description = "The columns with a result on this norm or on a norm it descends from") List<Result> results,
                          @Schema(description = "The sector's figures for the same norm in one closed year; absent on retired norms", nullable = true) SectorFigure sector) {
    }

    @Schema(name = "SectorFigure", description = "How the organisations decided on in one closed calendar year against the norm's version were "
            + "classified on it, each organisation once (its last decision that year). Anonymised: with fewer than 5 organisations nothing "
            + "is shown; the classifications are shown only all together, when each describes none or at least 5 organisations and leaves "
            + "at least 5 outside it; otherwise only the number of organisations.")
    public record SectorFigure(
            @Min(1900) @Max(2999) @Schema(description = "The calendar year of the decisions", example = "2025") int year,
            @Min(0) @Max(1000000) @Schema(description = "Organisations with a finding on the norm; absent when fewer than 5", example = "48", nullable = true) Integer organisations,
            @Size(max = 3) List<SectorCell> classifications) {
    }

    @Schema(name = "SectorCell", description = "Organisations with one classification; absent when left out.")
    public record SectorCell(Classification classification,
                             @Min(0) @Max(1000000) @Schema(description = "How many; absent when the row's figures are left out", example = "41", nullable = true) Integer organisations) {
    }

    @Schema(name = "ClassificationCount", description = "Audits with one classification on a norm.")
    public record ClassificationCount(Classification classification, @Min(0) @Max(100000000) @Schema(example = "8412") int audits) {
    }

    @Schema(name = "WeightCount", description = "Audits with a finding of one weight on a norm.")
    public record WeightCount(Weight weight, @Min(0) @Max(100000000) @Schema(example = "312") int audits) {
    }

    @Schema(name = "NormFigure", description = "One norm's classifications and weights over the decided audits counted.")
    public record NormFigure(NormRef norm,
                             @Min(0) @Max(100000000) @Schema(description = "Decided audits with a finding on it", example = "9120") int audits,
                             @Size(max = 3) List<ClassificationCount> classifications,
                             @Size(max = 3) List<WeightCount> weights) {
    }

    @Schema(name = "NormFigures", description = "Per norm of one framework version, the distribution of classifications and weights over decided "
            + "audits, as NVVK filters them. With lineage, audits of older versions count on the norms that descend from theirs.")
    public record NormFigures(FrameworkRef framework, boolean lineage,
                              @Min(0) @Max(100000000) @Schema(description = "Decided audits counted", example = "10000") int audits,
                              @Size(max = 1000) List<NormFigure> norms) {
    }

    @Schema(name = "LevelAudits", description = "Audits that scored one development level on an area.")
    public record LevelAudits(@Min(1) @Max(9) @Schema(example = "2") int level, @Min(0) @Max(100000000) @Schema(example = "180") int audits) {
    }

    @Schema(name = "AreaFigure", description = "One performance area's development levels over the decided audits counted.")
    public record AreaFigure(AreaRef area,
                             @Min(0) @Max(100000000) @Schema(description = "Audits that scored a level on it", example = "400") int levelled,
                             @Size(max = 9) @Schema(description = "Per level, lowest first") List<LevelAudits> levels) {
    }

    @Schema(name = "AreaFigures", description = "Per performance area of one framework version, the development levels decided audits scored.")
    public record AreaFigures(FrameworkRef framework,
                              @Min(0) @Max(100000000) @Schema(description = "Decided audits counted", example = "10000") int audits,
                              @Size(max = 99) List<AreaFigure> areas) {
    }

    @Schema(name = "DecisionFigure", description = "NVVK's decisions on one certifying body's audits in one calendar year: how many, and the "
            + "share granted with conditions and refused (for calibration between bodies).")
    public record DecisionFigure(
            @Size(max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(example = "KIWA") String certifyingBody,
            @Min(1900) @Max(2999) @Schema(example = "2025") int year,
            @Min(0) @Max(100000000) @Schema(example = "120") int decided,
            @Min(0) @Max(100000000) @Schema(example = "96") int granted,
            @Min(0) @Max(100000000) @Schema(example = "18") int grantedWithConditions,
            @Min(0) @Max(100000000) @Schema(example = "6") int refused,
            @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("1")
            @Schema(description = "grantedWithConditions / decided, to three decimals", example = "0.150") java.math.BigDecimal withConditionsShare,
            @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("1")
            @Schema(description = "refused / decided, to three decimals", example = "0.050") java.math.BigDecimal refusedShare) {
    }

    @Schema(name = "DecisionFigures", description = "NVVK's decisions per certifying body and calendar year, body by body, oldest year first.")
    public record DecisionFigures(@Size(max = 100000) List<DecisionFigure> rows) {
    }

    @Schema(name = "ActionFigure", description = "The improvement actions on findings of one weight: how many, how many closed and how long "
            + "that took (days from the audit's report date to the closing, median and 90th percentile by nearest rank; absent when none "
            + "closed), and how many the organisation still has to act on (open, submitted or rejected), of which overdue on the day asked.")
    public record ActionFigure(Weight weight,
                               @Min(0) @Max(100000000) @Schema(example = "4200") int actions,
                               @Min(0) @Max(100000000) @Schema(example = "3900") int closed,
                               @Min(0) @Max(100000) @Schema(description = "Median days to close", example = "71", nullable = true) Integer medianDaysToClose,
                               @Min(0) @Max(100000) @Schema(description = "90th percentile of days to close", example = "160", nullable = true) Integer p90DaysToClose,
                               @Min(0) @Max(100000000) @Schema(example = "300") int pending,
                               @Min(0) @Max(100000000) @Schema(description = "Pending and past their due date", example = "42") int overdue) {
    }

    @Schema(name = "ActionFigures", description = "The improvement actions of decided audits per weight of their finding, as NVVK filters the audits.")
    public record ActionFigures(@Schema(description = "The day overdue is counted on (today)", example = "2026-12-07") java.time.LocalDate on,
                                @Size(max = 3) List<ActionFigure> weights) {
    }

    @Schema(name = "ComparedAreaRow", description = "One performance area's development levels across the columns.")
    public record AreaRow(AreaRef area, @Size(max = 10000) List<Result> results) {
    }

    @Schema(name = "OrganisationComparison", description = "An organisation's own results per norm and per performance area across its audits and "
            + "shared self-assessments of one framework, lined up by the norms' successor chains: a result on a 1.1 norm stands beside its "
            + "successor in a later version.")
    public record Comparison(
            OrganisationView organisation,
            @Size(max = 40) @Pattern(regexp = Formats.FRAMEWORK_CODE) @Schema(example = "KWALITEITSKADER") String framework,
            @Size(max = 10000) List<Column> columns,
            @Size(max = 1000) @Schema(description = "The newest compared version's norms in norm order, then the retired ones") List<NormRow> norms,
            @Size(max = 99) @Schema(description = "The newest compared version's performance areas in number order") List<AreaRow> areas) {
    }
}
