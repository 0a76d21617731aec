package nl.nvvk.keurmerk.shared.error;

import java.util.List;

/** A unique business key (KvK number, body code, framework version) is already taken (409). */
public class Duplicate extends ProblemException {
    public Duplicate(String field, String detail) {
        super(409, "duplicate", "Already exists", detail, List.of(new Problem.FieldError(field, detail)));
    }
}
