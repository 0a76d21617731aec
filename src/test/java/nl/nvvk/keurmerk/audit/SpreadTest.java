package nl.nvvk.keurmerk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.audit.Spread.Answer;
import org.junit.jupiter.api.Test;

/** The combined view's figures for one norm or area, without Quarkus. */
class SpreadTest {

    @Test
    void an_odd_number_of_levels_has_its_middle_one_as_median() {
        Spread spread = Spread.of(List.of(new Answer(3, null), new Answer(1, "b"), new Answer(4, "a")));
        assertThat(spread.answered()).isEqualTo(3);
        assertThat(spread.levelled()).isEqualTo(3);
        assertThat(spread.lowest()).isEqualTo(1);
        assertThat(spread.median()).isEqualByComparingTo(BigDecimal.valueOf(3));
        assertThat(spread.highest()).isEqualTo(4);
        assertThat(spread.levels()).containsExactly(Map.entry(1, 1), Map.entry(3, 1), Map.entry(4, 1));
        assertThat(spread.comments()).containsExactly("a", "b");
    }

    @Test
    void an_even_number_of_levels_lies_halfway_between_the_two_middle_ones() {
        assertThat(Spread.of(List.of(new Answer(2, null), new Answer(3, null))).median()).isEqualByComparingTo("2.5");
        assertThat(Spread.of(List.of(new Answer(2, null), new Answer(4, null), new Answer(2, null), new Answer(4, null))).median())
                .isEqualByComparingTo("3");
    }

    @Test
    void answers_with_only_a_comment_count_as_answered_but_not_in_the_spread() {
        Spread spread = Spread.of(List.of(new Answer(null, "Weet ik niet"), new Answer(null, " "), new Answer(2, null)));
        assertThat(spread.answered()).isEqualTo(3);
        assertThat(spread.levelled()).isEqualTo(1);
        assertThat(spread.median()).isEqualByComparingTo("2");
        assertThat(spread.comments()).containsExactly("Weet ik niet");
        Spread none = Spread.of(List.of());
        assertThat(none.answered()).isZero();
        assertThat(none.lowest()).isNull();
        assertThat(none.median()).isNull();
        assertThat(none.highest()).isNull();
    }
}
