package nl.nvvk.keurmerk.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.nvvk.keurmerk.certificate.CertificateDtos.CertificateRef;
import nl.nvvk.keurmerk.certificate.CertificateDtos.CertificateResponse;
import nl.nvvk.keurmerk.certificate.CertificateDtos.CertificateSummary;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.KeyLocks;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.document.DocumentConfig;
import nl.nvvk.keurmerk.shared.document.PdfFile;
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

/**
 * Keurmerk certificates: issued by NVVK's grant on an audit (in the decision's transaction), read by
 * NVVK, by the body whose audit they rest on and by the certified organisation.
 */
@ApplicationScoped
public class CertificateService {
    static final String RESOURCE = "certificate";

    private final Caller caller;
    private final Clock clock;
    private final ChangeHistory history;
    private final Paging paging;
    private final CertificationPolicy policy;
    private final KeyLocks locks;
    private final PublicRegister register;
    private final EventFeed events;
    private final DocumentConfig documents;

    CertificateService(Caller caller, Clock clock, ChangeHistory history, Paging paging, CertificationPolicy policy, KeyLocks locks,
                       PublicRegister register, EventFeed events, DocumentConfig documents) {
        this.documents = documents;
        this.caller = caller;
        this.clock = clock;
        this.history = history;
        this.paging = paging;
        this.policy = policy;
        this.locks = locks;
        this.register = register;
        this.events = events;
    }

    /**
     * What a grant certifies, as the granted audit says it.
     *
     * @param followUp the granted audit is a follow-up audit: it lifts the conditions of the certificate in force
     */
    public record Grant(UUID auditId, String auditReference, UUID organisationId, String organisationKvk, UUID certifyingBodyId,
                        String bodyCode, UUID frameworkId, Set<ServiceType> scope, LocalDate grantedOn, boolean followUp) {
    }

    /** Filters of the certificate list; null means "any". */
    public record Filter(String kvkNumber, String certifyingBody, CertificateStatus status) {
    }

    /**
     * Issues the certificate a grant gives, valid for the configured period from the day of the
     * grant, and supersedes the organisation's previous certificate (unless withdrawn or superseded
     * already). A grant on a follow-up audit instead lifts the conditions of the certificate in force:
     * its successor keeps its scope, framework version and last valid day, so the three-yearly cycle
     * runs on. Grants for one organisation run one after the other (an advisory lock), so two at once
     * cannot both leave a current certificate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CertificateRef issue(Grant grant) {
        Scope scope = caller.actingAs("Only NVVK grants a certificate", Scope.Kind.NVVK);
        lockCertificatesOf(grant.organisationId());
        Instant now = Instant.now(clock);
        List<Certificate> current = Certificate.current(scope, grant.organisationId());
        Certificate certificate = grant.followUp()
                ? Certificate.liftingConditions(grant, current, caller.subject(), now)
                : Certificate.issue(grant, policy.validUntil(grant.grantedOn()), caller.subject(), now);
        for (Certificate earlier : current) {
            Map<String, Object> before = snapshot(earlier);
            earlier.supersede(certificate, caller.subject(), now);
            history.record(RESOURCE, earlier.id, "superseded", before, snapshot(earlier));
            event(EventType.CERTIFICATE_SUPERSEDED, earlier, Map.of("supersededBy", certificate.number));
        }
        // The superseded one leaves certificate_current_unique before its successor enters it.
        Certificate.flush();
        certificate.persist();
        history.record(RESOURCE, certificate.id, "issued", null, snapshot(certificate));
        event(EventType.CERTIFICATE_ISSUED, certificate, Map.of("validFrom", certificate.validFrom.toString(),
                "validUntil", certificate.validUntil.toString(), "audit", certificate.auditId.toString()));
        register.readAfterCommit();
        return new CertificateRef(certificate.id, certificate.number);
    }

    /**
     * Takes the organisation's certificate lock, as every change to its certificates does. Call it
     * before the transaction's first write: PostgreSQL gives a transaction its id at that write, and
     * the event feed is in transaction-id order, so one organisation's events then come in the order
     * their changes committed (never a supersession before the issue of the certificate it names).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockCertificatesOf(UUID organisationId) {
        locks.lock(RESOURCE, organisationId.toString());
    }

    /** When the follow-up audit of a grant with conditions decided on this day is due, unless NVVK names a day. */
    public LocalDate followUpDueAfter(LocalDate decidedOn) {
        return decidedOn.plus(policy.followUpAfter());
    }

    /** The certificate resting on this audit, when the caller may see it. */
    public Optional<CertificateRef> ofAudit(UUID auditId) {
        return Certificate.ofAudit(caller.scope(), auditId).map(certificate -> new CertificateRef(certificate.id, certificate.number));
    }

    public Page<CertificateSummary> list(Filter filter, PageRequest page) {
        LocalDate today = today();
        Where filters = Where.all()
                .and("c.organisationKvk = :kvk", "kvk", filter.kvkNumber())
                .and("c.bodyCode = :body", "body", filter.certifyingBody())
                .and(Certificate.withStatusOn(filter.status(), today));
        return paging.page(Certificate.NEWEST_FIRST, caller.scope(), filters, page, certificate -> CertificateSummary.from(certificate, today));
    }

    @Transactional
    public Versioned<CertificateResponse> get(UUID id) {
        Certificate certificate = Certificate.visible(caller.scope(), id).orElseThrow(() -> new NotFound("certificate", id));
        LocalDate today = today();
        return new Versioned<>(CertificateResponse.from(certificate, today), ETags.of(certificate.versionOn(today)));
    }

    /** The certificate as a PDF in Dutch, for those who may read it; its QR code opens the public verification page of its number. */
    @Transactional
    public PdfFile document(UUID id) {
        Certificate certificate = Certificate.visible(caller.scope(), id).orElseThrow(() -> new NotFound("certificate", id));
        LocalDate today = today();
        RegisteredCertificate registered = register.byNumber(certificate.number).orElse(null);
        byte[] pdf = CertificateDocument.of(certificate, registered, today, clock.getZone(), documents.verificationPage(certificate.number));
        return new PdfFile(pdf, CertificateDocument.fileName(certificate), ETags.of(certificate.versionOn(today)));
    }

    /** A step NVVK takes on a certificate, with its reason. */
    public enum Step {
        SUSPEND("suspended", EventType.CERTIFICATE_SUSPENDED),
        REINSTATE("reinstated", EventType.CERTIFICATE_REINSTATED),
        WITHDRAW("withdrawn", EventType.CERTIFICATE_WITHDRAWN);

        private final String action;
        private final EventType event;

        Step(String action, EventType event) {
            this.action = action;
            this.event = event;
        }
    }

    /** An event about a certificate, for its organisation and the body whose audit it rests on; its number always in the data. */
    private void event(EventType type, Certificate certificate, Map<String, String> details) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("number", certificate.number);
        data.putAll(details);
        events.record(type, RESOURCE, certificate.id, certificate.organisationKvk, certificate.bodyCode, data);
    }

    /** NVVK suspends, reinstates or withdraws a certificate; the reason goes into its status history. */
    @Transactional
    public Versioned<CertificateResponse> take(Step step, UUID id, String ifMatch, String reason) {
        Scope scope = caller.actingAs("Only NVVK changes a certificate's status", Scope.Kind.NVVK);
        Certificate certificate = Certificate.visible(scope, id).orElseThrow(() -> new NotFound("certificate", id));
        lockCertificatesOf(certificate.organisationId);
        // Read again under the lock: a grant that superseded it meanwhile has committed by now.
        Certificate.getEntityManager().refresh(certificate);
        LocalDate today = today();
        ETags.requireMatchIfSent(ifMatch, certificate.versionOn(today));
        Map<String, Object> before = snapshot(certificate);
        Instant now = Instant.now(clock);
        switch (step) {
            case SUSPEND -> certificate.suspend(reason, caller.subject(), now, today);
            case REINSTATE -> certificate.reinstate(reason, caller.subject(), now, today);
            case WITHDRAW -> certificate.withdraw(reason, caller.subject(), now, today);
        }
        Certificate.flush();
        history.record(RESOURCE, certificate.id, step.action, before, snapshot(certificate));
        event(step.event, certificate, Map.of("reason", reason));
        register.readAfterCommit();
        return new Versioned<>(CertificateResponse.from(certificate, today), ETags.of(certificate.versionOn(today)));
    }

    /** What the change history compares; the reason of each status is in the certificate's own status history. */
    private static Map<String, Object> snapshot(Certificate certificate) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("number", certificate.number);
        snapshot.put("status", certificate.status);
        snapshot.put("organisation", certificate.organisationKvk);
        snapshot.put("certifyingBody", certificate.bodyCode);
        snapshot.put("scope", new TreeSet<>(certificate.scope));
        snapshot.put("validFrom", certificate.validFrom);
        snapshot.put("validUntil", certificate.validUntil);
        snapshot.put("supersededBy", certificate.supersededBy);
        return snapshot;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
