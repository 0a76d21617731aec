package nl.nvvk.keurmerk.shared.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * One token bucket (Bucket4j) per client and budget, in this replica's memory. Each bucket holds
 * the budget's quota and is refilled whole once per window, counted from the client's first
 * request, so "remaining" and "seconds to refill" mean exactly what the RateLimit field says.
 * Buckets sit in a bounded cache and are dropped after a window without requests, when they
 * would be full anyway.
 */
@Singleton
public class RateLimiter {
    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final Map<Budget, Quota> quotas = new EnumMap<>(Budget.class);
    private final Map<Budget, Cache<String, Bucket>> buckets = new EnumMap<>(Budget.class);
    private final TimeMeter clock;

    @Inject
    RateLimiter(RateLimitConfig config) {
        this(Map.of(Budget.PUBLIC_READ, Quota.of(config.publicRead()),
                        Budget.AUTHENTICATED_READ, Quota.of(config.authenticatedRead()),
                        Budget.WRITE, Quota.of(config.write())),
                config.maxClients(), TimeMeter.SYSTEM_NANOTIME);
    }

    RateLimiter(Map<Budget, Quota> quotas, int maxClients, TimeMeter clock) {
        this.clock = clock;
        for (Budget budget : Budget.values()) {
            Quota quota = quotas.get(budget);
            this.quotas.put(budget, quota);
            this.buckets.put(budget, Caffeine.newBuilder()
                    .maximumSize(maxClients)
                    .expireAfterAccess(quota.window())
                    .ticker(clock::currentTimeNanos)
                    .build());
        }
    }

    /** Takes one request from the client's budget, if there is one left. */
    public Allowance take(Budget budget, String client) {
        Quota quota = quotas.get(budget);
        Bucket bucket = buckets.get(budget).get(client, key -> newBucket(quota));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long nanosToRefill = probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill();
        return new Allowance(budget, quota, probe.isConsumed(), probe.getRemainingTokens(), ceilSeconds(nanosToRefill));
    }

    private Bucket newBucket(Quota quota) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(quota.requests()).refillIntervally(quota.requests(), quota.window()))
                .withCustomTimePrecision(clock)
                .build();
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
    }
}
