package nl.nvvk.keurmerk.audit;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** A colleague's answers to the organisation's self-assessment: their own while a draft, counted in the combined view once submitted. */
public enum ResponseStatus implements Labelled {
    DRAFT("Concept", "Draft"),
    SUBMITTED("Ingediend", "Submitted");

    private final String dutch;
    private final String english;

    ResponseStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
