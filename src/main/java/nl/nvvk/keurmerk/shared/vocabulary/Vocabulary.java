package nl.nvvk.keurmerk.shared.vocabulary;

import java.util.Arrays;
import java.util.List;

/** One named list of codes with their labels; each feature contributes its own as a CDI bean. */
public record Vocabulary(String name, String description, List<? extends Labelled> terms) {

    public static <E extends Enum<E> & Labelled> Vocabulary of(String name, String description, Class<E> type) {
        return new Vocabulary(name, description, Arrays.asList(type.getEnumConstants()));
    }
}
