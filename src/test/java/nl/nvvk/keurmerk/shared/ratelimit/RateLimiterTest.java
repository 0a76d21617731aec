package nl.nvvk.keurmerk.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Budgets, their refill and the RateLimit fields, on a clock the test turns. */
class RateLimiterTest {
    private final ManualClock clock = new ManualClock();
    private final RateLimiter limiter = new RateLimiter(Map.of(
            Budget.PUBLIC_READ, new Quota(3, Duration.ofSeconds(10)),
            Budget.AUTHENTICATED_READ, new Quota(5, Duration.ofSeconds(10)),
            Budget.WRITE, new Quota(2, Duration.ofSeconds(60))), 100, clock);

    @Test
    void a_budget_counts_down_then_refuses_until_its_window_refills_it_whole() {
        assertThat(limiter.take(Budget.PUBLIC_READ, "address:a").rateLimitField()).isEqualTo("\"public-read\";r=2;t=10");
        clock.advance(Duration.ofMillis(2_500));
        assertThat(limiter.take(Budget.PUBLIC_READ, "address:a").rateLimitField()).isEqualTo("\"public-read\";r=1;t=8");
        assertThat(limiter.take(Budget.PUBLIC_READ, "address:a").rateLimitField()).isEqualTo("\"public-read\";r=0;t=8");

        Allowance refused = limiter.take(Budget.PUBLIC_READ, "address:a");
        assertThat(refused.granted()).isFalse();
        assertThat(refused.rateLimitField()).isEqualTo("\"public-read\";r=0;t=8");
        assertThat(refused.retryAfterSeconds()).isEqualTo(8);

        clock.advance(Duration.ofMillis(7_499));
        assertThat(limiter.take(Budget.PUBLIC_READ, "address:a").retryAfterSeconds()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        Allowance refilled = limiter.take(Budget.PUBLIC_READ, "address:a");
        assertThat(refilled.granted()).isTrue();
        assertThat(refilled.rateLimitField()).isEqualTo("\"public-read\";r=2;t=10");
    }

    @Test
    void clients_and_budgets_are_counted_apart() {
        for (int i = 0; i < 3; i++) {
            limiter.take(Budget.PUBLIC_READ, "address:a");
        }
        assertThat(limiter.take(Budget.PUBLIC_READ, "address:a").granted()).isFalse();
        assertThat(limiter.take(Budget.PUBLIC_READ, "address:b").remaining()).isEqualTo(2);
        assertThat(limiter.take(Budget.WRITE, "address:a").rateLimitField()).isEqualTo("\"write\";r=1;t=60");
        assertThat(limiter.take(Budget.AUTHENTICATED_READ, "subject:a").remaining()).isEqualTo(4);
    }

    @Test
    void the_policy_field_states_quota_and_window() {
        Allowance allowance = limiter.take(Budget.AUTHENTICATED_READ, "subject:x");
        assertThat(allowance.policyField()).isEqualTo("\"authenticated-read\";q=5;w=10");
        assertThat(limiter.take(Budget.WRITE, "subject:x").policyField()).isEqualTo("\"write\";q=2;w=60");
    }

    @Test
    void after_a_quiet_window_a_client_has_its_full_budget_again() {
        RateLimiter small = new RateLimiter(Map.of(
                Budget.PUBLIC_READ, new Quota(1, Duration.ofSeconds(10)),
                Budget.AUTHENTICATED_READ, new Quota(1, Duration.ofSeconds(10)),
                Budget.WRITE, new Quota(1, Duration.ofSeconds(10))), 100, clock);
        small.take(Budget.PUBLIC_READ, "address:a");
        assertThat(small.take(Budget.PUBLIC_READ, "address:a").granted()).isFalse();
        clock.advance(Duration.ofSeconds(11));
        assertThat(small.take(Budget.PUBLIC_READ, "address:a").granted()).isTrue();
    }

    @Test
    void safe_methods_read_and_the_token_decides_which_read_budget() {
        assertThat(Budget.of("GET", false)).isEqualTo(Budget.PUBLIC_READ);
        assertThat(Budget.of("HEAD", false)).isEqualTo(Budget.PUBLIC_READ);
        assertThat(Budget.of("OPTIONS", false)).isEqualTo(Budget.PUBLIC_READ);
        assertThat(Budget.of("GET", true)).isEqualTo(Budget.AUTHENTICATED_READ);
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertThat(Budget.of(method, false)).isEqualTo(Budget.WRITE);
            assertThat(Budget.of(method, true)).isEqualTo(Budget.WRITE);
        }
    }

    @Test
    void a_quota_is_at_least_one_request_per_whole_seconds() {
        assertThatThrownBy(() -> new Quota(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quota(10, Duration.ofMillis(500))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quota(10, Duration.ofMillis(1_500))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Quota(10, Duration.ofMinutes(1)).windowSeconds()).isEqualTo(60);
    }

    /** Time stands still until the test moves it. */
    private static final class ManualClock implements TimeMeter {
        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
