package nl.nvvk.keurmerk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.audit.AuditDtos.SelfAssessed;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.CombinedView;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.ResponseRef;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.ResponseView;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessedLevel;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessmentRequest;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessmentView;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessmentSummary;
import nl.nvvk.keurmerk.framework.FrameworkService;
import nl.nvvk.keurmerk.framework.NormCatalogue;
import nl.nvvk.keurmerk.framework.NormCatalogue.CatalogueArea;
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
import nl.nvvk.keurmerk.shared.security.Roles;
import nl.nvvk.keurmerk.shared.security.Scope;

/**
 * Self-assessments: a member organisation's quality coordinator starts one, colleagues answer it each
 * on their own, the coordinator reads their answers together, settles the organisation's own levels
 * and shares it; the body that audits the organisation, and NVVK, read the settled one.
 */
@ApplicationScoped
public class SelfAssessmentService {
    static final String RESOURCE = "self-assessment";
    static final String RESPONSE = "self-assessment-response";

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

    /**
     * A draft for the member's own organisation: the organisation is the token's, never one the request
     * names. Its quality coordinator starts it; colleagues then answer it on their own.
     */
    @Transactional
    public Versioned<SelfAssessmentView> start(SelfAssessmentRequest request) {
        Scope scope = coordinator(member());
        OrganisationRef organisation = organisations.byKvkNumber(scope.tenant())
                .orElseThrow(() -> new Forbidden("NVVK has registered no organisation with KvK number %s", scope.tenant()));
        NormCatalogue catalogue = frameworks.publishedCatalogue(request.framework().code(), request.framework().version());
        SelfAssessment assessment = SelfAssessment.started(organisation.id(), organisation.kvkNumber(), catalogue, Instant.now(clock));
        assessment.persist();
        SelfAssessment.flush();
        history.record(RESOURCE, assessment.id, "started", null, SelfAssessmentView.from(assessment, catalogue));
        return versioned(assessment, catalogue);
    }

    /** The coordinator settles the organisation's own level and comment for one norm. */
    @Transactional
    public Versioned<SelfAssessmentView> assess(UUID id, String normNumber, String ifMatch, SelfAssessedLevel assessed) {
        SelfAssessment assessment = settling(id, ifMatch);
        NormCatalogue catalogue = catalogueOf(assessment);
        CatalogueNorm norm = normOf(catalogue, normNumber);
        requireLevel(catalogue, assessed);
        SelfAssessmentView before = SelfAssessmentView.from(assessment, catalogue);
        assessment.assess(norm, assessed.level(), assessed.comment(), Instant.now(clock));
        return changed(assessment, catalogue, "assessed", before);
    }

    /** The coordinator settles the organisation's own level and comment for one performance area. */
    @Transactional
    public Versioned<SelfAssessmentView> assessArea(UUID id, int areaNumber, String ifMatch, SelfAssessedLevel assessed) {
        SelfAssessment assessment = settling(id, ifMatch);
        NormCatalogue catalogue = catalogueOf(assessment);
        CatalogueArea area = areaOf(catalogue, areaNumber);
        requireLevel(catalogue, assessed);
        SelfAssessmentView before = SelfAssessmentView.from(assessment, catalogue);
        assessment.assessArea(area, assessed.level(), assessed.comment(), Instant.now(clock));
        return changed(assessment, catalogue, "area-assessed", before);
    }

    @Transactional
    public Versioned<SelfAssessmentView> share(UUID id, String ifMatch) {
        Scope scope = member();
        SelfAssessment assessment = visible(id);
        coordinator(scope);
        ETags.requireMatchIfSent(ifMatch, assessment.lockVersion);
        NormCatalogue catalogue = catalogueOf(assessment);
        SelfAssessmentView before = SelfAssessmentView.from(assessment, catalogue);
        assessment.share(Instant.now(clock));
        return changed(assessment, catalogue, "shared", before);
    }

    /** A self-assessment of the caller's organisation that its coordinator changes, at the version the caller last read. */
    private SelfAssessment settling(UUID id, String ifMatch) {
        Scope scope = member();
        SelfAssessment assessment = visible(id);
        coordinator(scope);
        ETags.requireMatch(ifMatch, assessment.lockVersion);
        return assessment;
    }

    private Versioned<SelfAssessmentView> changed(SelfAssessment assessment, NormCatalogue catalogue, String action, SelfAssessmentView before) {
        SelfAssessment.flush();
        history.record(RESOURCE, assessment.id, action, before, SelfAssessmentView.from(assessment, catalogue));
        return versioned(assessment, catalogue);
    }

    // --- a colleague's own answers --------------------------------------------------------------

    /** A colleague of the organisation opens their own answers to its draft self-assessment. */
    @Transactional
    public Versioned<ResponseView> openResponse(UUID id) {
        Scope scope = member();
        SelfAssessment assessment = visible(id);
        SelfAssessmentResponse response = SelfAssessmentResponse.openedBy(scope.respondent(), assessment, Instant.now(clock));
        response.persist();
        SelfAssessmentResponse.flush();
        history.record(RESPONSE, response.id, "opened", null, response.snapshot());
        return versioned(response, catalogueOf(assessment));
    }

    @Transactional
    public Versioned<ResponseView> response(UUID id, UUID responseId) {
        member();
        SelfAssessment assessment = visible(id);
        return versioned(own(assessment, responseId), catalogueOf(assessment));
    }

    @Transactional
    public Versioned<ResponseView> answer(UUID id, UUID responseId, String normNumber, String ifMatch, SelfAssessedLevel answered) {
        member();
        SelfAssessment assessment = visible(id);
        SelfAssessmentResponse response = own(assessment, responseId);
        ETags.requireMatch(ifMatch, response.lockVersion);
        NormCatalogue catalogue = catalogueOf(assessment);
        CatalogueNorm norm = normOf(catalogue, normNumber);
        requireLevel(catalogue, answered);
        Map<String, Object> before = response.snapshot();
        response.answer(assessment, norm, answered.level(), answered.comment(), Instant.now(clock));
        return answered(response, catalogue, "answered", before);
    }

    @Transactional
    public Versioned<ResponseView> answerArea(UUID id, UUID responseId, int areaNumber, String ifMatch, SelfAssessedLevel answered) {
        member();
        SelfAssessment assessment = visible(id);
        SelfAssessmentResponse response = own(assessment, responseId);
        ETags.requireMatch(ifMatch, response.lockVersion);
        NormCatalogue catalogue = catalogueOf(assessment);
        CatalogueArea area = areaOf(catalogue, areaNumber);
        requireLevel(catalogue, answered);
        Map<String, Object> before = response.snapshot();
        response.answerArea(assessment, area, answered.level(), answered.comment(), Instant.now(clock));
        return answered(response, catalogue, "area-answered", before);
    }

    @Transactional
    public Versioned<ResponseView> submitResponse(UUID id, UUID responseId, String ifMatch) {
        member();
        SelfAssessment assessment = visible(id);
        SelfAssessmentResponse response = own(assessment, responseId);
        ETags.requireMatchIfSent(ifMatch, response.lockVersion);
        Map<String, Object> before = response.snapshot();
        response.submit(assessment, Instant.now(clock));
        return answered(response, catalogueOf(assessment), "submitted", before);
    }

    /** The colleagues' submitted answers together, beside what the coordinator settled: the coordinator's only. */
    @Transactional
    public CombinedView combined(UUID id) {
        Scope scope = member();
        SelfAssessment assessment = visible(id);
        coordinator(scope);
        return CombinedView.from(assessment, catalogueOf(assessment), SelfAssessmentResponse.submittedTo(scope, assessment.id),
                SelfAssessmentResponse.inProgressFor(scope, assessment.id));
    }

    /** The caller's own answers; anyone else's, a colleague's included, are not found. */
    private SelfAssessmentResponse own(SelfAssessment assessment, UUID responseId) {
        return SelfAssessmentResponse.visible(caller.scope(), assessment.id, responseId)
                .orElseThrow(() -> new NotFound("answers to a self-assessment", responseId));
    }

    private Versioned<ResponseView> answered(SelfAssessmentResponse response, NormCatalogue catalogue, String action, Map<String, Object> before) {
        SelfAssessmentResponse.flush();
        history.record(RESPONSE, response.id, action, before, response.snapshot());
        return versioned(response, catalogue);
    }

    private static Versioned<ResponseView> versioned(SelfAssessmentResponse response, NormCatalogue catalogue) {
        return new Versioned<>(ResponseView.from(response, catalogue), ETags.of(response.lockVersion));
    }

    static CatalogueNorm normOf(NormCatalogue catalogue, String number) {
        return catalogue.byNumber(number).orElseThrow(() -> InvalidContent.of("norm", "%s has no norm %s".formatted(catalogue.label(), number)));
    }

    static CatalogueArea areaOf(NormCatalogue catalogue, int number) {
        return catalogue.area(number).orElseThrow(() -> InvalidContent.of("area", "%s has no performance area %d".formatted(catalogue.label(), number)));
    }

    /** A level is one the framework version defines. */
    static void requireLevel(NormCatalogue catalogue, SelfAssessedLevel assessed) {
        if (assessed.level() != null && !catalogue.definesLevel(assessed.level())) {
            throw InvalidContent.of("level", "%s defines no development level %d".formatted(catalogue.label(), assessed.level()));
        }
    }

    @Transactional
    public Versioned<SelfAssessmentView> get(UUID id) {
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

    /** The organisation's shared self-assessments with their levels, as far as the caller sees them. */
    @Transactional
    public List<OrganisationResults.SelfAssessedResults> sharedResultsOf(String kvkNumber) {
        return SelfAssessment.sharedOf(caller.scope(), kvkNumber).stream().map(SelfAssessment::results).toList();
    }

    /** What an organisation's latest shared self-assessment says per norm (by id) and per area (by number). */
    record Shared(Map<UUID, SelfAssessed> norms, Map<Integer, SelfAssessed> areas) {
        static final Shared NONE = new Shared(Map.of(), Map.of());
    }

    /** What the organisation's latest shared self-assessment of the version says, as far as the caller may see it. */
    Shared latestShared(UUID organisationId, UUID frameworkId) {
        return SelfAssessment.latestShared(caller.scope(), organisationId, frameworkId)
                .map(assessment -> new Shared(
                        assessment.entries.stream().collect(Collectors.toMap(entry -> entry.normId,
                                entry -> new SelfAssessed(entry.level == null ? null : (int) entry.level, entry.comment), (a, b) -> a)),
                        assessment.areas.stream().collect(Collectors.toMap(entry -> (int) entry.areaNumber,
                                entry -> new SelfAssessed(entry.level == null ? null : (int) entry.level, entry.comment), (a, b) -> a))))
                .orElse(Shared.NONE);
    }

    private SelfAssessment visible(UUID id) {
        return SelfAssessment.visible(caller.scope(), id).orElseThrow(() -> new NotFound("self-assessment", id));
    }

    private NormCatalogue catalogueOf(SelfAssessment assessment) {
        return frameworks.catalogueInUse(assessment.frameworkId);
    }

    /** The self-assessment as this caller reads it: to a member with their own answers named. */
    private Versioned<SelfAssessmentView> versioned(SelfAssessment assessment, NormCatalogue catalogue) {
        ResponseRef mine = SelfAssessmentResponse.mine(caller.scope(), assessment.id).map(ResponseRef::from).orElse(null);
        return new Versioned<>(SelfAssessmentView.from(assessment, catalogue, mine), ETags.of(assessment.lockVersion));
    }

    /** A member organisation assesses itself; a token with an NVVK role beside it has NVVK's scope and may not. */
    private Scope member() {
        return caller.actingAs("Only a member organisation assesses itself", Scope.Kind.MEMBER);
    }

    /** Starting, settling and sharing are the quality coordinator's; colleagues answer. */
    private static Scope coordinator(Scope member) {
        if (!member.coordinatesQuality()) {
            throw new Forbidden("Only the organisation's quality coordinator (role %s) starts, settles and shares a self-assessment and reads the "
                    + "combined answers; colleagues answer it under /responses", Roles.QUALITY_COORDINATOR);
        }
        return member;
    }
}
