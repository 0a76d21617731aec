package nl.nvvk.keurmerk.framework;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A published (or retired) framework version as audits and self-assessments use it: its norms in
 * number order. Such a version never changes, so its norms are read once and kept; its status is
 * read afresh with every catalogue.
 */
public record NormCatalogue(UUID frameworkId, String code, String version, FrameworkStatus status, List<CatalogueNorm> norms) {

    public NormCatalogue {
        norms = List.copyOf(norms);
    }

    NormCatalogue withStatus(FrameworkStatus current) {
        return new NormCatalogue(frameworkId, code, version, current, norms);
    }

    /** One norm as an audit names it. */
    public record CatalogueNorm(UUID id, String key, String number, int area, String title, Set<ServiceType> serviceTypes) {

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

    public String label() {
        return code + " " + version;
    }
}
