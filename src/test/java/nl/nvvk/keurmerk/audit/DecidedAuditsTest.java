package nl.nvvk.keurmerk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The development levels per area of a decided audit, as the figures' read takes them from PostgreSQL's jsonb text. */
class DecidedAuditsTest {

    @Test
    void levels_are_read_in_pairs_of_area_and_level_whatever_the_spacing_and_the_number_of_digits() {
        assertThat(DecidedAudits.levelsOf("[[1, 3], [2, 4], [10, 2]]")).isEqualTo(Map.of(1, 3, 2, 4, 10, 2));
        assertThat(DecidedAudits.levelsOf("[[12,1],[7,4]]")).isEqualTo(Map.of(12, 1, 7, 4));
    }

    @Test
    void an_audit_without_levels_has_none() {
        assertThat(DecidedAudits.levelsOf("[]")).isEmpty();
    }
}
