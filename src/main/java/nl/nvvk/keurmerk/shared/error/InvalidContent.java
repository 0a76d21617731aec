package nl.nvvk.keurmerk.shared.error;

import java.util.List;

/** Well-formed input that breaks the domain's rules (422); lists every problem at once. */
public class InvalidContent extends ProblemException {
    public InvalidContent(String detail, List<Problem.FieldError> errors) {
        super(422, "validation-failed", "Validation failed", detail, errors);
    }

    public static InvalidContent of(String field, String message) {
        return new InvalidContent("The request has 1 invalid field", List.of(new Problem.FieldError(field, message)));
    }
}
