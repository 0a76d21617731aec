package nl.nvvk.keurmerk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every row of three categories of up to 40 organisations, shown as Suppression shows it, tried as an
 * attacker would: knowing the rule, the total and the cells shown, which rows could it have been?
 */
class SuppressionTest {
    private static final int MAX_TOTAL = 40;

    @Test
    void no_shown_cell_and_no_hidden_cell_pins_down_fewer_than_five_organisations() {
        // Group every row by what is shown of it: the rows an attacker cannot tell apart.
        Map<String, List<int[]>> alike = new HashMap<>();
        for (int total = 0; total <= MAX_TOTAL; total++) {
            for (int a = 0; a <= total; a++) {
                for (int b = 0; a + b <= total; b++) {
                    int[] cells = {a, b, total - a - b};
                    alike.computeIfAbsent(shownAs(cells), k -> new ArrayList<>()).add(cells);
                }
            }
        }
        for (List<int[]> rows : alike.values()) {
            for (int[] row : rows) {
                Suppression.Shown shown = Suppression.of(row, Arrays.stream(row).sum());
                if (shown.total() == null) {
                    // Fewer than five in all: nothing at all is shown, not even which cells exist.
                    assertThat(Arrays.stream(row).sum()).isLessThan(Suppression.THRESHOLD);
                    assertThat(shown.cells()).containsOnlyNulls();
                    continue;
                }
                for (int i = 0; i < row.length; i++) {
                    if (shown.cells()[i] != null) {
                        // A shown cell describes none or at least five, and leaves at least five outside it.
                        assertThat(row[i] == 0 || row[i] >= Suppression.THRESHOLD).as(Arrays.toString(row)).isTrue();
                        assertThat(shown.total() - row[i]).isGreaterThanOrEqualTo(Suppression.THRESHOLD);
                    } else {
                        // A hidden cell that holds 1 to 4 organisations, or all but 1 to 4, can never be worked out exactly.
                        int cell = i;
                        Set<Integer> possible = new TreeSet<>();
                        rows.forEach(r -> possible.add(r[cell]));
                        boolean disclosive = (row[i] > 0 && row[i] < Suppression.THRESHOLD)
                                || (shown.total() - row[i] > 0 && shown.total() - row[i] < Suppression.THRESHOLD);
                        if (disclosive) {
                            assertThat(possible).as("cell %d of %s", i, Arrays.toString(row)).hasSizeGreaterThan(1);
                        }
                    }
                }
            }
        }
    }

    @Test
    void subtracting_the_shown_cells_from_the_total_never_gives_a_hidden_cell() {
        for (int total = Suppression.THRESHOLD; total <= MAX_TOTAL; total++) {
            for (int a = 0; a <= total; a++) {
                for (int b = 0; a + b <= total; b++) {
                    int[] row = {a, b, total - a - b};
                    Suppression.Shown shown = Suppression.of(row, total);
                    int hidden = 0;
                    int rest = total;
                    for (int i = 0; i < row.length; i++) {
                        if (shown.cells()[i] == null) {
                            hidden++;
                        } else {
                            rest -= shown.cells()[i];
                        }
                    }
                    // What the hidden cells hold together is either nothing or at least five, and never one cell alone.
                    assertThat(hidden).as(Arrays.toString(row)).isNotEqualTo(1);
                    assertThat(rest == 0 || rest >= Suppression.THRESHOLD).as(Arrays.toString(row)).isTrue();
                }
            }
        }
    }

    @Test
    void a_large_row_shows_its_figures() {
        Suppression.Shown shown = Suppression.of(new int[] {30, 12, 8}, 50);
        assertThat(shown.total()).isEqualTo(50);
        assertThat(shown.cells()).containsExactly(30, 12, 8);
        // No one in development is shown as such; two in development hide the whole row but its total.
        assertThat(Suppression.of(new int[] {38, 12, 0}, 50).cells()).containsExactly(38, 12, 0);
        Suppression.Shown small = Suppression.of(new int[] {40, 7, 2}, 49);
        assertThat(small.total()).isEqualTo(49);
        assertThat(small.cells()).containsOnlyNulls();
        // Everyone in one cell: "all of them" is as telling as "all but two".
        assertThat(Suppression.of(new int[] {0, 45, 0}, 45).cells()).containsOnlyNulls();
    }

    private static String shownAs(int[] cells) {
        Suppression.Shown shown = Suppression.of(cells, Arrays.stream(cells).sum());
        return shown.total() + ":" + Arrays.toString(shown.cells());
    }
}
