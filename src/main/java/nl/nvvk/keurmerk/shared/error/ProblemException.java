package nl.nvvk.keurmerk.shared.error;

import java.util.List;
import java.util.Locale;

/**
 * A failure that the caller can act on; mapped to a problem+json answer with its own status. Its
 * detail is kept as a template and its arguments, so the answer can say it in the language the
 * request asks for ({@link ProblemLanguage}); the message (for logs) is the English sentence.
 */
public abstract class ProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String template;
    private final Object[] arguments;
    private final List<Problem.FieldError> errors;

    /** @param slug the problem type (ProblemType), which gives the title */
    protected ProblemException(int status, String slug, String template, List<Problem.FieldError> errors, Object... arguments) {
        super(filledIn(template, arguments));
        this.status = status;
        this.slug = slug;
        this.template = template;
        this.arguments = arguments.clone();
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() { return status; }
    public String slug() { return slug; }
    public List<Problem.FieldError> errors() { return errors; }

    /** The problem this failure answers with, for a request to the given path, in English. */
    public Problem at(String instance) {
        return at(instance, ProblemLanguage.ENGLISH);
    }

    /** The problem this failure answers with, said in the given language. */
    public Problem at(String instance, ProblemLanguage language) {
        return language.problem(status, slug, instance, errors, template, arguments);
    }

    /** A template without arguments is taken as it is: a literal '%' in it needs no escaping. */
    static String filledIn(String template, Object... arguments) {
        return template == null || arguments.length == 0 ? template : String.format(Locale.ROOT, template, arguments);
    }
}
