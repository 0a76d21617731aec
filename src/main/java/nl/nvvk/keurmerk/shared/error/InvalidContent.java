package nl.nvvk.keurmerk.shared.error;

import java.util.List;

/** Well-formed input that breaks the domain's rules (422); lists every problem at once. */
public class InvalidContent extends ProblemException {
    public InvalidContent(String template, List<Problem.FieldError> errors, Object... arguments) {
        super(422, "validation-failed", template, errors, arguments);
    }

    /**
     * Refuses a whole document ("The audit package") when it has any problem, listing them all. The
     * document's name is part of the template, so each document has its own Dutch form.
     */
    public static void refuseAny(String document, List<Problem.FieldError> problems) {
        if (!problems.isEmpty()) {
            throw problems.size() == 1
                    ? new InvalidContent(document + " has 1 problem; nothing was stored", problems)
                    : new InvalidContent(document + " has %d problems; nothing was stored", problems, problems.size());
        }
    }

    public static InvalidContent of(String field, String message) {
        return new InvalidContent("The request has 1 invalid field", List.of(new Problem.FieldError(field, message)));
    }
}
