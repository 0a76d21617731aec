package nl.nvvk.keurmerk.shared.ratelimit;

/**
 * What one request found in its client's budget, in the terms of the IETF RateLimit fields
 * (draft-ietf-httpapi-ratelimit-headers): the policy, the requests still available ("r") and the
 * seconds until the window refills the budget ("t"), within which no more than "r" are served.
 */
public record Allowance(Budget budget, Quota quota, boolean granted, long remaining, long secondsToRefill) {

    /** {@code "public-read";q=600;w=60} */
    public String policyField() {
        // Concatenation, not String.format: these two fields go on every answer.
        return "\"" + budget.policyName() + "\";q=" + quota.requests() + ";w=" + quota.windowSeconds();
    }

    /** {@code "public-read";r=599;t=42} */
    public String rateLimitField() {
        return "\"" + budget.policyName() + "\";r=" + remaining + ";t=" + secondsToRefill;
    }

    /** For a refused request: whole seconds until it would be served, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, secondsToRefill);
    }
}
