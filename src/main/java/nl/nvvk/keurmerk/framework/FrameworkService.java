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
import java.util.function.Consumer;
import java.util.function.Function;
import jakarta.persistence.LockModeType;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.framework.FrameworkDtos.FrameworkResponse;
import nl.nvvk.keurmerk.framework.FrameworkDtos.FrameworkSummary;
import nl.nvvk.keurmerk.framework.FrameworkDtos.NormResponse;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.error.Duplicate;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.error.Problem.FieldError;
import nl.nvvk.keurmerk.shared.history.ChangeHistory;
import nl.nvvk.keurmerk.shared.paging.Cursor;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The norm framework catalogue: public reading, NVVK importing, publishing and retiring versions. */
@ApplicationScoped
public class FrameworkService {
    static final String RESOURCE = "framework";

    private final Caller caller;
    private final Clock clock;
    private final ChangeHistory history;

    private final String schemeCode;

    FrameworkService(Caller caller, Clock clock, ChangeHistory history,
                     @ConfigProperty(name = "keurmerk.framework.default-code", defaultValue = "KWALITEITSKADER") String schemeCode) {
        this.caller = caller;
        this.clock = clock;
        this.history = history;
        this.schemeCode = schemeCode;
    }

    public Page<FrameworkSummary> list(String code, FrameworkStatus status, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!caller.isAdmin()) {
            query.append(" and status <> :draft");
            params.put("draft", FrameworkStatus.DRAFT);
        }
        if (code != null) {
            query.append(" and code = :code");
            params.put("code", code);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        Cursor after = page.after();
        if (after != null) {
            query.append(" and (createdAt > :afterAt or (createdAt = :afterAt and id > :afterId))");
            params.put("afterAt", Instant.parse(after.sortKey()));
            params.put("afterId", after.id());
        }
        List<Framework> rows = Framework.<Framework>find(query + " order by createdAt, id", params).range(0, page.limit).list();
        return Page.of(rows, page.limit, f -> new Cursor(f.createdAt.toString(), f.id), FrameworkSummary::from);
    }

    public Versioned<FrameworkResponse> get(UUID id) {
        return versioned(visible(id));
    }

    /** Imports a whole version as a draft; any problem in the document stores nothing. */
    @Transactional
    public Versioned<FrameworkResponse> importDocument(FrameworkDocument document) {
        if (Framework.byCodeAndVersion(document.code(), document.version()).isPresent()) {
            throw new Duplicate("version", "Framework %s version %s already exists".formatted(document.code(), document.version()));
        }
        Framework framework = Framework.draft(document.code(), document.version(), document.title(), document.publishedOn(),
                Instant.now(clock));
        framework.describe(document.title(), document.publishedOn(), document.levels());
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
        framework.describe(document.title(), document.publishedOn(), document.levels());
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

    public Page<NormResponse> norms(UUID frameworkId, Integer area, ServiceType serviceType, String key, PageRequest page) {
        Framework framework = frameworkId != null ? visible(frameworkId)
                : Framework.current(schemeCode).orElseThrow(() -> new NotFound("Framework %s has no published version yet".formatted(schemeCode)));
        StringBuilder query = new StringBuilder(
                "from Norm n join fetch n.area a join fetch n.framework left join fetch n.succeeds where n.framework = :framework");
        Map<String, Object> params = new HashMap<>();
        params.put("framework", framework);
        if (area != null) {
            query.append(" and a.number = :area");
            params.put("area", area.shortValue());
        }
        if (key != null) {
            query.append(" and n.key = :key");
            params.put("key", key);
        }
        if (serviceType != null) {
            query.append(" and (n.serviceTypes is empty or :serviceType member of n.serviceTypes)");
            params.put("serviceType", serviceType);
        }
        Cursor after = page.after();
        if (after != null) {
            String[] position = after.sortKey().split("\\.");
            query.append(" and (a.number > :afterArea or (a.number = :afterArea and n.position > :afterPosition))");
            params.put("afterArea", Short.parseShort(position[0]));
            params.put("afterPosition", Short.parseShort(position[1]));
        }
        List<Norm> rows = Norm.<Norm>find(query + " order by a.number, n.position", params).range(0, page.limit).list();
        return Page.of(rows, page.limit, n -> new Cursor(n.area.number + "." + n.position, n.id), NormResponse::from);
    }

    public NormResponse norm(UUID id) {
        Norm norm = Norm.<Norm>find("from Norm n join fetch n.area join fetch n.framework left join fetch n.succeeds where n.id = ?1", id)
                .firstResultOptional()
                .filter(n -> caller.isAdmin() || n.framework.status.isPublic())
                .orElseThrow(() -> new NotFound("norm", id));
        return NormResponse.from(norm);
    }

    private Versioned<FrameworkResponse> transition(UUID id, String ifMatch, String action, Consumer<Framework> verb) {
        Framework framework = visible(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, framework.lockVersion);
        }
        FrameworkSummary before = FrameworkSummary.from(framework);
        verb.accept(framework);
        Framework.flush();
        history.record(RESOURCE, framework.id, action, before, FrameworkSummary.from(framework));
        return versioned(framework);
    }

    /** Drafts exist only for NVVK; anyone else is told there is no such framework. */
    private Framework visible(UUID id) {
        return Framework.<Framework>findByIdOptional(id)
                .filter(f -> caller.isAdmin() || f.status.isPublic())
                .orElseThrow(() -> new NotFound("framework", id));
    }

    private void fill(Framework framework, FrameworkDocument document) {
        Optional<Framework> predecessor = Framework.predecessorOf(document.code(), document.version(), framework.id);
        Map<String, Norm> predecessorNorms = predecessor.map(p -> Norm.<Norm>list("framework", p).stream()
                        .collect(Collectors.toMap(n -> n.key, Function.identity())))
                .orElse(Map.of());
        List<FieldError> problems = document.problems(predecessorNorms.keySet(),
                predecessor.map(p -> "%s %s".formatted(p.code, p.version)).orElse(null));
        if (!problems.isEmpty()) {
            throw new InvalidContent("The framework document has %d problem%s; nothing was stored"
                    .formatted(problems.size(), problems.size() == 1 ? "" : "s"), problems);
        }
        Map<Integer, PerformanceArea> areas = new HashMap<>();
        for (FrameworkDocument.Area area : document.areas()) {
            PerformanceArea entity = new PerformanceArea(framework, area.number(), area.title(), area.description());
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
