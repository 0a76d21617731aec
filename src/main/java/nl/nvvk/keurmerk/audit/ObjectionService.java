package nl.nvvk.keurmerk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.nvvk.keurmerk.audit.ObjectionDtos.ObjectionResponse;
import nl.nvvk.keurmerk.audit.ObjectionDtos.OutcomeRequest;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.error.DomainRuleViolation;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Objections (bezwaar) to NVVK's decisions: the audited organisation lodges one within the period
 * after the decision (keurmerk.objections.period, six weeks); NVVK confirms receipt, takes it into
 * handling and decides. An upheld one is followed by a new decision on the audit, taken through the
 * ordinary decision step ({@link AuditService#decide}), so certificates, schedule and events follow.
 * The organisation and NVVK see it; a certifying body hears of the new decision as of any other.
 */
@ApplicationScoped
public class ObjectionService {
    static final String RESOURCE = "objection";

    private final Caller caller;
    private final Clock clock;
    private final ChangeHistory history;
    private final Paging paging;
    private final EventFeed events;
    private final Period period;

    ObjectionService(Caller caller, Clock clock, ChangeHistory history, Paging paging, EventFeed events,
                     @ConfigProperty(name = "keurmerk.objections.period", defaultValue = "P6W") Period period) {
        this.caller = caller;
        this.clock = clock;
        this.history = history;
        this.paging = paging;
        this.events = events;
        this.period = period;
    }

    /** The organisation objects to the decision on its audit: to a refusal or to a grant's conditions, within the period. */
    @Transactional
    public Versioned<ObjectionResponse> lodge(UUID auditId, String grounds) {
        Scope scope = caller.actingAs("Only the audited organisation objects to a decision on its audit", Scope.Kind.MEMBER);
        Audit audit = Audit.visible(scope, auditId).orElseThrow(() -> new NotFound("audit", auditId));
        if (audit.decidedAt != null && Objection.toDecision(scope, audit.id, audit.decidedAt).isPresent()) {
            throw new DomainRuleViolation("objection-lodged-already",
                    "The organisation objected to the decision on audit %s already; NVVK handles that objection", audit.reference);
        }
        Objection objection = Objection.lodge(audit, grounds, caller.subject(), Instant.now(clock), clock.getZone(), period);
        objection.persist();
        Objection.flush();
        history.record(RESOURCE, objection.id, "lodged", null, objection.snapshot());
        event(EventType.OBJECTION_LODGED, objection, Map.of("against", objection.against.name()));
        return view(objection);
    }

    public Page<ObjectionResponse> list(ObjectionStatus status, String kvkNumber, PageRequest page) {
        Where filters = Where.all()
                .and("o.status = :status", "status", status)
                .and("o.organisationKvk = :kvk", "kvk", kvkNumber);
        return paging.page(Objection.NEWEST_FIRST, caller.scope(), filters, page, objection -> view(objection).body());
    }

    @Transactional
    public Versioned<ObjectionResponse> get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public Versioned<ObjectionResponse> confirmReceipt(UUID id, String ifMatch) {
        return step(id, ifMatch, "received", (objection, now) -> objection.confirmReceipt(now), EventType.OBJECTION_RECEIVED, Map.of());
    }

    @Transactional
    public Versioned<ObjectionResponse> takeIntoHandling(UUID id, String ifMatch) {
        return step(id, ifMatch, "in-handling", (objection, now) -> objection.takeIntoHandling(now), null, Map.of());
    }

    @Transactional
    public Versioned<ObjectionResponse> decide(UUID id, String ifMatch, OutcomeRequest request) {
        return step(id, ifMatch, "decided", (objection, now) -> objection.decide(request.outcome(), request.motivation(), caller.subject(), now),
                EventType.OBJECTION_DECIDED, Map.of("outcome", request.outcome().name()));
    }

    private Versioned<ObjectionResponse> step(UUID id, String ifMatch, String action, BiConsumer<Objection, Instant> change, EventType type,
                                              Map<String, String> details) {
        caller.actingAs("Only NVVK handles an objection", Scope.Kind.NVVK);
        Objection objection = visible(id);
        ETags.requireMatchIfSent(ifMatch, objection.lockVersion);
        Map<String, Object> before = objection.snapshot();
        change.accept(objection, Instant.now(clock));
        Objection.flush();
        history.record(RESOURCE, objection.id, action, before, objection.snapshot());
        if (type != null) {
            event(type, objection, details);
        }
        return view(objection);
    }

    /** For the organisation only: its objection is between it and NVVK. */
    private void event(EventType type, Objection objection, Map<String, String> details) {
        Map<String, String> data = new java.util.LinkedHashMap<>();
        data.put("audit", objection.auditId.toString());
        data.put("reference", objection.auditReference);
        data.putAll(details);
        events.record(type, RESOURCE, objection.id, objection.organisationKvk, null, data);
    }

    private Objection visible(UUID id) {
        return Objection.visible(caller.scope(), id).orElseThrow(() -> new NotFound("objection", id));
    }

    private Versioned<ObjectionResponse> view(Objection objection) {
        return new Versioned<>(ObjectionResponse.from(objection, objection.periodEndedOn(clock.getZone(), period)), ETags.of(objection.lockVersion));
    }
}
