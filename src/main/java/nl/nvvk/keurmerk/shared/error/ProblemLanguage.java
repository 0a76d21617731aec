package nl.nvvk.keurmerk.shared.error;

import java.util.List;
import java.util.Locale;

/**
 * The language a problem's {@code title} and {@code detail} are written in: Dutch when the request's
 * Accept-Language prefers Dutch to English, English otherwise (also without the header). The
 * field messages in {@code errors[]} stay English, as do enum codes and ids quoted in a detail.
 */
public enum ProblemLanguage {
    ENGLISH("en"),
    DUTCH("nl");

    /** Both the REST layer and the router answer problems per language: caches must keep them apart. */
    public static final String VARY = "Accept-Language";

    private final String tag;

    ProblemLanguage(String tag) {
        this.tag = tag;
    }

    /** The value of Content-Language on a problem in this language. */
    public String tag() {
        return tag;
    }

    /**
     * Dutch when Accept-Language gives Dutch ({@code nl}, {@code nl-BE} …) a higher weight than English
     * ({@code en}, {@code en-GB} … or {@code *}), or the same weight and an earlier place; a range
     * with {@code q=0} or a malformed weight counts as not asked for.
     */
    public static ProblemLanguage preferredBy(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        double dutch = 0;
        double english = 0;
        int dutchAt = Integer.MAX_VALUE;
        int englishAt = Integer.MAX_VALUE;
        String[] ranges = acceptLanguage.split(",", 50);
        for (int at = 0; at < ranges.length; at++) {
            String[] parts = ranges[at].split(";");
            String range = parts[0].strip().toLowerCase(Locale.ROOT);
            double weight = weightOf(parts);
            if (weight <= 0) {
                continue;
            }
            String primary = range.indexOf('-') < 0 ? range : range.substring(0, range.indexOf('-'));
            if (primary.equals("nl") && weight > dutch) {
                dutch = weight;
                dutchAt = Math.min(dutchAt, at);
            } else if ((primary.equals("en") || primary.equals("*")) && weight > english) {
                english = weight;
                englishAt = Math.min(englishAt, at);
            }
        }
        return dutch > english || (dutch > 0 && dutch == english && dutchAt < englishAt) ? DUTCH : ENGLISH;
    }

    /** RFC 9110: a weight is 0 to 1 with at most three decimals; none means 1. */
    private static double weightOf(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q') && parameter.charAt(1) == '=') {
                String value = parameter.substring(2);
                if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
                    return 0;
                }
                return Double.parseDouble(value);
            }
        }
        return 1;
    }

    /**
     * The problem in this language. Its title is its type's in the catalogue (ProblemType). In Dutch
     * the detail is the template's Dutch form with the same arguments; a template without one gets
     * the Dutch sentence of its status rather than English.
     */
    Problem problem(int status, String slug, String instance, List<Problem.FieldError> errors, String template, Object... arguments) {
        // ProblemTypesTest keeps every slug the code raises in the catalogue; the fallback only keeps an answer an answer.
        String title = ProblemType.of(slug).map(type -> type.title(this))
                .orElseGet(() -> this == DUTCH ? DutchProblems.titleFor(status) : status >= 500 ? "Service error" : "Client error");
        if (this == ENGLISH) {
            return Problem.of(status, slug, title, ProblemException.filledIn(template, arguments), instance, errors);
        }
        String detail = DutchProblems.detail(template)
                .map(dutch -> ProblemException.filledIn(dutch, arguments))
                .orElseGet(() -> DutchProblems.sentenceFor(slug, status));
        return Problem.of(status, slug, title, detail, instance, errors);
    }
}
