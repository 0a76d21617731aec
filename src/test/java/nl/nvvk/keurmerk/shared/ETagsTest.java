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
        assertThatCode(() -> ETags.requireMatch("W/\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
    }
}
