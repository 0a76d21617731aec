package nl.nvvk.keurmerk.shared.error;

/**
 * The fixed wording of the answers the HTTP layer itself gives, whether the REST layer or the
 * router below it notices: the framework's own messages may name classes, so none is passed on.
 */
public enum StandardProblem {
    BAD_REQUEST(ProblemType.BAD_REQUEST, "The request is malformed"),
    UNAUTHORIZED(ProblemType.UNAUTHORIZED, "A valid bearer token from the NVVK Keycloak realm is required"),
    FORBIDDEN(ProblemType.FORBIDDEN, "Your role may not do this"),
    NOT_FOUND(ProblemType.NOT_FOUND, "No resource at this path"),
    METHOD_NOT_ALLOWED(ProblemType.METHOD_NOT_ALLOWED, "This resource does not support this method"),
    NOT_ACCEPTABLE(ProblemType.NOT_ACCEPTABLE, "This resource answers application/json only"),
    CONFLICT(ProblemType.CONFLICT, "The request conflicts with the current state"),
    PAYLOAD_TOO_LARGE(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than this service accepts"),
    URI_TOO_LONG(ProblemType.URI_TOO_LONG, "The request's URI is longer than this service accepts"),
    UNSUPPORTED_MEDIA_TYPE(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json"),
    HEADER_FIELDS_TOO_LARGE(ProblemType.HEADER_FIELDS_TOO_LARGE, "The request's header fields are larger than this service accepts"),
    TOO_MANY_REQUESTS(ProblemType.TOO_MANY_REQUESTS, "This client has used its request budget; retry after the seconds in Retry-After"),
    INTERNAL_ERROR(ProblemType.INTERNAL_ERROR, "The service failed unexpectedly; the failure is logged. Please report the time of the request");

    private final ProblemType type;
    private final int status;
    private final String detail;

    StandardProblem(ProblemType type, String detail) {
        this.type = type;
        this.status = Integer.parseInt(type.status());
        this.detail = detail;
    }

    /** The wording for a status; another 4xx gets a generic client error with its own status. */
    public static Problem of(int status, String instance) {
        return of(status, instance, ProblemLanguage.ENGLISH);
    }

    /** The wording for a status, in the request's language. */
    public static Problem of(int status, String instance, ProblemLanguage language) {
        for (StandardProblem known : values()) {
            if (known.status == status) {
                return known.at(instance, language);
            }
        }
        if (status >= 400 && status < 500) {
            return language.problem(status, "client-error", instance, null, "The request cannot be processed");
        }
        return INTERNAL_ERROR.at(instance, language);
    }

    public String slug() {
        return type.slug();
    }

    /** The fixed detail, in English. */
    String detail() {
        return detail;
    }

    public Problem at(String instance) {
        return at(instance, ProblemLanguage.ENGLISH);
    }

    public Problem at(String instance, ProblemLanguage language) {
        return language.problem(status, type.slug(), instance, null, detail);
    }

    /** This kind of problem, with a detail that says more than the fixed one (a template and its arguments). */
    public Problem at(String instance, ProblemLanguage language, String template, Object... arguments) {
        return language.problem(status, type.slug(), instance, null, template, arguments);
    }
}
