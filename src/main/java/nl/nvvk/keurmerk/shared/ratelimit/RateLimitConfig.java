package nl.nvvk.keurmerk.shared.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The budgets of one replica: each replica counts on its own, see docs/operations.md, "Rate limits". */
@ConfigMapping(prefix = "keurmerk.rate-limit")
public interface RateLimitConfig {

    /** Off, requests are neither counted nor refused and answers carry no RateLimit fields. */
    @WithDefault("true")
    boolean enabled();

    Limit publicRead();

    Limit authenticatedRead();

    Limit write();

    /**
     * Clients remembered per budget. Memory stays bounded however many addresses call; a client
     * pushed out by newer ones starts again with a full budget.
     */
    @WithDefault("10000")
    int maxClients();

    /**
     * Proxies (IP addresses or CIDR ranges) whose X-Forwarded-For entries are believed, read from
     * the right; none by default, so the TCP peer is the client.
     */
    Optional<List<String>> trustedProxies();

    interface Limit {
        /** Requests a client may make per window. */
        long requests();

        /** The window, in whole seconds (for instance 60s or 1m). */
        Duration window();
    }
}
