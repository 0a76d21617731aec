package nl.nvvk.keurmerk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.audit.AuditDtos.SelfAssessed;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessedNorm;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessmentRequest;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessmentResponse;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessmentSummary;
import nl.nvvk.keurmerk.framework.FrameworkService;
import nl.nvvk.keurmerk.framework.NormCatalogue;
import nl.nvvk.keurmerk.framework.NormCatalogue.CatalogueNorm;
import nl.nvvk.keurmerk.organisation.OrganisationDtos.OrganisationRef;
import nl.nvvk.keurmerk.organisation.OrganisationService;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.error.Forbidden;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.history.ChangeHistory;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.paging.Paging;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.security.Caller;
import nl.nvvk.keurmerk.shared.security.Scope;

/** Self-assessments: a member completes and shares its own; the body that audits it, and NVVK, read the shared ones. */
@ApplicationScoped
public class SelfAssessmentService {
    static final String RESOURCE = "self-assessment";

    private final Caller caller;
    private final Clock clock;
    private final ChangeHistory history;
    private final Paging paging;
    private final FrameworkService frameworks;
    private final OrganisationService organisations;

    SelfAssessmentService(Caller caller, Clock clock, ChangeHistory history, Paging paging, FrameworkService frameworks,
                          OrganisationService organisations) {
        this.caller = caller;
        this.clock = clock;
        this.history = history;
        this.paging = paging;
        this.frameworks = frameworks;
        this.organisations = organisations;
    }

    /** Filters of the list; null means "any". */
    public record Filter(String kvkNumber, UUID framework, SelfAssessmentStatus status) {
    }

    /** A draft for the member's own organisation: the organisation is the token's, never one the request names. */
    @Transactional
    public Versioned<SelfAssessmentResponse> start(SelfAssessmentRequest request) {
        Scope scope = member();
        OrganisationRef organisation = organisations.byKvkNumber(scope.tenant())
                .orElseThrow(() -> new Forbidden("NVVK has registered no organisation with KvK number " + scope.tenant()));
        NormCatalogue catalogue = frameworks.publishedCatalogue(request.framework().code(), request.framework().version());
        SelfAssessment assessment = SelfAssessment.started(organisation.id(), organisation.kvkNumber(), catalogue, Instant.now(clock));
        assessment.persist();
        SelfAssessment.flush();
        Versioned<SelfAssessmentResponse> started = versioned(assessment, catalogue);
        history.record(RESOURCE, assessment.id, "started", null, started.body());
        return started;
    }

    @Transactional
    public Versioned<SelfAssessmentResponse> assess(UUID id, String normNumber, String ifMatch, SelfAssessedNorm assessed) {
        member();
        SelfAssessment assessment = visible(id);
        ETags.requireMatch(ifMatch, assessment.lockVersion);
        NormCatalogue catalogue = catalogueOf(assessment);
        CatalogueNorm norm = catalogue.byNumber(normNumber)
                .orElseThrow(() -> InvalidContent.of("norm", "%s has no norm %s".formatted(catalogue.label(), normNumber)));
        SelfAssessmentResponse before = SelfAssessmentResponse.from(assessment, catalogue);
        assessment.assess(norm, assessed.level(), assessed.comment(), Instant.now(clock));
        SelfAssessment.flush();
        Versioned<SelfAssessmentResponse> after = versioned(assessment, catalogue);
        history.record(RESOURCE, assessment.id, "assessed", before, after.body());
        return after;
    }

    @Transactional
    public Versioned<SelfAssessmentResponse> share(UUID id, String ifMatch) {
        member();
        SelfAssessment assessment = visible(id);
        ETags.requireMatchIfSent(ifMatch, assessment.lockVersion);
        NormCatalogue catalogue = catalogueOf(assessment);
        SelfAssessmentResponse before = SelfAssessmentResponse.from(assessment, catalogue);
        assessment.share(Instant.now(clock));
        SelfAssessment.flush();
        Versioned<SelfAssessmentResponse> after = versioned(assessment, catalogue);
        history.record(RESOURCE, assessment.id, "shared", before, after.body());
        return after;
    }

    @Transactional
    public Versioned<SelfAssessmentResponse> get(UUID id) {
        SelfAssessment assessment = visible(id);
        return versioned(assessment, catalogueOf(assessment));
    }

    @Transactional
    public Page<SelfAssessmentSummary> list(Filter filter, PageRequest page) {
        Where filters = Where.all()
                .and("s.organisationKvk = :kvk", "kvk", filter.kvkNumber())
                .and("s.frameworkId = :framework", "framework", filter.framework())
                .and("s.status = :status", "status", filter.status());
        return paging.page(SelfAssessment.NEWEST_FIRST, caller.scope(), filters, page, SelfAssessmentSummary::from);
    }

    /** Per norm id, what the organisation's latest shared self-assessment of the version says, as far as the caller may see it. */
    Map<UUID, SelfAssessed> latestShared(UUID organisationId, UUID frameworkId) {
        return SelfAssessment.latestShared(caller.scope(), organisationId, frameworkId)
                .map(assessment -> assessment.entries.stream().collect(Collectors.toMap(entry -> entry.normId,
                        entry -> new SelfAssessed(entry.level == null ? null : (int) entry.level, entry.comment), (a, b) -> a)))
                .orElse(Map.of());
    }

    private SelfAssessment visible(UUID id) {
        return SelfAssessment.visible(caller.scope(), id).orElseThrow(() -> new NotFound("self-assessment", id));
    }

    private NormCatalogue catalogueOf(SelfAssessment assessment) {
        return frameworks.catalogueInUse(assessment.frameworkId);
    }

    private static Versioned<SelfAssessmentResponse> versioned(SelfAssessment assessment, NormCatalogue catalogue) {
        return new Versioned<>(SelfAssessmentResponse.from(assessment, catalogue), ETags.of(assessment.lockVersion));
    }

    /** A member organisation assesses itself; a token with an NVVK role beside it has NVVK's scope and may not. */
    private Scope member() {
        return caller.actingAs("Only a member organisation assesses itself", Scope.Kind.MEMBER);
    }
}
