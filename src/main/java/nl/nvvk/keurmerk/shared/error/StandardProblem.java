package nl.nvvk.keurmerk.shared.error;

/**
 * The fixed wording of the answers the HTTP layer itself gives, whether the REST layer or the
 * router below it notices: the framework's own messages may name classes, so none is passed on.
 */
public enum StandardProblem {
    BAD_REQUEST(400, "bad-request", "Bad request", "The request is malformed"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized", "A valid bearer token from the NVVK Keycloak realm is required"),
    FORBIDDEN(403, "forbidden", "Forbidden", "Your role may not do this"),
    NOT_FOUND(404, "not-found", "Not found", "No resource at this path"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed", "This resource does not support this method"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable", "This resource answers application/json only"),
    CONFLICT(409, "conflict", "Conflict", "The request conflicts with the current state"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large", "The request body is larger than this service accepts"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long", "The request's URI is longer than this service accepts"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type", "Send the body as application/json"),
    HEADER_FIELDS_TOO_LARGE(431, "header-fields-too-large", "Request header fields too large",
            "The request's header fields are larger than this service accepts"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests",
            "This client has used its request budget; retry after the seconds in Retry-After"),
    INTERNAL_ERROR(500, "internal-error", "Internal error",
            "The service failed unexpectedly; the failure is logged. Please report the time of the request");

    private final int status;
    private final String slug;
    private final String title;
    private final String detail;

    StandardProblem(int status, String slug, String title, String detail) {
        this.status = status;
        this.slug = slug;
        this.title = title;
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
            return language.problem(status, "client-error", "Client error", instance, null, "The request cannot be processed");
        }
        return INTERNAL_ERROR.at(instance, language);
    }

    public String slug() {
        return slug;
    }

    /** The fixed detail, in English. */
    String detail() {
        return detail;
    }

    public Problem at(String instance) {
        return at(instance, ProblemLanguage.ENGLISH);
    }

    public Problem at(String instance, ProblemLanguage language) {
        return language.problem(status, slug, title, instance, null, detail);
    }

    /** This kind of problem, with a detail that says more than the fixed one (a template and its arguments). */
    public Problem at(String instance, ProblemLanguage language, String template, Object... arguments) {
        return language.problem(status, slug, title, instance, null, template, arguments);
    }
}
