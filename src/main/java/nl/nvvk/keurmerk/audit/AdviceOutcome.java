package nl.nvvk.keurmerk.audit;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** The certifying body's advice to NVVK. */
public enum AdviceOutcome implements Labelled {
    POSITIVE("Positief", "Positive"),
    POSITIVE_WITH_CONDITIONS("Positief onder voorwaarden", "Positive with conditions"),
    NEGATIVE("Negatief", "Negative");

    private final String dutch;
    private final String english;

    AdviceOutcome(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
