package nl.nvvk.keurmerk.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cursor keys a deployment configures: a current one, and the previous ones of a rotation. */
class PagingKeysTest {
    private static final String CURRENT = "the-current-cursor-key-of-32-chars-or-more";
    private static final String PREVIOUS = "the-previous-cursor-key-of-32-chars-or-more";

    @Test
    void the_service_does_not_start_with_a_short_current_or_previous_key() {
        assertThatThrownBy(() -> new Paging(Optional.empty(), Optional.empty())).hasMessageContaining("keurmerk.paging.cursor-key");
        assertThatThrownBy(() -> new Paging(Optional.of("short"), Optional.empty())).hasMessageContaining("at least 32");
        assertThatThrownBy(() -> new Paging(Optional.of(CURRENT), Optional.of(List.of(PREVIOUS, "short"))))
                .hasMessageContaining("keurmerk.paging.previous-cursor-keys");
    }

    @Test
    void previous_keys_are_optional_and_blank_entries_are_ignored() {
        assertThat(new Paging(Optional.of(CURRENT), Optional.empty())).isNotNull();
        assertThat(new Paging(Optional.of(CURRENT), Optional.of(List.of(" ", PREVIOUS + " ")))).isNotNull();
    }
}
