package nl.nvvk.keurmerk.shared.ratelimit;

/**
 * The separate request budgets: anonymous catalogue reads must not eat into what a certifying
 * body needs for its own reads, and pushes, which cost the most, have the smallest budget.
 */
public enum Budget {
    /** Reads without a valid token, per client address. */
    PUBLIC_READ("public-read"),
    /** Reads with a valid token, per token subject. */
    AUTHENTICATED_READ("authenticated-read"),
    /** Changes (POST, PUT, PATCH, DELETE), per token subject, or per address without a valid token. */
    WRITE("write");

    private final String policyName;

    Budget(String policyName) {
        this.policyName = policyName;
    }

    /** The name of the quota policy in the RateLimit and RateLimit-Policy fields. */
    public String policyName() {
        return policyName;
    }

    /** Safe methods read; every other method changes something and spends the write budget. */
    public static Budget of(String method, boolean authenticated) {
        boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        if (!read) {
            return WRITE;
        }
        return authenticated ? AUTHENTICATED_READ : PUBLIC_READ;
    }
}
