package nl.nvvk.keurmerk.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.nvvk.keurmerk.shared.error.Problem.FieldError;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole framework version as NVVK imports it: areas, development levels and norms, each norm
 * optionally naming the norm of the previous version it succeeds. Checked as a whole so one answer
 * lists every problem.
 */
@Schema(name = "FrameworkDocument", description = "A complete framework version to import as a draft.", additionalProperties = Schema.False.class)
public record FrameworkDocument(
        @NotBlank @Size(max = 40) @Pattern(regexp = Formats.FRAMEWORK_CODE, message = Formats.FRAMEWORK_CODE_MESSAGE)
        @Schema(example = "KWALITEITSKADER") String code,
        @NotBlank @Size(max = 11) @Pattern(regexp = Formats.FRAMEWORK_VERSION, message = Formats.FRAMEWORK_VERSION_MESSAGE)
        @Schema(example = "1.2") String version,
        @NotBlank @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE)
        @Schema(example = "Kwaliteitskader NVVK") String title,
        @NotNull @Schema(description = "Date the version is published under", example = "2026-01-01") LocalDate publishedOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Area> areas,
        @NotNull @Size(max = 9) List<@NotNull @Valid Level> developmentLevels,
        @Schema(description = "From this day the version's audits must give every performance area they conclude a development level: audits "
                + "whose first visit is on or after it cannot be submitted without. Absent: audits need not score levels (as in 1.1)",
                example = "2027-01-01") LocalDate developmentLevelsRequiredFrom,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid NormEntry> norms) {

    @Schema(name = "FrameworkDocumentArea", description = "A performance area (prestatiegebied).", additionalProperties = Schema.False.class)
    public record Area(
            @NotNull @Min(1) @Max(99) @Schema(example = "1") Integer number,
            @NotBlank @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE) @Schema(example = "Koers") String title,
            @Size(max = 2000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "De organisatie weet waar zij voor staat en waar zij naartoe wil") String description,
            @Size(max = 9) @Schema(description = "What each development level means in this area; every level named is one of the document's levels")
            List<@NotNull @Valid AreaLevel> developmentLevels) {
    }

    @Schema(name = "FrameworkDocumentAreaLevel", description = "What one development level means in a performance area.", additionalProperties = Schema.False.class)
    public record AreaLevel(
            @NotNull @Min(1) @Max(9) @Schema(example = "2") Integer level,
            @NotBlank @Size(max = 2000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "De koers is vertaald in meetbare doelen waarop de organisatie stuurt") String description) {
    }

    @Schema(name = "FrameworkDocumentLevel", description = "A development level (ontwikkelniveau).", additionalProperties = Schema.False.class)
    public record Level(
            @NotNull @Min(1) @Max(9) @Schema(example = "1") Integer level,
            @NotBlank @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE) @Schema(example = "Beheerste processen") String title,
            @Size(max = 2000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "De organisatie heeft haar processen beschreven en voert ze beheerst uit") String description) {
    }

    @Schema(name = "FrameworkDocumentNorm", description = "A norm, numbered within its area.", additionalProperties = Schema.False.class)
    public record NormEntry(
            @NotBlank @Size(max = 80) @Pattern(regexp = Formats.NORM_KEY, message = Formats.NORM_KEY_MESSAGE)
            @Schema(description = "Stable key that survives renumbering", example = "voldoen-aan-wet-en-regelgeving") String key,
            @NotBlank @Size(max = 5) @Pattern(regexp = Formats.NORM_NUMBER, message = Formats.NORM_NUMBER_MESSAGE)
            @Schema(example = "1.1") String number,
            @NotNull @Min(1) @Max(99) @Schema(description = "Number of the norm's area", example = "1") Integer area,
            @NotBlank @Size(max = 300) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE)
            @Schema(example = "Voldoen aan wet- en regelgeving") String title,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "De organisatie voldoet aantoonbaar aan de wet- en regelgeving die op haar dienstverlening van toepassing is") String description,
            @Size(max = 13) @Schema(description = "Service types the norm applies to; empty or absent: all") Set<@NotNull ServiceType> serviceTypes,
            @Size(max = 80) @Pattern(regexp = Formats.NORM_KEY, message = Formats.NORM_KEY_MESSAGE)
            @Schema(description = "Key of the norm of the previous version this norm succeeds", example = "voldoen-aan-wet-en-regelgeving")
            String succeeds) {
    }

    /** Every rule that spans entries: unique numbers and keys, known areas, numbering, known predecessors. */
    List<FieldError> problems(Set<String> predecessorKeys, String predecessorLabel) {
        List<FieldError> problems = new ArrayList<>();
        Set<Integer> areaNumbers = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            if (!areaNumbers.add(areas.get(i).number())) {
                problems.add(new FieldError("areas[%d].number".formatted(i), "area %d is listed twice".formatted(areas.get(i).number())));
            }
        }
        Set<Integer> levelNumbers = new HashSet<>();
        for (int i = 0; i < developmentLevels.size(); i++) {
            if (!levelNumbers.add(developmentLevels.get(i).level())) {
                problems.add(new FieldError("developmentLevels[%d].level".formatted(i),
                        "level %d is listed twice".formatted(developmentLevels.get(i).level())));
            }
        }
        for (int i = 0; i < areas.size(); i++) {
            List<AreaLevel> meanings = areas.get(i).developmentLevels() == null ? List.of() : areas.get(i).developmentLevels();
            Set<Integer> described = new HashSet<>();
            for (int j = 0; j < meanings.size(); j++) {
                String at = "areas[%d].developmentLevels[%d].level".formatted(i, j);
                Integer level = meanings.get(j).level();
                if (!levelNumbers.contains(level)) {
                    problems.add(new FieldError(at, "level %d is not one of the document's development levels".formatted(level)));
                } else if (!described.add(level)) {
                    problems.add(new FieldError(at, "level %d is described twice for area %d".formatted(level, areas.get(i).number())));
                }
            }
        }
        if (developmentLevelsRequiredFrom != null && developmentLevels.isEmpty()) {
            problems.add(new FieldError("developmentLevelsRequiredFrom", "audits cannot be asked to score levels the document does not define"));
        }
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Integer> keys = new HashMap<>();
        Set<Integer> areasWithNorms = new HashSet<>();
        for (int i = 0; i < norms.size(); i++) {
            NormEntry norm = norms.get(i);
            String at = "norms[%d]".formatted(i);
            Integer earlier = numbers.putIfAbsent(norm.number(), i);
            if (earlier != null) {
                problems.add(new FieldError(at + ".number", "number %s is also used by norms[%d]".formatted(norm.number(), earlier)));
            }
            earlier = keys.putIfAbsent(norm.key(), i);
            if (earlier != null) {
                problems.add(new FieldError(at + ".key", "key %s is also used by norms[%d]".formatted(norm.key(), earlier)));
            }
            if (!areaNumbers.contains(norm.area())) {
                problems.add(new FieldError(at + ".area", "area %d is not one of the document's areas".formatted(norm.area())));
            } else {
                areasWithNorms.add(norm.area());
                if (!norm.number().startsWith(norm.area() + ".")) {
                    problems.add(new FieldError(at + ".number",
                            "norm %s is not numbered within its area %d".formatted(norm.number(), norm.area())));
                }
            }
            if (norm.succeeds() != null && !predecessorKeys.contains(norm.succeeds())) {
                problems.add(new FieldError(at + ".succeeds", predecessorLabel == null
                        ? "there is no earlier version of this framework whose norm it could succeed"
                        : "%s has no norm with key %s".formatted(predecessorLabel, norm.succeeds())));
            }
        }
        for (int i = 0; i < areas.size(); i++) {
            if (!areasWithNorms.contains(areas.get(i).number()) && areaNumbers.contains(areas.get(i).number())) {
                problems.add(new FieldError("areas[%d]".formatted(i), "area %d has no norms".formatted(areas.get(i).number())));
            }
        }
        return problems;
    }

    List<DevelopmentLevel> levels() {
        return developmentLevels.stream().map(l -> new DevelopmentLevel(l.level(), l.title(), l.description())).toList();
    }

    /** What the levels mean in this area, as the area keeps them. */
    static List<AreaDevelopmentLevel> levelsOf(Area area, java.util.UUID frameworkId) {
        return area.developmentLevels() == null ? List.of()
                : area.developmentLevels().stream().map(l -> new AreaDevelopmentLevel(frameworkId, l.level(), l.description())).toList();
    }
}
