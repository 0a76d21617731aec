package nl.nvvk.keurmerk.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import jakarta.persistence.LockModeType;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.framework.FrameworkDtos.FrameworkResponse;
import nl.nvvk.keurmerk.framework.FrameworkDtos.FrameworkSummary;
import nl.nvvk.keurmerk.framework.FrameworkDtos.NormResponse;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.error.Problem.FieldError;
import nl.nvvk.keurmerk.shared.history.ChangeHistory;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.paging.Paging;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The norm framework catalogue: public reading, NVVK importing, publishing and retiring versions. */
@ApplicationScoped
public class FrameworkService {
    static final String RESOURCE = "framework";

    private final Caller caller;
    private final Clock clock;
    private final ChangeHistory history;
    private final Paging paging;
    private final Map<UUID, NormCatalogue> catalogues = new ConcurrentHashMap<>();

    private final String schemeCode;

    FrameworkService(Caller caller, Clock clock, ChangeHistory history, Paging paging,
                     @ConfigProperty(name = "keurmerk.framework.default-code", defaultValue = "KWALITEITSKADER") String schemeCode) {
        this.caller = caller;
        this.clock = clock;
        this.history = history;
        this.paging = paging;
        this.schemeCode = schemeCode;
    }

    public Page<FrameworkSummary> list(String code, FrameworkStatus status, PageRequest page) {
        Where filters = Where.all().and("f.code = :code", "code", code).and("f.status = :status", "status", status);
        return paging.page(Framework.BY_IMPORT, caller.scope(), filters, page, FrameworkSummary::from);
    }

    public Versioned<FrameworkResponse> get(UUID id) {
        return versioned(visible(id));
    }

    /**
     * Imports a whole version as a draft; any problem in the document stores nothing. A version that
     * exists already is refused by the database's unique constraint (a 409 naming version).
     */
    @Transactional
    public Versioned<FrameworkResponse> importDocument(FrameworkDocument document) {
        Framework framework = Framework.draft(document.code(), document.version(), document.title(), document.publishedOn(),
                Instant.now(clock));
        framework.describe(document.title(), document.publishedOn(), document.levels(), document.developmentLevelsRequiredFrom());
        fill(framework, document);
        Framework.flush();
        Versioned<FrameworkResponse> result = versioned(framework);
        history.record(RESOURCE, framework.id, "imported", null, result.body());
        return result;
    }

    /** Replaces the content of a draft; published versions are immutable. */
    @Transactional
    public Versioned<FrameworkResponse> replace(UUID id, String ifMatch, FrameworkDocument document) {
        Framework framework = visible(id);
        ETags.requireMatch(ifMatch, framework.lockVersion);
        framework.requireDraft();
        if (!framework.code.equals(document.code()) || !framework.version.equals(document.version())) {
            throw new InvalidContent("A draft keeps its code and version; import a new version instead", List.of(
                    new FieldError("version", "must be %s %s".formatted(framework.code, framework.version))));
        }
        FrameworkResponse before = versioned(framework).body();
        // The row itself may not change, but its content does: its ETag must.
        Framework.getEntityManager().lock(framework, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Norm.delete("framework", framework);
        PerformanceArea.delete("framework", framework);
        framework.describe(document.title(), document.publishedOn(), document.levels(), document.developmentLevelsRequiredFrom());
        fill(framework, document);
        Framework.flush();
        Versioned<FrameworkResponse> result = versioned(framework);
        history.record(RESOURCE, framework.id, "replaced", before, result.body());
        return result;
    }

    @Transactional
    public Versioned<FrameworkResponse> publish(UUID id, String ifMatch) {
        return transition(id, ifMatch, "published", Framework::publish);
    }

    @Transactional
    public Versioned<FrameworkResponse> retire(UUID id, String ifMatch) {
        return transition(id, ifMatch, "retired", Framework::retire);
    }

    /**
     * The norms of one version, by default the newest published one of the scheme (none yet: an empty
     * page). A framework the caller may not see is a bad parameter, exactly like one that does not exist.
     */
    public Page<NormResponse> norms(UUID frameworkId, Integer area, ServiceType serviceType, String key, PageRequest page) {
        Optional<Framework> chosen = frameworkId != null ? Framework.visible(caller.scope(), frameworkId) : Framework.current(schemeCode);
        if (chosen.isEmpty() && frameworkId != null) {
            throw InvalidContent.of("framework", "is not the id of a framework version");
        }
        if (chosen.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        Framework framework = chosen.get();
        Where filters = Where.of("n.framework = :framework", "framework", framework)
                .and("a.number = :area", "area", area == null ? null : area.shortValue())
                .and("n.key = :key", "key", key)
                .and("(n.serviceTypes is empty or :serviceType member of n.serviceTypes)", "serviceType", serviceType);
        return paging.page(Norm.BY_NUMBER, caller.scope(), filters, page, NormResponse::from);
    }

    public NormResponse norm(UUID id) {
        Norm norm = Norm.visible(caller.scope(), id).orElseThrow(() -> new NotFound("norm", id));
        return NormResponse.from(norm);
    }

    /**
     * The norms of a version in use (published or retired) by code and version, as an audit package
     * names it; empty for a draft or an unknown version.
     */
    public Optional<NormCatalogue> catalogue(String code, String version) {
        return Framework.inUse(code, version).map(this::catalogueOf);
    }

    /** The norms of a published version: what new work (an audit, a self-assessment) is done against; else 422 naming the framework. */
    public NormCatalogue publishedCatalogue(String code, String version) {
        return catalogue(code, version).filter(NormCatalogue::isPublished)
                .orElseThrow(() -> InvalidContent.of("framework", "%s %s is not a published framework version".formatted(code, version)));
    }

    /** The norms of the version in use that stored work (an audit, a self-assessment) refers to by id. */
    public NormCatalogue catalogueInUse(UUID frameworkId) {
        return Framework.inUse(frameworkId).map(this::catalogueOf)
                .orElseThrow(() -> new IllegalStateException("Framework %s is referred to but not in use".formatted(frameworkId)));
    }

    /** The norms of the scheme's current version (the newest published one): what lasting work such as a peer group refers to. */
    public Optional<NormCatalogue> currentCatalogue() {
        return Framework.current(schemeCode).map(this::catalogueOf);
    }

    /** The norms of a version in use by id, if it is one. */
    public Optional<NormCatalogue> versionInUse(UUID frameworkId) {
        return Framework.inUse(frameworkId).map(this::catalogueOf);
    }

    /** Every version in use of a framework code, oldest first, with the norms each carries over from the one before. */
    public List<NormCatalogue> versionsInUse(String code) {
        return Framework.versionsInUse(code).stream().map(this::catalogueOf).toList();
    }

    /** A version in use never changes: its norms are read once; its status is the current one. */
    private NormCatalogue catalogueOf(Framework framework) {
        return catalogues.computeIfAbsent(framework.id, id -> new NormCatalogue(framework.id, framework.code, framework.version,
                        framework.status, PerformanceArea.of(framework).stream().map(a -> new NormCatalogue.CatalogueArea(a.number, a.title)).toList(),
                        Norm.of(framework).stream().map(Norm::inCatalogue).toList(),
                        framework.developmentLevels.stream().map(l -> (int) l.level).collect(Collectors.toSet()),
                        framework.developmentLevelsRequiredFrom))
                .withStatus(framework.status);
    }

    private Versioned<FrameworkResponse> transition(UUID id, String ifMatch, String action, Consumer<Framework> verb) {
        Framework framework = visible(id);
        ETags.requireMatchIfSent(ifMatch, framework.lockVersion);
        FrameworkSummary before = FrameworkSummary.from(framework);
        verb.accept(framework);
        Framework.flush();
        history.record(RESOURCE, framework.id, action, before, FrameworkSummary.from(framework));
        return versioned(framework);
    }

    /** Drafts exist only for NVVK; anyone else is told there is no such framework. */
    private Framework visible(UUID id) {
        return Framework.visible(caller.scope(), id).orElseThrow(() -> new NotFound("framework", id));
    }

    private void fill(Framework framework, FrameworkDocument document) {
        Optional<Framework> predecessor = Framework.predecessorOf(document.code(), document.version(), framework.id);
        Map<String, Norm> predecessorNorms = predecessor.map(p -> Norm.<Norm>list("framework", p).stream()
                        .collect(Collectors.toMap(n -> n.key, Function.identity())))
                .orElse(Map.of());
        List<FieldError> problems = document.problems(predecessorNorms.keySet(),
                predecessor.map(p -> "%s %s".formatted(p.code, p.version)).orElse(null));
        InvalidContent.refuseAny("The framework document", problems);
        Map<Integer, PerformanceArea> areas = new HashMap<>();
        for (FrameworkDocument.Area area : document.areas()) {
            PerformanceArea entity = new PerformanceArea(framework, area.number(), area.title(), area.description(),
                    FrameworkDocument.levelsOf(area, framework.id));
            areas.put(area.number(), entity);
        }
        List<Norm> norms = new ArrayList<>();
        for (FrameworkDocument.NormEntry entry : document.norms()) {
            norms.add(new Norm(framework, areas.get(entry.area()), entry.key(), entry.number(), entry.title(), entry.description(),
                    entry.serviceTypes() == null ? Set.of() : entry.serviceTypes(),
                    entry.succeeds() == null ? null : predecessorNorms.get(entry.succeeds())));
        }
        framework.persist();
        areas.values().forEach(a -> a.persist());
        norms.forEach(n -> n.persist());
    }

    private Versioned<FrameworkResponse> versioned(Framework framework) {
        return new Versioned<>(FrameworkResponse.from(framework, PerformanceArea.of(framework), Norm.of(framework)),
                ETags.of(framework.lockVersion));
    }
}
