package nl.nvvk.keurmerk.shared.error;

/** The If-Match ETag is not the resource's current one: someone changed it since the client read it (412). */
public class PreconditionFailed extends ProblemException {
    public PreconditionFailed(String current) {
        super(412, "precondition-failed",
                "The resource has changed; its current ETag is %s. Read it again and retry", null, current);
    }
}
