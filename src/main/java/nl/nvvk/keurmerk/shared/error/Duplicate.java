package nl.nvvk.keurmerk.shared.error;

import java.util.List;

/**
 * A unique business key (KvK number, body code, framework version) is already taken (409). Its
 * detail is its field's message, which stays English; in Dutch the detail is the 409's own sentence.
 */
public class Duplicate extends ProblemException {
    public Duplicate(String field, String message) {
        super(409, "duplicate", message, List.of(new Problem.FieldError(field, message)));
    }
}
