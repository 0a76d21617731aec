package nl.nvvk.keurmerk.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Misconfiguration that would let every caller choose its own budget stops the start. */
class RateLimitingTest {

    @Test
    void forwarded_addresses_are_believed_only_from_named_proxies() {
        RateLimiting unnamed = new RateLimiting(null, null, true, Optional.empty());
        assertThatThrownBy(() -> unnamed.install(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KEURMERK_TRUSTED_PROXIES");
        RateLimiting empty = new RateLimiting(null, null, true, Optional.of(List.of()));
        assertThatThrownBy(() -> empty.install(null)).isInstanceOf(IllegalStateException.class);
    }
}
