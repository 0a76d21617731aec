package nl.nvvk.keurmerk.shared.validation;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.function.IntPredicate;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorInitializationContext;
import org.hibernate.validator.internal.constraintvalidators.bv.PatternValidator;

/**
 * {@link Formats#TEXT} and {@link Formats#ONE_LINE} checked character by character instead of by
 * java.util.regex: the same rule, but an audit package's fifty narratives took half of its Bean
 * Validation time (bench/audit-push.sh) through the regular expression. Every other {@code @Pattern}
 * is checked by Hibernate Validator's own validator, as before.
 */
@ApplicationScoped
public class TextPatterns implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Pattern.class).includeExistingValidators(false).validatedBy(Validator.class);
        configuration.addMapping(mapping);
    }

    /** A control character a text may not hold; line breaks and tabs are allowed in running text. */
    static boolean forbiddenInText(int c) {
        return (c <= 0x1F && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }

    static boolean forbiddenInOneLine(int c) {
        return c <= 0x1F || c == 0x7F;
    }

    public static class Validator implements HibernateConstraintValidator<Pattern, CharSequence> {
        private final PatternValidator regex = new PatternValidator();
        private IntPredicate forbidden;

        @Override
        public void initialize(ConstraintDescriptor<Pattern> descriptor, HibernateConstraintValidatorInitializationContext context) {
            Pattern pattern = descriptor.getAnnotation();
            boolean plain = pattern.flags().length == 0;
            if (plain && pattern.regexp().equals(Formats.TEXT)) {
                forbidden = TextPatterns::forbiddenInText;
            } else if (plain && pattern.regexp().equals(Formats.ONE_LINE)) {
                forbidden = TextPatterns::forbiddenInOneLine;
            } else {
                regex.initialize(descriptor, context);
            }
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (forbidden == null) {
                return regex.isValid(value, context);
            }
            if (value == null) {
                return true;
            }
            for (int i = 0; i < value.length(); i++) {
                if (forbidden.test(value.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
