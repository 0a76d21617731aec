package nl.nvvk.keurmerk.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.error.PreconditionFailed;
import nl.nvvk.keurmerk.shared.error.PreconditionRequired;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void if_match_must_name_the_current_version() {
        assertThatThrownBy(() -> ETags.requireMatch(null, 3)).isInstanceOf(PreconditionRequired.class);
        assertThatThrownBy(() -> ETags.requireMatch(" ", 3)).isInstanceOf(PreconditionRequired.class);
        assertThatThrownBy(() -> ETags.requireMatch("\"2\"", 3)).isInstanceOf(PreconditionFailed.class);
        assertThatCode(() -> ETags.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        // If-Match compares strongly (RFC 9110): a weak tag never matches.
        assertThatThrownBy(() -> ETags.requireMatch("W/\"3\"", 3)).isInstanceOf(PreconditionFailed.class);
        assertThatCode(() -> ETags.requireMatch("W/\"3\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
    }

    @Test
    void if_none_match_compares_weakly() {
        org.assertj.core.api.Assertions.assertThat(ETags.names("W/\"3\"", "\"3\"")).isTrue();
        org.assertj.core.api.Assertions.assertThat(ETags.names("\"2\", \"4\"", "\"3\"")).isFalse();
    }
}
