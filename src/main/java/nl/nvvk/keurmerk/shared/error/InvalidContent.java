package nl.nvvk.keurmerk.shared.error;

import java.util.List;

/** Well-formed input that breaks the domain's rules (422); lists every problem at once. */
public class InvalidContent extends ProblemException {
    public InvalidContent(String detail, List<Problem.FieldError> errors) {
        super(422, "validation-failed", "Validation failed", detail, errors);
    }

    /** Refuses a whole document ("The audit package") when it has any problem, listing them all. */
    public static void refuseAny(String document, List<Problem.FieldError> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidContent("%s has %d problem%s; nothing was stored".formatted(document, problems.size(), problems.size() == 1 ? "" : "s"), problems);
        }
    }

    public static InvalidContent of(String field, String message) {
        return new InvalidContent("The request has 1 invalid field", List.of(new Problem.FieldError(field, message)));
    }
}
