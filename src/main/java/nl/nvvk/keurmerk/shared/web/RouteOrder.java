package nl.nvvk.keurmerk.shared.web;

/**
 * Where the service's own router handlers sit among Quarkus' (a lower order runs first; see
 * io.quarkus.vertx.http.runtime.RouteConstants). Quarkus' HTTP authentication filter (priority
 * 200, so order -200) attaches the caller's deferred identity and its path authorizer (priority
 * 100) runs at -100; handlers that need to know the caller run in between.
 */
public final class RouteOrder {
    /** First of all, so every answer (a 401, a 429, a 404 of the router) carries the request's id and every log line of it too. */
    public static final int REQUEST_ID = -1_000;
    /** Right after: a URI or header fields over the service's limits are refused before anything reads them (authentication included). */
    public static final int REQUEST_LIMITS = REQUEST_ID + 1;
    /** After authentication has attached the caller, before anything can answer. */
    public static final int RATE_LIMIT = -150;
    /** Right after rate limiting, so a refused body still counts against the budget and carries its fields. */
    public static final int BODY_SIZE_CHECK = RATE_LIMIT + 1;

    private RouteOrder() {
    }
}
