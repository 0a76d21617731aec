package nl.nvvk.keurmerk.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.audit.AuditDtos.NormItem;
import nl.nvvk.keurmerk.audit.AuditPackage.FrameworkVersion;
import nl.nvvk.keurmerk.framework.FrameworkDtos.FrameworkRef;
import nl.nvvk.keurmerk.framework.NormCatalogue;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What self-assessments look like on the wire. */
public final class SelfAssessmentDtos {
    private SelfAssessmentDtos() {
    }

    @Schema(name = "SelfAssessmentRequest", description = "Starts a draft self-assessment of a framework version for the member's own organisation.",
            additionalProperties = Schema.False.class)
    public record SelfAssessmentRequest(@NotNull @Valid FrameworkVersion framework) {
    }

    @Schema(name = "SelfAssessedNorm", description = "The organisation's own view of one norm: its development level and a comment.",
            additionalProperties = Schema.False.class)
    public record SelfAssessedNorm(
            @Min(1) @Max(4) @Schema(description = "Ontwikkelniveau, 1 to 4", example = "2") Integer level,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Beleidsplan is vastgesteld; versiebeheer ontbreekt nog.") String comment) {
    }

    @Schema(name = "SelfAssessmentEntry", description = "One norm as the organisation assessed it.")
    public record EntryResponse(
            NormItem norm,
            @Min(1) @Max(4) @Schema(example = "2") Integer level,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Beleidsplan is vastgesteld; versiebeheer ontbreekt nog.") String comment) {
    }

    @Schema(name = "SelfAssessment", description = "A member organisation's self-assessment (zelfscan) of a framework version.")
    public record SelfAssessmentResponse(
            UUID id,
            @Size(max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(description = "KvK number of the organisation", example = "90000001") String organisation,
            FrameworkRef framework,
            SelfAssessmentStatus status,
            @Size(max = 500) @Schema(description = "The norms assessed so far, in norm order") List<EntryResponse> entries,
            Instant createdAt,
            Instant updatedAt,
            Instant sharedAt) {

        static SelfAssessmentResponse from(SelfAssessment assessment, NormCatalogue catalogue) {
            // The catalogue is in norm order: walking it orders the entries without a sort.
            Map<UUID, SelfAssessment.Entry> byNorm = assessment.entries.stream()
                    .collect(Collectors.toMap(entry -> entry.normId, Function.identity()));
            List<EntryResponse> entries = catalogue.norms().stream().filter(norm -> byNorm.containsKey(norm.id()))
                    .map(norm -> {
                        SelfAssessment.Entry entry = byNorm.get(norm.id());
                        return new EntryResponse(NormItem.from(norm), entry.level == null ? null : (int) entry.level, entry.comment);
                    })
                    .toList();
            return new SelfAssessmentResponse(assessment.id, assessment.organisationKvk,
                    new FrameworkRef(catalogue.frameworkId(), catalogue.code(), catalogue.version()), assessment.status, entries,
                    assessment.createdAt, assessment.updatedAt, assessment.sharedAt);
        }
    }

    @Schema(name = "SelfAssessmentSummary", description = "A self-assessment as lists show it.")
    public record SelfAssessmentSummary(
            UUID id,
            @Size(max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(example = "90000001") String organisation,
            @Schema(description = "Id of the framework version assessed") UUID frameworkId,
            SelfAssessmentStatus status,
            @Min(0) @Max(500) @Schema(description = "How many norms are assessed", example = "50") int assessedNorms,
            Instant createdAt,
            Instant updatedAt,
            Instant sharedAt) {

        static SelfAssessmentSummary from(SelfAssessment assessment) {
            return new SelfAssessmentSummary(assessment.id, assessment.organisationKvk, assessment.frameworkId, assessment.status,
                    assessment.entries.size(), assessment.createdAt, assessment.updatedAt, assessment.sharedAt);
        }
    }
}
