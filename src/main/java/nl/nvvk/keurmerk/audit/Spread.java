package nl.nvvk.keurmerk.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What colleagues' submitted answers on one norm or area say together: how many answered, the
 * lowest, median and highest level given, how many gave each level, and their comments. The
 * comments are sorted by their text, so their order says nothing about who wrote which.
 *
 * @param answered how many colleagues answered (a level, a comment or both)
 * @param levelled how many of them gave a level; the spread is theirs
 */
public record Spread(int answered, int levelled, Integer lowest, BigDecimal median, Integer highest, SortedMap<Integer, Integer> levels,
                     List<String> comments) {

    /** One colleague's answer: a level, a comment, or both. */
    public record Answer(Integer level, String comment) {
    }

    public static Spread of(List<Answer> answers) {
        List<Integer> given = answers.stream().map(Answer::level).filter(Objects::nonNull).sorted().toList();
        SortedMap<Integer, Integer> levels = new TreeMap<>();
        given.forEach(level -> levels.merge(level, 1, Integer::sum));
        List<String> comments = new ArrayList<>(answers.stream().map(Answer::comment).filter(c -> c != null && !c.isBlank()).toList());
        comments.sort(Comparator.naturalOrder());
        return new Spread(answers.size(), given.size(), given.isEmpty() ? null : given.get(0), median(given),
                given.isEmpty() ? null : given.get(given.size() - 1), levels, List.copyOf(comments));
    }

    /** The middle level, or halfway between the two middle ones (2.5); none without levels. */
    private static BigDecimal median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(middle))
                : BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
        return median.stripTrailingZeros().scale() < 0 ? median.setScale(0) : median.stripTrailingZeros();
    }
}
