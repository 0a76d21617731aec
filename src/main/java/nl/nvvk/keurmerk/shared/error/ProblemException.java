package nl.nvvk.keurmerk.shared.error;

import java.util.List;

/** A failure that the caller can act on; mapped to a problem+json answer with its own status. */
public abstract class ProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    protected ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() { return status; }
    public String slug() { return slug; }
    public String title() { return title; }
    public List<Problem.FieldError> errors() { return errors; }

    /** The problem this failure answers with, for a request to the given path. */
    public Problem at(String instance) {
        return Problem.of(status, slug, title, getMessage(), instance, errors);
    }
}
