package nl.nvvk.keurmerk.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the catalogue looks like on the wire. */
public final class FrameworkDtos {
    private FrameworkDtos() {
    }

    @Schema(name = "FrameworkSummary", description = "A framework version without its norms.")
    public record FrameworkSummary(
            UUID id,
            @Size(max = 40) @Pattern(regexp = Formats.FRAMEWORK_CODE) @Schema(example = "KWALITEITSKADER") String code,
            @Size(max = 11) @Pattern(regexp = Formats.FRAMEWORK_VERSION) @Schema(example = "1.1") String version,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Kwaliteitskader NVVK") String title,
            @Schema(example = "2021-03-01") LocalDate publishedOn,
            FrameworkStatus status,
            @Schema(description = "From this first-visit day its audits must give every area they conclude a development level; absent: never",
                    example = "2027-01-01", nullable = true) LocalDate developmentLevelsRequiredFrom) {

        static FrameworkSummary from(Framework f) {
            return new FrameworkSummary(f.id, f.code, f.version, f.title, f.publishedOn, f.status, f.developmentLevelsRequiredFrom);
        }
    }

    @Schema(name = "Framework", description = "A framework version with its development levels, performance areas and norms.")
    public record FrameworkResponse(
            UUID id,
            @Size(max = 40) @Pattern(regexp = Formats.FRAMEWORK_CODE) @Schema(example = "KWALITEITSKADER") String code,
            @Size(max = 11) @Pattern(regexp = Formats.FRAMEWORK_VERSION) @Schema(example = "1.1") String version,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Kwaliteitskader NVVK") String title,
            @Schema(example = "2021-03-01") LocalDate publishedOn,
            FrameworkStatus status,
            @Size(max = 9) List<Level> developmentLevels,
            @Schema(description = "From this first-visit day its audits must give every area they conclude a development level; absent: never",
                    example = "2027-01-01", nullable = true) LocalDate developmentLevelsRequiredFrom,
            @Size(max = 20) List<Area> areas) {

        static FrameworkResponse from(Framework f, List<PerformanceArea> areas, List<Norm> norms) {
            Map<UUID, List<NormItem>> byArea = norms.stream().collect(Collectors.groupingBy(n -> n.area.id,
                    Collectors.mapping(NormItem::from, Collectors.toList())));
            Map<Short, String> titles = f.developmentLevels.stream().collect(Collectors.toMap(l -> l.level, l -> l.title));
            return new FrameworkResponse(f.id, f.code, f.version, f.title, f.publishedOn, f.status,
                    f.developmentLevels.stream().map(l -> new Level(l.level, l.title, l.description)).toList(),
                    f.developmentLevelsRequiredFrom,
                    areas.stream().map(a -> new Area(a.number, a.title, a.description,
                            a.developmentLevels.stream().map(l -> new Level(l.level, titles.get(l.level), l.description)).toList(),
                            byArea.getOrDefault(a.id, List.of()))).toList());
        }
    }

    @Schema(name = "DevelopmentLevel", description = "An ontwikkelniveau.")
    public record Level(@Min(1) @Max(9) @Schema(example = "1") int level,
                        @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Beheerste processen") String title,
                        @Size(max = 2000) @Pattern(regexp = Formats.TEXT)
                        @Schema(example = "De organisatie heeft haar processen beschreven en voert ze beheerst uit", nullable = true) String description) {
    }

    @Schema(name = "PerformanceArea", description = "A prestatiegebied with what its development levels mean and its norms in number order.")
    public record Area(@Min(1) @Max(99) @Schema(example = "1") int number,
                       @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Koers") String title,
                       @Size(max = 2000) @Pattern(regexp = Formats.TEXT)
                       @Schema(example = "De organisatie weet waar zij voor staat en waar zij naartoe wil", nullable = true) String description,
                       @Size(max = 9) @Schema(description = "What each development level means in this area, where the version says so")
                       List<Level> developmentLevels,
                       @Size(max = 500) List<NormItem> norms) {
    }

    @Schema(name = "FrameworkNorm", description = "A norm as listed inside its framework.")
    public record NormItem(
            UUID id,
            @Size(max = 80) @Pattern(regexp = Formats.NORM_KEY) @Schema(example = "voldoen-aan-wet-en-regelgeving") String key,
            @Size(max = 5) @Pattern(regexp = Formats.NORM_NUMBER) @Schema(example = "1.1") String number,
            @Size(max = 300) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Voldoen aan wet- en regelgeving") String title,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT)
            @Schema(example = "De organisatie voldoet aantoonbaar aan de wet- en regelgeving die op haar dienstverlening van toepassing is", nullable = true) String description,
            @Size(max = 13) @Schema(description = "Service types the norm applies to; empty: all") Set<ServiceType> serviceTypes,
            @Size(max = 80) @Pattern(regexp = Formats.NORM_KEY)
            @Schema(description = "Key of the norm of the previous version it succeeds", nullable = true, example = "voldoen-aan-wet-en-regelgeving") String succeeds) {

        static NormItem from(Norm n) {
            return new NormItem(n.id, n.key, n.number, n.title, n.description, new TreeSet<>(n.serviceTypes),
                    n.succeeds == null ? null : n.succeeds.key);
        }
    }

    @Schema(name = "Norm", description = "A norm with the framework version and area it belongs to.")
    public record NormResponse(
            UUID id,
            @Size(max = 80) @Pattern(regexp = Formats.NORM_KEY) @Schema(example = "voldoen-aan-wet-en-regelgeving") String key,
            @Size(max = 5) @Pattern(regexp = Formats.NORM_NUMBER) @Schema(example = "1.1") String number,
            @Size(max = 300) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Voldoen aan wet- en regelgeving") String title,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT)
            @Schema(example = "De organisatie voldoet aantoonbaar aan de wet- en regelgeving die op haar dienstverlening van toepassing is", nullable = true) String description,
            FrameworkRef framework,
            AreaRef area,
            @Size(max = 13) @Schema(description = "Service types the norm applies to; empty: all") Set<ServiceType> serviceTypes,
            @Schema(description = "The norm of the previous version this one succeeds", nullable = true) NormRef succeeds) {

        static NormResponse from(Norm n) {
            return new NormResponse(n.id, n.key, n.number, n.title, n.description,
                    new FrameworkRef(n.framework.id, n.framework.code, n.framework.version),
                    new AreaRef(n.area.number, n.area.title), new TreeSet<>(n.serviceTypes),
                    n.succeeds == null ? null : new NormRef(n.succeeds.id, n.succeeds.key, n.succeeds.number));
        }
    }

    @Schema(name = "FrameworkRef")
    public record FrameworkRef(UUID id,
                               @Size(max = 40) @Pattern(regexp = Formats.FRAMEWORK_CODE) @Schema(example = "KWALITEITSKADER") String code,
                               @Size(max = 11) @Pattern(regexp = Formats.FRAMEWORK_VERSION) @Schema(example = "1.1") String version) {
    }

    @Schema(name = "AreaRef")
    public record AreaRef(@Min(1) @Max(99) @Schema(example = "4") int number,
                          @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Financiële hulpverlening") String title) {
    }

    @Schema(name = "NormRef")
    public record NormRef(UUID id,
                          @Size(max = 80) @Pattern(regexp = Formats.NORM_KEY) @Schema(example = "voldoen-aan-wet-en-regelgeving") String key,
                          @Size(max = 5) @Pattern(regexp = Formats.NORM_NUMBER) @Schema(example = "1.1") String number) {
    }
}
