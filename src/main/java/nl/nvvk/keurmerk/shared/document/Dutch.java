package nl.nvvk.keurmerk.shared.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** How documents and pages for people write days, numbers and codes in Dutch. */
public final class Dutch {
    public static final Locale LOCALE = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

    private Dutch() {
    }

    /** "1 juli 2026"; null for no day. */
    public static String day(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }

    /** "0,7" with a decimal comma; null for no number. */
    public static String number(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The Dutch label of a code; null for none. */
    public static String label(Labelled term) {
        return term == null ? null : term.dutch();
    }

    public static String yesNo(boolean yes) {
        return yes ? "ja" : "nee";
    }
}
