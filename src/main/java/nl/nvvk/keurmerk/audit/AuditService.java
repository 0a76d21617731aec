package nl.nvvk.keurmerk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.nvvk.keurmerk.audit.AuditDtos.ActionResponse;
import nl.nvvk.keurmerk.audit.AuditDtos.AuditReceipt;
import nl.nvvk.keurmerk.audit.AuditDtos.AuditResponse;
import nl.nvvk.keurmerk.audit.AuditDtos.AuditSummary;
import nl.nvvk.keurmerk.audit.AuditDtos.DecisionRequest;
import nl.nvvk.keurmerk.certificate.CertificateDtos.CertificateRef;
import nl.nvvk.keurmerk.certificate.CertificateService;
import nl.nvvk.keurmerk.certifyingbody.CertifyingBodyDtos.CertifyingBodyRef;
import nl.nvvk.keurmerk.certifyingbody.CertifyingBodyService;
import nl.nvvk.keurmerk.framework.FrameworkService;
import nl.nvvk.keurmerk.framework.NormCatalogue;
import nl.nvvk.keurmerk.organisation.OrganisationDtos.OrganisationRef;
import nl.nvvk.keurmerk.organisation.OrganisationService;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.KeyLocks;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.error.Forbidden;
import nl.nvvk.keurmerk.shared.document.PdfFile;
import nl.nvvk.keurmerk.shared.error.DomainRuleViolation;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.events.EventFeed;
import nl.nvvk.keurmerk.shared.events.EventType;
import nl.nvvk.keurmerk.shared.history.ChangeHistory;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.paging.Paging;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.security.Caller;
import nl.nvvk.keurmerk.shared.security.Scope;
import org.jboss.logging.Logger;
import org.hibernate.StatelessSession;

/**
 * Audits: certifying bodies push them whole (idempotently, keyed by their own reference) or change
 * their parts; NVVK and the audited organisation read them; actions move on as the organisation
 * reports and the body judges. Every query is the caller's scope's.
 */
@ApplicationScoped
public class AuditService {
    private static final Logger LOG = Logger.getLogger(AuditService.class);
    static final String RESOURCE = "audit";

    private final Caller caller;
    private final Clock clock;
    private final ChangeHistory history;
    private final Paging paging;
    private final KeyLocks locks;
    private final FrameworkService frameworks;
    private final OrganisationService organisations;
    private final CertifyingBodyService bodies;
    private final SelfAssessmentService selfAssessments;
    private final DueDatePolicy policy;
    private final ObjectMapper json;
    private final StatelessSession rows;
    private final CertificateService certificates;
    private final EventFeed events;

    AuditService(Caller caller, Clock clock, ChangeHistory history, Paging paging, KeyLocks locks, FrameworkService frameworks,
                 OrganisationService organisations, CertifyingBodyService bodies, SelfAssessmentService selfAssessments,
                 DueDatePolicy policy, ObjectMapper json, StatelessSession rows, CertificateService certificates, EventFeed events) {
        this.caller = caller;
        this.clock = clock;
        this.history = history;
        this.paging = paging;
        this.locks = locks;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.bodies = bodies;
        this.selfAssessments = selfAssessments;
        this.policy = policy;
        this.json = json;
        this.rows = rows;
        this.certificates = certificates;
        this.events = events;
    }

    /** What a push did: its receipt, and whether it created the audit. */
    public record Pushed(Versioned<AuditReceipt> receipt, boolean created) {
    }

    /** Filters of the audit list; null means "any". */
    public record Filter(UUID organisation, String kvkNumber, String certifyingBody, AuditStatus status, AuditType type,
                         LocalDate visitedFrom, LocalDate visitedTo, String reference) {
    }

    /**
     * The same bytes as the package last pushed under this reference, sent again (a retry), answer as
     * that push did: from one indexed read, without reading the package, taking a lock or starting a
     * transaction. Empty when they are not.
     */
    public Optional<Pushed> replay(String reference, String sentHash) {
        return Audit.lastPushedAs(pusher(), reference, sentHash)
                .map(receipt -> new Pushed(new Versioned<>(receipt.receipt(), ETags.of(receipt.lockVersion())), false));
    }

    /**
     * Creates the audit of this reference, or replaces it while its body may still change it, or
     * — the same package again — changes nothing and answers as before. Pushes of one reference
     * run one after the other (an advisory lock), so racing first pushes give one audit.
     * {@code sentHash} is the hash of the bytes as sent, for {@link #replay}.
     */
    @Transactional
    public Pushed push(String reference, AuditPackage contents, String sentHash) {
        Scope scope = pusher();
        Audit.PushedAs pushedAs = new Audit.PushedAs(hashOf(contents), sentHash);
        locks.lock(RESOURCE, scope.tenant() + "/" + reference);
        var existing = Audit.byReference(scope, reference);
        if (existing.isPresent()) {
            Audit audit = existing.get();
            if (!audit.lastPushed(pushedAs)) {
                replace(audit, contents, pushedAs);
            }
            return new Pushed(receipt(audit), false);
        }
        CertifyingBodyRef body = bodies.byCode(scope.tenant())
                .filter(CertifyingBodyRef::mayAudit)
                .orElseThrow(() -> new Forbidden("Certifying body %s is not an accredited body of the scheme; it may not record audits", scope.tenant()));
        OrganisationRef organisation = organisations.byKvkNumber(contents.organisation())
                .orElseThrow(() -> InvalidContent.of("organisation", "NVVK has registered no organisation with KvK number " + contents.organisation()));
        NormCatalogue catalogue = frameworks.publishedCatalogue(contents.framework().code(), contents.framework().version());
        Audit audit = Audit.pushed(reference, new Audit.Parties(body.id(), body.code(), organisation.id(), organisation.kvkNumber()),
                catalogue, contents, pushedAs, policy, today(), Instant.now(clock));
        audit.insertInto(rows);
        history.record(RESOURCE, audit.id, "pushed", null, audit.snapshot());
        if (audit.status == AuditStatus.SUBMITTED) {
            submitted(audit);
        }
        return new Pushed(receipt(audit), true);
    }

    /** A certifying body pushes; a token with an NVVK role beside it may not, nor read a receipt as a replay. */
    private Scope pusher() {
        return caller.actingAs("Only a certifying body pushes audit packages", Scope.Kind.CERTIFYING_BODY);
    }

    private void replace(Audit audit, AuditPackage contents, Audit.PushedAs pushedAs) {
        NormCatalogue catalogue = frameworks.catalogue(contents.framework().code(), contents.framework().version())
                .orElseThrow(() -> InvalidContent.of("framework", "%s %s is not a framework version in use"
                        .formatted(contents.framework().code(), contents.framework().version())));
        Map<String, Object> before = audit.snapshot();
        AuditStatus was = audit.status;
        audit.replace(contents, pushedAs, catalogue, policy, today(), Instant.now(clock));
        Audit.flush();
        history.record(RESOURCE, audit.id, "pushed", before, audit.snapshot());
        if (was != AuditStatus.SUBMITTED && audit.status == AuditStatus.SUBMITTED) {
            submitted(audit);
        }
    }

    /** The event integrators follow: an audit is in, for NVVK to decide on. */
    private void submitted(Audit audit) {
        events.record(EventType.AUDIT_SUBMITTED, RESOURCE, audit.id, audit.organisationKvk, audit.bodyCode,
                Map.of("reference", audit.reference, "type", audit.type.name()));
    }

    /** The organisation's submitted and decided audits with their results, as far as the caller sees them. */
    @Transactional
    public List<OrganisationResults.AuditResults> resultsOf(String kvkNumber) {
        return Audit.reportedOf(caller.scope(), kvkNumber).stream().map(Audit::results).toList();
    }

    /** Every audit decided at or after the instant, one by one: what the sector's figures read. The system's only. */
    @Transactional
    public void decidedSince(Instant since, Consumer<OrganisationResults.DecidedAudit> each) {
        caller.actingAs("Only the system reads decided audits whole", Scope.Kind.SYSTEM);
        DecidedAudits.since(since, each);
    }

    /** The improvement actions of decided audits changed, or decided on, at or after the instant. The system's only. */
    @Transactional
    public void decidedActionsSince(Instant since, Consumer<OrganisationResults.DecidedAction> each) {
        caller.actingAs("Only the system reads decided audits whole", Scope.Kind.SYSTEM);
        DecidedAudits.actionsSince(since, each);
    }

    /** Whether this body has a planned or running audit of the calling member's own organisation. */
    public boolean hasPlannedOrRunningAuditBy(String bodyCode) {
        return Audit.plannedOrRunningBy(caller.scope(), bodyCode);
    }

    public Page<AuditSummary> list(Filter filter, PageRequest page) {
        Where filters = Where.all()
                .and("a.organisationId = :organisation", "organisation", filter.organisation())
                .and("a.organisationKvk = :kvk", "kvk", filter.kvkNumber())
                .and("a.bodyCode = :body", "body", filter.certifyingBody())
                .and("a.status = :status", "status", filter.status())
                .and("a.type = :type", "type", filter.type())
                .and("a.firstVisitOn >= :visitedFrom", "visitedFrom", filter.visitedFrom())
                .and("a.firstVisitOn <= :visitedTo", "visitedTo", filter.visitedTo())
                .and("a.reference = :reference", "reference", filter.reference());
        return paging.page(Audit.NEWEST_FIRST, caller.scope(), filters, page, AuditSummary::from);
    }

    /** The whole audit in one transaction, so a reader never sees half of a replace. */
    @Transactional
    public Versioned<AuditResponse> get(UUID id) {
        return view(visible(id));
    }

    /** The audit laid out as its report, for those who may read it (a member once it is submitted). */
    @Transactional
    public PdfFile report(UUID id) {
        Audit audit = visible(id);
        Versioned<AuditResponse> view = view(audit);
        String organisation = organisations.byKvkNumber(audit.organisationKvk).map(OrganisationRef::name).orElse(null);
        String body = bodies.byCode(audit.bodyCode).map(CertifyingBodyRef::name).orElse(null);
        byte[] pdf = AuditReport.of(view.body(), organisation, body, clock.getZone());
        return new PdfFile(pdf, "Rapportage-" + audit.reference.replaceAll("[^0-9A-Za-z._-]", "_") + ".pdf", view.etag());
    }

    @Transactional
    public Versioned<AuditResponse> commence(UUID id, String ifMatch) {
        caller.actingAs(BODY_STEP, Scope.Kind.CERTIFYING_BODY);
        return transition(id, ifMatch, "commenced", (audit, catalogue, now) -> audit.commence(now));
    }

    @Transactional
    public Versioned<AuditResponse> submit(UUID id, String ifMatch) {
        caller.actingAs(BODY_STEP, Scope.Kind.CERTIFYING_BODY);
        return transition(id, ifMatch, "submitted", (audit, catalogue, now) -> {
            audit.submit(catalogue, now);
            submitted(audit);
        });
    }

    @Transactional
    public Versioned<AuditResponse> reopen(UUID id, String ifMatch) {
        caller.actingAs("Only NVVK reopens an audit", Scope.Kind.NVVK);
        return transition(id, ifMatch, "reopened", (audit, catalogue, now) -> audit.reopen(now));
    }

    /**
     * NVVK decides on a submitted audit; a grant issues the organisation's certificate (superseding
     * the one in force) in the same transaction. A grant with conditions wants a follow-up audit by
     * the day NVVK names, or by the configured period after the decision.
     */
    @Transactional
    public Versioned<AuditResponse> decide(UUID id, String ifMatch, DecisionRequest request) {
        Scope scope = caller.actingAs("Only NVVK decides on an audit", Scope.Kind.NVVK);
        Audit audit = visible(id);
        // Before the first write (see CertificateService.lockCertificatesOf); then read again, as the lock may have waited.
        certificates.lockCertificatesOf(audit.organisationId);
        Audit.getEntityManager().refresh(audit);
        ETags.requireMatchIfSent(ifMatch, audit.lockVersion);
        // A decided audit is decided on again only after NVVK upheld an objection to its decision, once.
        Objection upheld = audit.status == AuditStatus.DECIDED
                ? Objection.toDecision(scope, audit.id, audit.decidedAt).filter(Objection::awaitsNewDecision).orElseThrow(() ->
                        new DomainRuleViolation("audit-transition",
                                "Audit %s is DECIDED; NVVK decides on it again only after upholding an objection to its decision", audit.reference))
                : null;
        NormCatalogue catalogue = catalogueOf(audit);
        Map<String, Object> before = audit.snapshot();
        LocalDate followUpDueOn = request.followUpDueOn() == null && request.outcome() == DecisionOutcome.GRANT_WITH_CONDITIONS
                ? certificates.followUpDueAfter(today()) : request.followUpDueOn();
        Instant now = Instant.now(clock);
        audit.decide(request.outcome(), request.motivation(), request.conditions(), followUpDueOn, today(), now, upheld != null);
        Audit.flush();
        history.record(RESOURCE, audit.id, upheld == null ? "decided" : "decided-again", before, audit.snapshot());
        Map<String, String> decided = new java.util.LinkedHashMap<>();
        decided.put("reference", audit.reference);
        decided.put("outcome", request.outcome().name());
        if (followUpDueOn != null) {
            decided.put("followUpDueOn", followUpDueOn.toString());
        }
        if (upheld != null) {
            Map<String, Object> objectionBefore = upheld.snapshot();
            upheld.redecided(now);
            history.record(ObjectionService.RESOURCE, upheld.id, "redecided", objectionBefore, upheld.snapshot());
            decided.put("objection", upheld.id.toString());
        }
        // A grant certifies, unless the audit holds its certificate already: conditions lifted on objection leave the
        // certificate in force as it is (a certificate carries no conditions; the decision does, and the schedule reads them).
        Optional<CertificateRef> held = upheld == null ? Optional.empty() : certificates.ofAudit(audit.id);
        if (request.outcome().grants()) {
            CertificateRef certificate = held.orElseGet(() -> certificates.issue(new CertificateService.Grant(audit.id, audit.reference,
                    audit.organisationId, audit.organisationKvk, audit.certifyingBodyId, audit.bodyCode, audit.frameworkId, audit.scope, today(),
                    audit.type == AuditType.FOLLOW_UP)));
            decided.put("certificate", certificate.number());
        }
        events.record(EventType.AUDIT_DECIDED, RESOURCE, audit.id, audit.organisationKvk, audit.bodyCode, decided);
        LOG.infof("NVVK decided %s on audit %s of %s by %s%s", request.outcome(), audit.reference, audit.organisationKvk, audit.bodyCode,
                decided.containsKey("certificate") ? "; certificate " + decided.get("certificate") : "");
        return view(audit, catalogue);
    }

    @Transactional
    public Versioned<AuditResponse> cancel(UUID id, String ifMatch) {
        caller.actingAs("Only the audit's certifying body or NVVK cancels an audit", Scope.Kind.CERTIFYING_BODY, Scope.Kind.NVVK);
        return transition(id, ifMatch, "cancelled", (audit, catalogue, now) -> audit.cancel(now));
    }

    /** Records (or rewrites) the finding on one norm of an audit its body may still change. */
    @Transactional
    public Versioned<AuditResponse> recordFinding(UUID id, String normNumber, String ifMatch, AuditPackage.FindingEntry entry) {
        caller.actingAs(BODY_STEP, Scope.Kind.CERTIFYING_BODY);
        Audit audit = visible(id);
        ETags.requireMatch(ifMatch, audit.lockVersion);
        if (!normNumber.equals(entry.norm())) {
            throw InvalidContent.of("norm", "must be %s, the norm of this finding's path".formatted(normNumber));
        }
        NormCatalogue catalogue = catalogueOf(audit);
        Map<String, Object> before = audit.snapshot();
        audit.recordFinding(entry, catalogue, policy, today(), Instant.now(clock));
        Audit.flush();
        history.record(RESOURCE, audit.id, "finding-recorded", before, audit.snapshot());
        return view(audit, catalogue);
    }

    private static final String BODY_STEP = "Only the audit's certifying body takes this step";

    /** A step of an improvement action, and who takes it: the organisation submits, the body accepts, rejects or closes. */
    public enum ActionStep {
        SUBMIT(Scope.Kind.MEMBER, "Only the audited organisation reports progress"), ACCEPT(Scope.Kind.CERTIFYING_BODY, BODY_STEP),
        REJECT(Scope.Kind.CERTIFYING_BODY, BODY_STEP), CLOSE(Scope.Kind.CERTIFYING_BODY, BODY_STEP);

        private final Scope.Kind party;
        private final String refusal;

        ActionStep(Scope.Kind party, String refusal) {
            this.party = party;
            this.refusal = refusal;
        }
    }

    @Transactional
    public Versioned<ActionResponse> moveAction(UUID auditId, UUID actionId, String ifMatch, ActionStep step, String text) {
        caller.actingAs(step.refusal, step.party);
        Audit audit = visible(auditId);
        ImprovementAction action = audit.action(actionId).orElseThrow(() -> new NotFound("improvement action", actionId));
        ETags.requireMatchIfSent(ifMatch, action.lockVersion);
        Map<String, Object> before = audit.snapshot();
        Instant now = Instant.now(clock);
        switch (step) {
            case SUBMIT -> action.submit(text, now);
            case ACCEPT -> action.accept(text, now);
            case REJECT -> action.reject(text, now);
            case CLOSE -> action.close(now);
        }
        audit.touch(now);
        Audit.flush();
        history.record(RESOURCE, audit.id, "action-" + step.name().toLowerCase(java.util.Locale.ROOT), before, audit.snapshot());
        return new Versioned<>(ActionResponse.from(action, today()), ETags.of(action.lockVersion));
    }

    private interface Step {
        void apply(Audit audit, NormCatalogue catalogue, Instant now);
    }

    private Versioned<AuditResponse> transition(UUID id, String ifMatch, String action, Step step) {
        Audit audit = visible(id);
        ETags.requireMatchIfSent(ifMatch, audit.lockVersion);
        NormCatalogue catalogue = catalogueOf(audit);
        Map<String, Object> before = audit.snapshot();
        step.apply(audit, catalogue, Instant.now(clock));
        Audit.flush();
        history.record(RESOURCE, audit.id, action, before, audit.snapshot());
        return view(audit, catalogue);
    }

    private Versioned<AuditResponse> view(Audit audit) {
        return view(audit, catalogueOf(audit));
    }

    /** The audit as read, with the norms of its version (read once per request) and the organisation's self-assessed levels. */
    private Versioned<AuditResponse> view(Audit audit, NormCatalogue catalogue) {
        SelfAssessmentService.Shared selfAssessed = selfAssessments.latestShared(audit.organisationId, audit.frameworkId);
        CertificateRef certificate = audit.decision != null && audit.decision.grants() ? certificates.ofAudit(audit.id).orElse(null) : null;
        return new Versioned<>(AuditResponse.from(audit, catalogue, selfAssessed, today(), certificate), ETags.of(audit.lockVersion));
    }

    private NormCatalogue catalogueOf(Audit audit) {
        return frameworks.catalogueInUse(audit.frameworkId);
    }

    private Audit visible(UUID id) {
        return Audit.visible(caller.scope(), id).orElseThrow(() -> new NotFound("audit", id));
    }

    private static Versioned<AuditReceipt> receipt(Audit audit) {
        return new Versioned<>(AuditReceipt.from(audit), ETags.of(audit.lockVersion));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The package as the service read it, hashed: the same content sent again, however formatted, hashes the same. */
    private String hashOf(AuditPackage contents) {
        try {
            return PackageReader.hashOf(json.writeValueAsBytes(contents));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit package that was just read can be written", e);
        }
    }
}
