package nl.nvvk.keurmerk.shared.error;

/** An update came without If-Match: without it a client could overwrite a change it never saw (428). */
public class PreconditionRequired extends ProblemException {
    public PreconditionRequired() {
        super(428, "precondition-required",
                "Send the resource's current ETag in an If-Match header to change it", null);
    }
}
