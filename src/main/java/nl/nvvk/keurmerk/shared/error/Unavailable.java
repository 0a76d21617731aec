package nl.nvvk.keurmerk.shared.error;

/** Something the service needs is down for now (the database): a 503 the client retries after a while. */
public class Unavailable extends ProblemException {
    private final int retryAfterSeconds;

    public Unavailable(String slug, String template, int retryAfterSeconds, Object... arguments) {
        super(503, slug, template, null, arguments);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The database cannot be reached, or no pooled connection came free in time. */
    public static Unavailable database(int retryAfterSeconds) {
        return new Unavailable("database-unavailable",
                "The database cannot be reached right now. Retry after %d seconds; a change whose commit the outage broke off "
                        + "may have been applied, so read the resource before you repeat one",
                retryAfterSeconds, retryAfterSeconds);
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
