package nl.nvvk.keurmerk.audit;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** What the auditor found for one norm. */
public enum Classification implements Labelled {
    MEETS("Voldoet", "Meets the norm"),
    NEEDS_IMPROVEMENT("Vraagt om verbetering", "Needs improvement"),
    IN_DEVELOPMENT("In ontwikkeling", "In development");

    private final String dutch;
    private final String english;

    Classification(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
