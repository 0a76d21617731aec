package nl.nvvk.keurmerk.statistics;

/**
 * Which figures of one row (organisations per category, and their total) may be shown to anyone
 * but NVVK, so that no organisation's own result can be read or derived from them:
 * <ul>
 * <li>a row of fewer than {@value #THRESHOLD} organisations shows nothing, not even its total;</li>
 * <li>its cells are shown only all together, and only if each describes no organisation or at least
 *     {@value #THRESHOLD}, with at least {@value #THRESHOLD} outside it (else "all but two" would tell
 *     each of the rest its result); otherwise only the total is shown.</li>
 * </ul>
 * All or nothing, rather than hiding the small cells and then the next smallest: nothing is left to
 * subtract (the hidden cells are all of them), and even someone who knows this rule and tries every
 * row it could have been cannot pin a hidden cell down (SuppressionTest tries them all). Rows are
 * never combined: each figure a member reads is one row of one closed year
 * (docs/statistics-and-peer-consultation.md, "Trend statistics").
 */
final class Suppression {
    static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** A row as it may be shown: the total (null when hidden) and each cell (null when hidden). */
    record Shown(Integer total, Integer[] cells) {
    }

    static Shown of(int[] cells, int total) {
        Integer[] shown = new Integer[cells.length];
        if (total < THRESHOLD) {
            return new Shown(null, shown);
        }
        for (int cell : cells) {
            if (cell != 0 && (cell < THRESHOLD || total - cell < THRESHOLD)) {
                return new Shown(total, shown);
            }
        }
        for (int i = 0; i < cells.length; i++) {
            shown[i] = cells[i];
        }
        return new Shown(total, shown);
    }
}
