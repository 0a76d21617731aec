package nl.nvvk.keurmerk.shared.error;

/** The request is understood but the resource's current state forbids it (409). */
public class DomainRuleViolation extends ProblemException {
    public DomainRuleViolation(String rule, String template, Object... arguments) {
        super(409, rule, template, null, arguments);
    }
}
