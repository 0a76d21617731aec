package nl.nvvk.keurmerk.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the catalogue looks like on the wire. */
public final class FrameworkDtos {
    private FrameworkDtos() {
    }

    @Schema(name = "FrameworkSummary", description = "A framework version without its norms.")
    public record FrameworkSummary(
            UUID id,
            @Schema(example = "KWALITEITSKADER") String code,
            @Schema(example = "1.1") String version,
            @Schema(example = "Kwaliteitskader NVVK") String title,
            @Schema(example = "2021-03-01") LocalDate publishedOn,
            FrameworkStatus status) {

        static FrameworkSummary from(Framework f) {
            return new FrameworkSummary(f.id, f.code, f.version, f.title, f.publishedOn, f.status);
        }
    }

    @Schema(name = "Framework", description = "A framework version with its development levels, performance areas and norms.")
    public record FrameworkResponse(
            UUID id,
            @Schema(example = "KWALITEITSKADER") String code,
            @Schema(example = "1.1") String version,
            @Schema(example = "Kwaliteitskader NVVK") String title,
            @Schema(example = "2021-03-01") LocalDate publishedOn,
            FrameworkStatus status,
            List<Level> developmentLevels,
            List<Area> areas) {

        static FrameworkResponse from(Framework f, List<PerformanceArea> areas, List<Norm> norms) {
            Map<UUID, List<NormItem>> byArea = norms.stream().collect(Collectors.groupingBy(n -> n.area.id,
                    Collectors.mapping(NormItem::from, Collectors.toList())));
            return new FrameworkResponse(f.id, f.code, f.version, f.title, f.publishedOn, f.status,
                    f.developmentLevels.stream().map(l -> new Level(l.level, l.title, l.description)).toList(),
                    areas.stream().map(a -> new Area(a.number, a.title, a.description, byArea.getOrDefault(a.id, List.of()))).toList());
        }
    }

    @Schema(name = "DevelopmentLevel", description = "An ontwikkelniveau.")
    public record Level(@Schema(example = "1") int level, @Schema(example = "Beheerste processen") String title,
                        @Schema(example = "De organisatie heeft haar processen beschreven en voert ze beheerst uit") String description) {
    }

    @Schema(name = "PerformanceArea", description = "A prestatiegebied with its norms in number order.")
    public record Area(@Schema(example = "1") int number, @Schema(example = "Koers") String title,
                       @Schema(example = "De organisatie weet waar zij voor staat en waar zij naartoe wil") String description, List<NormItem> norms) {
    }

    @Schema(name = "FrameworkNorm", description = "A norm as listed inside its framework.")
    public record NormItem(
            UUID id,
            @Schema(example = "voldoen-aan-wet-en-regelgeving") String key,
            @Schema(example = "1.1") String number,
            @Schema(example = "Voldoen aan wet- en regelgeving") String title,
            @Schema(example = "De organisatie voldoet aantoonbaar aan de wet- en regelgeving die op haar dienstverlening van toepassing is") String description,
            @Schema(description = "Service types the norm applies to; empty: all") Set<ServiceType> serviceTypes,
            @Schema(description = "Key of the norm of the previous version it succeeds", nullable = true, example = "voldoen-aan-wet-en-regelgeving") String succeeds) {

        static NormItem from(Norm n) {
            return new NormItem(n.id, n.key, n.number, n.title, n.description, new TreeSet<>(n.serviceTypes),
                    n.succeeds == null ? null : n.succeeds.key);
        }
    }

    @Schema(name = "Norm", description = "A norm with the framework version and area it belongs to.")
    public record NormResponse(
            UUID id,
            @Schema(example = "voldoen-aan-wet-en-regelgeving") String key,
            @Schema(example = "1.1") String number,
            @Schema(example = "Voldoen aan wet- en regelgeving") String title,
            @Schema(example = "De organisatie voldoet aantoonbaar aan de wet- en regelgeving die op haar dienstverlening van toepassing is") String description,
            FrameworkRef framework,
            AreaRef area,
            @Schema(description = "Service types the norm applies to; empty: all") Set<ServiceType> serviceTypes,
            @Schema(description = "The norm of the previous version this one succeeds", nullable = true) NormRef succeeds) {

        static NormResponse from(Norm n) {
            return new NormResponse(n.id, n.key, n.number, n.title, n.description,
                    new FrameworkRef(n.framework.id, n.framework.code, n.framework.version),
                    new AreaRef(n.area.number, n.area.title), new TreeSet<>(n.serviceTypes),
                    n.succeeds == null ? null : new NormRef(n.succeeds.id, n.succeeds.key, n.succeeds.number));
        }
    }

    @Schema(name = "FrameworkRef")
    public record FrameworkRef(UUID id, @Schema(example = "KWALITEITSKADER") String code, @Schema(example = "1.1") String version) {
    }

    @Schema(name = "AreaRef")
    public record AreaRef(@Schema(example = "4") int number, @Schema(example = "Financiële hulpverlening") String title) {
    }

    @Schema(name = "NormRef")
    public record NormRef(UUID id, @Schema(example = "voldoen-aan-wet-en-regelgeving") String key, @Schema(example = "1.1") String number) {
    }
}
