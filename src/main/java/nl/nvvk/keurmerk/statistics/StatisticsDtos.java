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
            @Schema(description = "The report day of an audit; the day a self-assessment was shared", example = "2023-06-28") LocalDate on,
            @Schema(description = "An audit's type; absent for a self-assessment") AuditType auditType,
            @Schema(description = "An audit's status; absent for a self-assessment") AuditStatus status,
            @Size(max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(description = "An audit's certifying body", example = "KIWA") String certifyingBody,
            @Schema(description = "NVVK's decision on a decided audit") DecisionOutcome decision) {
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
                    + "from the row's; absent on area rows", example = "1.1") String normNumber,
            @Schema(description = "An audit's classification") Classification classification,
            @Schema(description = "An audit's weight of a finding that does not meet the norm") Weight weight,
            @Min(1) @Max(4) @Schema(description = "Development level: the audit's, or the organisation's own in a self-assessment", example = "2")
            Integer developmentLevel) {
    }

    @Schema(name = "ComparedNormRow", description = "One norm's results across the columns. carried says whether the norm is carried over "
            + "from an older version compared, new in the newest, or retired before it.")
    public record NormRow(NormRef norm, Carried carried,
                          @Size(max = 10000) @Schema(description = "The columns with a result on this norm or on a norm it descends from") List<Result> results) {
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
