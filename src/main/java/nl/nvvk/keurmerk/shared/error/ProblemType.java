package nl.nvvk.keurmerk.shared.error;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalogue of problem types: every {@code type} the service answers with, once, with its
 * status, its title in English and Dutch, what it means and what a client should do about it.
 * Problems take their titles from here; the contract (the Problem schema's {@code type} and
 * {@code x-problem-types}) and docs/problem-types.md are written from it, and ProblemTypesTest
 * fails when the code raises a type that is missing here, or when the contract or the docs differ.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", "400", "Bad request", "Onjuist verzoek", Retry.NO,
            "The HTTP request itself is malformed: a path or query that does not decode (`%ZZ`), or a request the HTTP layer cannot read.",
            "Fix the request; sending it unchanged gives the same answer."),
    MALFORMED_JSON("malformed-json", "400", "Malformed JSON", "Onjuiste JSON", Retry.NO,
            "The body is not JSON text in UTF-8, or not valid JSON; the detail says at which line and column.",
            "Fix the body; sending it unchanged gives the same answer."),
    MALFORMED_REQUEST("malformed-request", "400", "Malformed request", "Onjuist verzoek", Retry.NO,
            "The body is JSON but does not read as the resource: an unknown property, a property sent twice, a value of the wrong type "
                    + "or an unknown enum code; `errors[]` names the field (`findings[3].weight`).",
            "Fix what `errors[].field` names; sending it unchanged gives the same answer."),
    UNAUTHORIZED("unauthorized", "401", "Unauthorized", "Niet aangemeld", Retry.WITH_A_NEW_TOKEN,
            "No valid bearer token: none on an operation that needs one, or one that expired, is forged or was issued for another "
                    + "audience. The answer carries `WWW-Authenticate: Bearer`.",
            "Get a new token and send the request again; on a public read, send no token at all to read anonymously."),
    FORBIDDEN("forbidden", "403", "Forbidden", "Niet toegestaan", Retry.NO,
            "The token is valid but its role may not do this, a certifier or member token lacks its tenant claim (`certifying_body`, "
                    + "`organisation`), or the body is not accredited.",
            "Do not retry; ask NVVK for the role or the claim your client needs."),
    NOT_FOUND("not-found", "404", "Not found", "Niet gevonden", Retry.NO,
            "No such resource, or one of another tenant (which answers exactly alike), or no resource at this path.",
            "Check the id or the path; an id of another tenant will not appear."),
    METHOD_NOT_ALLOWED("method-not-allowed", "405", "Method not allowed", "Methode niet toegestaan", Retry.NO,
            "The path exists but does not support this method; `Allow` lists the methods it does.",
            "Use a method that `Allow` lists."),
    NOT_ACCEPTABLE("not-acceptable", "406", "Not acceptable", "Niet aanvaardbaar", Retry.NO,
            "The `Accept` header asks for a representation this resource does not give (most answer JSON only; documents PDF).",
            "Send an `Accept` this operation answers, and `application/problem+json` for its errors."),
    DUPLICATE("duplicate", "409", "Already exists", "Bestaat al", Retry.NO,
            "A unique business key is taken already (a KvK number, a body code, a framework version); "
                    + "`errors[]` names the field.",
            "Read the existing resource instead of creating it again, or choose another value for the field."),
    CONFLICT("conflict", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "The request conflicts with the current state in a way no more specific type names.",
            "Read the resource and decide again; sending it unchanged gives the same answer."),
    CONCURRENT_CHANGE("concurrent-change", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.AFTER_READING_AGAIN,
            "The request met a concurrent change to the same data (sent without `If-Match`) and was not carried out.",
            "Read the resource again and retry; nothing of the request was applied."),
    AUDIT_TRANSITION("audit-transition", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "The audit's status does not allow this step: starting one that is not planned, moving one back from in progress to planned, "
                    + "reopening or deciding on one that is not submitted, deciding again without an upheld objection.",
            "Read the audit's `status`; NVVK can reopen a submitted audit."),
    AUDIT_NOT_OPEN("audit-not-open", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "The audit is submitted, decided or cancelled and can no longer be changed by its body (a different package, a finding, "
                    + "a submission or a cancellation). The same package pushed again still answers 200.",
            "Do not retry; ask NVVK to reopen the audit if it must change."),
    ACTION_TRANSITION("action-transition", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "The improvement action's status does not allow this step: progress is reported on an open or rejected action, an "
                    + "action is accepted or rejected once submitted, closed once accepted.",
            "Read the action's `status` and take the step it allows."),
    FOLLOW_UP_WITHOUT_CERTIFICATE("follow-up-without-certificate", "409", "Conflict with the current state",
            "Conflict met de huidige toestand", Retry.NO,
            "A grant on a follow-up audit lifts the conditions of the certificate in force, and the organisation has none.",
            "Decide on the organisation's recertification or admission audit instead."),
    CERTIFICATE_TRANSITION("certificate-transition", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "The certificate's status does not allow this step: suspending one that is not active, reinstating one that is not "
                    + "suspended, withdrawing one that is neither.",
            "Read the certificate's `status`."),
    OBJECTION_NOT_POSSIBLE("objection-not-possible", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "There is nothing to object to: NVVK has not decided on the audit, or granted it without conditions.",
            "Do not retry."),
    OBJECTION_PERIOD_OVER("objection-period-over", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "The period to object to NVVK's decision ended; the detail names its last day.",
            "Do not retry; contact NVVK."),
    OBJECTION_LODGED_ALREADY("objection-lodged-already", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "The organisation objected to this decision already; NVVK handles that objection.",
            "Read the audit's objection instead of lodging another."),
    OBJECTION_TRANSITION("objection-transition", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "The objection's status does not allow this step: its receipt is confirmed once lodged, it is taken into handling once "
                    + "received, decided on once in handling.",
            "Read the objection's `status`."),
    SELF_ASSESSMENT_EMPTY("self-assessment-empty", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "The self-assessment assesses no norm yet, so there is nothing to share.",
            "Assess at least one norm, then share it."),
    SELF_ASSESSMENT_SHARED("self-assessment-shared", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "The self-assessment is shared and can no longer be changed, shared again or answered by colleagues.",
            "Start a new self-assessment."),
    RESPONSE_EMPTY("response-empty", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "A colleague's answers within a self-assessment answer no norm or area yet, so there is nothing to submit.",
            "Answer at least one norm or area, then submit."),
    RESPONSE_SUBMITTED("response-submitted", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "A colleague's answers are submitted and can no longer change.",
            "Do not retry."),
    NOT_A_PARTICIPANT("not-a-participant", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "Only an organisation that took part in a peer meeting keeps a reflection on it.",
            "Do not retry."),
    REFLECTION_SHARED("reflection-shared", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "The reflection is shared with a certifying body and can no longer change.",
            "Do not retry."),
    FRAMEWORK_NOT_DRAFT("framework-not-draft", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "Only a draft framework version can be published.",
            "Read the version's `status`."),
    FRAMEWORK_NOT_PUBLISHED("framework-not-published", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "Only a published framework version can be retired.",
            "Read the version's `status`."),
    FRAMEWORK_IMMUTABLE("framework-immutable", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "A published or retired framework version never changes.",
            "Import a new version instead."),
    WEBHOOK_NOT_PAUSED("webhook-not-paused", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "Only a paused webhook subscription can be resumed.",
            "Nothing to do: the subscription is active."),
    WEBHOOK_DELIVERY_PENDING("webhook-delivery-pending", "409", "Conflict with the current state", "Conflict met de huidige toestand", Retry.NO,
            "The delivery asked for again is pending already; it goes out when due.",
            "Wait for it; the delivery log shows its attempts."),
    PRECONDITION_FAILED("precondition-failed", "412", "Precondition failed", "Voorwaarde niet vervuld", Retry.AFTER_READING_AGAIN,
            "The `If-Match` ETag is not the resource's current one: it changed since it was read (also when two writers race).",
            "Read the resource again, check your change against it, and send it with the new ETag."),
    PAYLOAD_TOO_LARGE("payload-too-large", "413", "Payload too large", "Verzoek te groot", Retry.NO,
            "The body is larger than 1 MB (a package batch: 16 MB), declared or sent without a length.",
            "Send less: fewer packages per batch."),
    URI_TOO_LONG("uri-too-long", "414", "URI too long", "URI te lang", Retry.NO,
            "The request's URI is longer than 4,096 bytes.",
            "Send fewer or shorter query parameters."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "415", "Unsupported media type", "Mediatype niet ondersteund", Retry.NO,
            "The body is not `application/json`.",
            "Send the body as `application/json`."),
    VALIDATION_FAILED("validation-failed", "422", "Validation failed", "Ongeldige invoer", Retry.NO,
            "Well-formed but invalid: a field that breaks its rules, an unknown or inapplicable norm, an incomplete audit asked to "
                    + "submit, or a query, path or header parameter that does not convert, breaks its format, is not a parameter of the "
                    + "operation, or is a cursor this service did not give out; `errors[]` names every one, as sent.",
            "Fix what `errors[].field` names; sending it unchanged gives the same answer. A refused cursor: start the list again without one."),
    PRECONDITION_REQUIRED("precondition-required", "428", "Precondition required", "Voorwaarde vereist", Retry.AFTER_READING_AGAIN,
            "A change that needs `If-Match` came without it.",
            "Read the resource and send the change with its ETag in `If-Match`."),
    TOO_MANY_REQUESTS("too-many-requests", "429", "Too many requests", "Te veel verzoeken", Retry.AFTER_RETRY_AFTER,
            "The client used its request budget (`RateLimit`, `RateLimit-Policy`); the request was not carried out.",
            "Wait the seconds in `Retry-After`, then send the same request again."),
    HEADER_FIELDS_TOO_LARGE("header-fields-too-large", "431", "Request header fields too large", "Kopregels van het verzoek te groot",
            Retry.NO,
            "The request's header fields are larger than 20 KB together.",
            "Send fewer or smaller headers."),
    CLIENT_ERROR("client-error", "4xx", "Client error", "Fout in het verzoek", Retry.NO,
            "Another client error of the HTTP layer, with its own status (none of the above; rare).",
            "Fix the request as the status says."),
    INTERNAL_ERROR("internal-error", "500", "Internal error", "Interne fout", Retry.NO,
            "An unexpected failure of the service; it is logged with the request's id.",
            "Report the `X-Request-Id` and the time of the request to NVVK; read before you repeat a change."),
    AUTHENTICATION_UNAVAILABLE("authentication-unavailable", "503", "Authentication unavailable", "Aanmelden niet mogelijk",
            Retry.AFTER_RETRY_AFTER,
            "The identity provider cannot be reached to verify the token.",
            "Wait the seconds in `Retry-After` (30), then send the same request again."),
    DATABASE_UNAVAILABLE("database-unavailable", "503", "Service unavailable", "Dienst niet beschikbaar", Retry.AFTER_RETRY_AFTER,
            "The database cannot be reached, or no database connection came free in time.",
            "Wait the seconds in `Retry-After`, then retry; read the resource first before you repeat a change, in case its commit went through."),
    REGISTER_UNAVAILABLE("register-unavailable", "503", "Service unavailable", "Dienst niet beschikbaar", Retry.AFTER_RETRY_AFTER,
            "Public verification cannot confirm that its copy of the register is current.",
            "Wait the seconds in `Retry-After` (1), then ask again."),
    FIGURES_UNAVAILABLE("figures-unavailable", "503", "Service unavailable", "Dienst niet beschikbaar", Retry.AFTER_RETRY_AFTER,
            "The statistics are being read, or could not be read just now.",
            "Wait the seconds in `Retry-After`, then ask again.");

    /** Every type URI is this followed by the type's slug; it identifies the type (it is no address to fetch). */
    public static final String BASE = "https://keurmerkregister.nvvk.nl/problems/";

    /** Whether and how a client may send the same request again. */
    public enum Retry {
        NO("not unchanged: the same request gets the same answer; change it first (or, for a state conflict, wait until the state changes)"),
        AFTER_READING_AGAIN("after reading the resource again: check the change against what is there now, then send it (with the new ETag)"),
        AFTER_RETRY_AFTER("unchanged, after the seconds in `Retry-After`; nothing of the request was carried out, except that a 503 may "
                + "have broken off a commit, so read before you repeat a change"),
        WITH_A_NEW_TOKEN("unchanged, with a new token");

        private final String meaning;

        Retry(String meaning) {
            this.meaning = meaning;
        }

        /** As the contract and the docs write it: {@code after-retry-after}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String meaning() {
            return meaning;
        }
    }

    private final String slug;
    private final String status;
    private final String title;
    private final String dutchTitle;
    private final Retry retry;
    private final String meaning;
    private final String whatToDo;

    ProblemType(String slug, String status, String title, String dutchTitle, Retry retry, String meaning, String whatToDo) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.dutchTitle = dutchTitle;
        this.retry = retry;
        this.meaning = meaning;
        this.whatToDo = whatToDo;
    }

    /** Looked up for every problem the service answers, so read once. */
    private static final Map<String, ProblemType> BY_SLUG = Stream.of(values()).collect(Collectors.toMap(ProblemType::slug, Function.identity()));

    /** The type a slug names, if the catalogue has it. */
    public static Optional<ProblemType> of(String slug) {
        return Optional.ofNullable(BY_SLUG.get(slug));
    }

    /** This type as the contract's {@code x-problem-types} lists it (and ProblemTypesTest expects it there). */
    public Map<String, String> contractEntry() {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("type", uri().toString());
        entry.put("status", status);
        entry.put("title", title);
        entry.put("retry", retry.code());
        entry.put("meaning", meaning);
        entry.put("whatToDo", whatToDo);
        return entry;
    }

    public String slug() { return slug; }
    public URI uri() { return URI.create(BASE + slug); }
    /** The HTTP status, or {@code 4xx} for a client error that brings its own. */
    public String status() { return status; }
    public String title(ProblemLanguage language) { return language == ProblemLanguage.DUTCH ? dutchTitle : title; }
    public Retry retry() { return retry; }
    public String meaning() { return meaning; }
    public String whatToDo() { return whatToDo; }
}
