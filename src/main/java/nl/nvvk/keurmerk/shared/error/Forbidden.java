package nl.nvvk.keurmerk.shared.error;

/** The caller is known but may not do this (403). */
public class Forbidden extends ProblemException {
    public Forbidden(String detail) {
        super(403, "forbidden", "Forbidden", detail, null);
    }
}
