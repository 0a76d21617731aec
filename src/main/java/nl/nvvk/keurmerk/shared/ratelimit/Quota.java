package nl.nvvk.keurmerk.shared.ratelimit;

import java.time.Duration;

/** A budget's size: this many requests per window of whole seconds, as RateLimit-Policy states it ("q" and "w"). */
public record Quota(long requests, Duration window) {

    public Quota {
        if (requests < 1) {
            throw new IllegalArgumentException("A rate limit needs at least 1 request per window, not " + requests);
        }
        if (window.toSeconds() < 1 || window.toNanosPart() != 0) {
            throw new IllegalArgumentException("A rate-limit window is a whole number of seconds, at least 1s, not " + window);
        }
    }

    static Quota of(RateLimitConfig.Limit limit) {
        return new Quota(limit.requests(), limit.window());
    }

    public long windowSeconds() {
        return window.toSeconds();
    }
}
