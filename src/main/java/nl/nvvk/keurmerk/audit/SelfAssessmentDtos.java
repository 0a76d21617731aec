package nl.nvvk.keurmerk.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.audit.AuditDtos.NormItem;
import nl.nvvk.keurmerk.audit.AuditPackage.FrameworkVersion;
import nl.nvvk.keurmerk.framework.FrameworkDtos.AreaRef;
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

    @Schema(name = "SelfAssessedLevel", description = "An own view of one norm or performance area: its development level and a comment.",
            additionalProperties = Schema.False.class)
    public record SelfAssessedLevel(
            @Min(1) @Max(4) @Schema(description = "Ontwikkelniveau, 1 to 4 (vocabulary developmentLevel)", example = "2") Integer level,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Beleidsplan is vastgesteld; versiebeheer ontbreekt nog.") String comment) {
    }

    @Schema(name = "SelfAssessmentEntry", description = "One norm as the organisation assessed it.")
    public record EntryResponse(
            NormItem norm,
            @Min(1) @Max(4) @Schema(example = "2", nullable = true) Integer level,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Beleidsplan is vastgesteld; versiebeheer ontbreekt nog.", nullable = true) String comment) {
    }

    @Schema(name = "SelfAssessmentArea", description = "One performance area as the organisation assessed it.")
    public record AreaEntryResponse(
            AreaRef area,
            @Min(1) @Max(4) @Schema(example = "2", nullable = true) Integer level,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Koers is vastgesteld; de doelen zijn nog niet meetbaar.", nullable = true) String comment) {

        static List<AreaEntryResponse> of(List<SelfAssessment.AreaEntry> areas, NormCatalogue catalogue) {
            // The catalogue is in area order: walking it orders the entries without a sort.
            Map<Integer, SelfAssessment.AreaEntry> byArea = areas.stream().collect(Collectors.toMap(a -> (int) a.areaNumber, Function.identity()));
            return catalogue.areas().stream().filter(area -> byArea.containsKey(area.number()))
                    .map(area -> {
                        SelfAssessment.AreaEntry entry = byArea.get(area.number());
                        return new AreaEntryResponse(new AreaRef(area.number(), area.title()), entry.level == null ? null : (int) entry.level, entry.comment);
                    })
                    .toList();
        }
    }

    @Schema(name = "SelfAssessment", description = "A member organisation's self-assessment (zelfscan) of a framework version.")
    public record SelfAssessmentView(
            UUID id,
            @Size(max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(description = "KvK number of the organisation", example = "90000001") String organisation,
            FrameworkRef framework,
            SelfAssessmentStatus status,
            @Size(max = 500) @Schema(description = "The norms assessed so far, in norm order") List<EntryResponse> entries,
            @Size(max = 20) @Schema(description = "The performance areas assessed so far, in area order") List<AreaEntryResponse> areas,
            Instant createdAt,
            Instant updatedAt,
            @Schema(nullable = true) Instant sharedAt,
            @Schema(description = "To a member: their own answers to it, once they opened them (only they read those); absent otherwise", nullable = true)
            ResponseRef myResponse) {

        static SelfAssessmentView from(SelfAssessment assessment, NormCatalogue catalogue) {
            return from(assessment, catalogue, null);
        }

        static SelfAssessmentView from(SelfAssessment assessment, NormCatalogue catalogue, ResponseRef myResponse) {
            // The catalogue is in norm order: walking it orders the entries without a sort.
            Map<UUID, SelfAssessment.Entry> byNorm = assessment.entries.stream()
                    .collect(Collectors.toMap(entry -> entry.normId, Function.identity()));
            List<EntryResponse> entries = catalogue.norms().stream().filter(norm -> byNorm.containsKey(norm.id()))
                    .map(norm -> {
                        SelfAssessment.Entry entry = byNorm.get(norm.id());
                        return new EntryResponse(NormItem.from(norm), entry.level == null ? null : (int) entry.level, entry.comment);
                    })
                    .toList();
            return new SelfAssessmentView(assessment.id, assessment.organisationKvk,
                    new FrameworkRef(catalogue.frameworkId(), catalogue.code(), catalogue.version()), assessment.status, entries,
                    AreaEntryResponse.of(assessment.areas, catalogue), assessment.createdAt, assessment.updatedAt, assessment.sharedAt, myResponse);
        }
    }

    @Schema(name = "SelfAssessmentResponseRef", description = "A colleague's own answers, as the self-assessment names them to that colleague.")
    public record ResponseRef(UUID id, ResponseStatus status) {
        static ResponseRef from(SelfAssessmentResponse response) {
            return new ResponseRef(response.id, response.status);
        }
    }

    @Schema(name = "SelfAssessmentResponse", description = "One colleague's own answers to the organisation's self-assessment, per norm and per "
            + "performance area. Only that colleague (the token's subject) reads them; the quality coordinator sees them only as part of the "
            + "combined view, once submitted; nobody outside the organisation ever does.")
    public record ResponseView(
            UUID id,
            @Schema(description = "Id of the self-assessment answered") UUID selfAssessment,
            ResponseStatus status,
            @Size(max = 500) @Schema(description = "The norms answered so far, in norm order") List<EntryResponse> entries,
            @Size(max = 20) @Schema(description = "The performance areas answered so far, in area order") List<AreaEntryResponse> areas,
            Instant createdAt,
            Instant updatedAt,
            @Schema(nullable = true) Instant submittedAt) {

        static ResponseView from(SelfAssessmentResponse response, NormCatalogue catalogue) {
            Map<UUID, SelfAssessment.Entry> byNorm = response.entries.stream().collect(Collectors.toMap(entry -> entry.normId, Function.identity()));
            List<EntryResponse> entries = catalogue.norms().stream().filter(norm -> byNorm.containsKey(norm.id()))
                    .map(norm -> new EntryResponse(NormItem.from(norm), levelOf(byNorm.get(norm.id()).level), byNorm.get(norm.id()).comment))
                    .toList();
            return new ResponseView(response.id, response.selfAssessmentId, response.status, entries, AreaEntryResponse.of(response.areas, catalogue),
                    response.createdAt, response.updatedAt, response.submittedAt);
        }
    }

    @Schema(name = "SelfAssessmentCombined", description = "What the colleagues' submitted answers say together, per norm and per performance area, "
            + "beside what the quality coordinator settled so far: for the organisation's quality coordinator only.")
    public record CombinedView(
            @Schema(description = "Id of the self-assessment") UUID selfAssessment,
            SelfAssessmentStatus status,
            @Min(0) @Max(100000) @Schema(description = "How many colleagues submitted their answers; the figures are theirs", example = "5") int submitted,
            @Min(0) @Max(100000) @Schema(description = "How many colleagues opened answers they have not submitted yet", example = "2") long inProgress,
            @Size(max = 500) @Schema(description = "Every norm of the version, in norm order") List<NormSpread> norms,
            @Size(max = 20) @Schema(description = "Every performance area of the version, in area order") List<AreaSpread> areas) {

        static CombinedView from(SelfAssessment assessment, NormCatalogue catalogue, List<SelfAssessmentResponse> submitted, long inProgress) {
            Map<UUID, SelfAssessment.Entry> settled = assessment.entries.stream().collect(Collectors.toMap(entry -> entry.normId, Function.identity()));
            Map<Integer, SelfAssessment.AreaEntry> settledAreas = assessment.areas.stream()
                    .collect(Collectors.toMap(entry -> (int) entry.areaNumber, Function.identity()));
            List<NormSpread> norms = catalogue.norms().stream().map(norm -> new NormSpread(NormItem.from(norm),
                    SpreadView.from(Spread.of(submitted.stream().flatMap(r -> r.entries.stream()).filter(e -> e.normId.equals(norm.id()))
                            .map(e -> new Spread.Answer(levelOf(e.level), e.comment)).toList())),
                    settled.containsKey(norm.id()) ? new AuditDtos.SelfAssessed(levelOf(settled.get(norm.id()).level), settled.get(norm.id()).comment) : null))
                    .toList();
            List<AreaSpread> areas = catalogue.areas().stream().map(area -> new AreaSpread(new AreaRef(area.number(), area.title()),
                    SpreadView.from(Spread.of(submitted.stream().flatMap(r -> r.areas.stream()).filter(e -> e.areaNumber == area.number())
                            .map(e -> new Spread.Answer(levelOf(e.level), e.comment)).toList())),
                    settledAreas.containsKey(area.number())
                            ? new AuditDtos.SelfAssessed(levelOf(settledAreas.get(area.number()).level), settledAreas.get(area.number()).comment) : null))
                    .toList();
            return new CombinedView(assessment.id, assessment.status, submitted.size(), inProgress, norms, areas);
        }
    }

    @Schema(name = "NormSpread", description = "The colleagues' answers on one norm together, and the level the coordinator settled.")
    public record NormSpread(NormItem norm, SpreadView answers,
                             @Schema(description = "The organisation's own entry for the norm so far; absent until the coordinator settles it", nullable = true) AuditDtos.SelfAssessed settled) {
    }

    @Schema(name = "AreaSpread", description = "The colleagues' answers on one performance area together, and the level the coordinator settled.")
    public record AreaSpread(AreaRef area, SpreadView answers,
                             @Schema(description = "The organisation's own entry for the area so far; absent until the coordinator settles it", nullable = true) AuditDtos.SelfAssessed settled) {
    }

    @Schema(name = "LevelSpread", description = "How many colleagues answered, the spread of the levels they gave and their comments (in alphabetical "
            + "order, so the order says nothing about who wrote which).")
    public record SpreadView(
            @Min(0) @Max(100000) @Schema(description = "Colleagues who answered (a level, a comment or both)", example = "5") int answered,
            @Min(0) @Max(100000) @Schema(description = "Colleagues who gave a level", example = "4") int levelled,
            @Min(1) @Max(4) @Schema(description = "Lowest level given", example = "1", nullable = true) Integer lowest,
            @DecimalMin("1") @DecimalMax("4") @Schema(description = "Median of the levels given: the middle one, or halfway between the two middle ones",
                    example = "2.5", nullable = true) BigDecimal median,
            @Min(1) @Max(4) @Schema(description = "Highest level given", example = "3", nullable = true) Integer highest,
            @Size(max = 9) @Schema(description = "How many gave each level, lowest level first; levels nobody gave are left out") List<LevelCount> levels,
            @Size(max = 100000) @Schema(description = "The comments given")
            List<@Size(max = 4000) @Pattern(regexp = Formats.TEXT) String> comments) {

        static SpreadView from(Spread spread) {
            return new SpreadView(spread.answered(), spread.levelled(), spread.lowest(), spread.median(), spread.highest(),
                    spread.levels().entrySet().stream().map(e -> new LevelCount(e.getKey(), e.getValue())).toList(), spread.comments());
        }
    }

    @Schema(name = "LevelCount", description = "How many gave one level.")
    public record LevelCount(@Min(1) @Max(9) @Schema(example = "2") int level, @Min(1) @Max(100000) @Schema(example = "3") int count) {
    }

    private static Integer levelOf(Short level) {
        return level == null ? null : (int) level;
    }

    @Schema(name = "SelfAssessmentSummary", description = "A self-assessment as lists show it.")
    public record SelfAssessmentSummary(
            UUID id,
            @Size(max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(example = "90000001") String organisation,
            @Schema(description = "Id of the framework version assessed") UUID frameworkId,
            SelfAssessmentStatus status,
            @Min(0) @Max(500) @Schema(description = "How many norms are assessed", example = "50") int assessedNorms,
            @Min(0) @Max(20) @Schema(description = "How many performance areas are assessed", example = "7") int assessedAreas,
            Instant createdAt,
            Instant updatedAt,
            @Schema(nullable = true) Instant sharedAt) {

        static SelfAssessmentSummary from(SelfAssessment assessment) {
            return new SelfAssessmentSummary(assessment.id, assessment.organisationKvk, assessment.frameworkId, assessment.status,
                    assessment.entries.size(), assessment.areas.size(), assessment.createdAt, assessment.updatedAt, assessment.sharedAt);
        }
    }
}
