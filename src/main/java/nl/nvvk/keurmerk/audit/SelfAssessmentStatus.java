package nl.nvvk.keurmerk.audit;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** A self-assessment is completed as a draft over several sessions, then shared, after which it no longer changes. */
public enum SelfAssessmentStatus implements Labelled {
    DRAFT("Concept", "Draft"),
    SHARED("Gedeeld", "Shared");

    private final String dutch;
    private final String english;

    SelfAssessmentStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
