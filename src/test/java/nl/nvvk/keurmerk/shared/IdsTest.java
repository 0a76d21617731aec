package nl.nvvk.keurmerk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void ids_are_version_7_with_the_creation_time_first_so_later_ones_sort_after_earlier_ones_as_postgresql_orders_them() throws Exception {
        long before = System.currentTimeMillis();
        UUID first = Ids.next();
        Thread.sleep(2);
        UUID second = Ids.next();

        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.getMostSignificantBits() >>> 16).isBetween(before, System.currentTimeMillis());
        // PostgreSQL compares uuids byte by byte, as their lower-case texts compare.
        assertThat(second.toString()).isGreaterThan(first.toString());
    }

    @Test
    void ids_made_in_the_same_millisecond_differ_in_their_74_random_bits() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(Ids.next());
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
    }
}
