package nl.nvvk.keurmerk.shared.error;

/** The caller is known but may not do this (403). */
public class Forbidden extends ProblemException {
    public Forbidden(String template, Object... arguments) {
        super(403, "forbidden", template, null, arguments);
    }
}
