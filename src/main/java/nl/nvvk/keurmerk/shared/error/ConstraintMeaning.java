package nl.nvvk.keurmerk.shared.error;

import java.util.List;

/**
 * What a database constraint guards, in the client's words: the request field it concerns and what
 * to say when it is violated. Each feature lists its tables' constraints in a {@link Catalogue} bean;
 * a test checks that every unique, foreign-key and check constraint of the schema has a meaning.
 */
public record ConstraintMeaning(String constraint, String field, String message) {

    /** One feature's constraints. */
    public interface Catalogue {
        List<ConstraintMeaning> meanings();
    }
}
