package nl.nvvk.keurmerk.shared.error;

/** No such resource, or one the caller may not see: both answer 404 so tenants cannot probe each other. */
public class NotFound extends ProblemException {
    public NotFound(String resource, Object id) {
        this("No %s with id %s".formatted(resource, id));
    }

    public NotFound(String detail) {
        super(404, "not-found", "Not found", detail, null);
    }
}
