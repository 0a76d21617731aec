package nl.nvvk.keurmerk.shared.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * The calendar days the registry speaks of, in bodies and parameters alike: ISO-8601 {@code yyyy-MM-dd}
 * from 1900 to 2999. The bounds keep every date the registry derives (a due date months later) a
 * four-digit year the contract can carry, and keep dates out of the Julian calendar that JDBC's
 * {@code java.sql.Date} would shift them into.
 */
public final class Dates {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
    public static final String EXPECTED = "must be a date from 1900-01-01 to 2999-12-31, such as 2026-03-10";
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /** The day this text names, or a DateTimeException saying {@link #EXPECTED}. */
    public static LocalDate parse(String text) {
        LocalDate day;
        try {
            day = LocalDate.parse(text, ISO_DAY);
        } catch (DateTimeException notADay) {
            throw new DateTimeException(EXPECTED, notADay);
        }
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw new DateTimeException(EXPECTED);
        }
        return day;
    }
}
