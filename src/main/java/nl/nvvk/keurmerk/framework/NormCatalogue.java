package nl.nvvk.keurmerk.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A published (or retired) framework version as audits and self-assessments use it: its areas and
 * norms in number order, the development levels it defines and from when its audits must score
 * them. Such a version never changes, so it is read once and kept; its status is read afresh with
 * every catalogue.
 *
 * @param developmentLevels              the level numbers the version defines (1 to 4 in 1.1)
 * @param developmentLevelsRequiredFrom  from this first-visit day audits must give each area they conclude a level; null: never
 */
public record NormCatalogue(UUID frameworkId, String code, String version, FrameworkStatus status, List<CatalogueArea> areas,
                            List<CatalogueNorm> norms, Set<Integer> developmentLevels, LocalDate developmentLevelsRequiredFrom) {

    public NormCatalogue {
        areas = List.copyOf(areas);
        norms = List.copyOf(norms);
        developmentLevels = Set.copyOf(developmentLevels);
    }

    NormCatalogue withStatus(FrameworkStatus current) {
        return new NormCatalogue(frameworkId, code, version, current, areas, norms, developmentLevels, developmentLevelsRequiredFrom);
    }

    /** One performance area of the version. */
    public record CatalogueArea(int number, String title) {
    }

    /** One norm as an audit names it. */
    /** One norm of the version; {@code succeeds} is the id of the norm of the previous version it carries over, if any. */
    public record CatalogueNorm(UUID id, String key, String number, int area, String title, Set<ServiceType> serviceTypes, UUID succeeds) {
        public CatalogueNorm(UUID id, String key, String number, int area, String title, Set<ServiceType> serviceTypes) {
            this(id, key, number, area, title, serviceTypes, null);
        }


        /** Whether an audit whose scope lists these service types must have a finding on this norm. */
        public boolean appliesTo(Set<ServiceType> scope) {
            return serviceTypes.isEmpty() || serviceTypes.stream().anyMatch(scope::contains);
        }
    }

    /** New audits are carried out against a published version only; a retired one stays for those that refer to it. */
    public boolean isPublished() {
        return status == FrameworkStatus.PUBLISHED;
    }

    public Optional<CatalogueNorm> byNumber(String number) {
        return norms.stream().filter(norm -> norm.number().equals(number)).findFirst();
    }

    public Optional<CatalogueNorm> byId(UUID id) {
        return norms.stream().filter(norm -> norm.id().equals(id)).findFirst();
    }

    /** The norms an audit of this scope must cover, in number order. */
    public List<CatalogueNorm> applicableTo(Set<ServiceType> scope) {
        return norms.stream().filter(norm -> norm.appliesTo(scope)).toList();
    }

    public Optional<CatalogueArea> area(int number) {
        return areas.stream().filter(area -> area.number() == number).findFirst();
    }

    /** Whether an audit whose first visit is on this day must give every area it concludes a development level. */
    public boolean requiresDevelopmentLevelsOn(LocalDate firstVisit) {
        return developmentLevelsRequiredFrom != null && !firstVisit.isBefore(developmentLevelsRequiredFrom);
    }

    public boolean definesLevel(int level) {
        return developmentLevels.contains(level);
    }

    public String label() {
        return code + " " + version;
    }
}
