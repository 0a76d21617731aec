package nl.nvvk.keurmerk.shared.error;

/** No such resource, or one the caller may not see: both answer 404 so tenants cannot probe each other. */
public class NotFound extends ProblemException {
    /** "No certificate with id …": the resource's name is part of the template, so each has its own Dutch form. */
    public NotFound(String resource, Object id) {
        super(404, "not-found", "No " + resource + " with id %s", null, id);
    }

    public NotFound(String detail) {
        super(404, "not-found", detail, null);
    }

    private NotFound(String template, Object[] arguments) {
        super(404, "not-found", template, null, arguments);
    }

    /** A 404 that says more than "no such id": its detail a template with its arguments. */
    public static NotFound saying(String template, Object... arguments) {
        return new NotFound(template, arguments);
    }
}
