package nl.nvvk.keurmerk.audit;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** What NVVK decides on an objection. An upheld or partly upheld one is followed by a new decision on the audit. */
public enum ObjectionOutcome implements Labelled {
    UPHELD("Gegrond", "Upheld"),
    PARTLY_UPHELD("Gedeeltelijk gegrond", "Partly upheld"),
    REJECTED("Ongegrond", "Rejected");

    private final String dutch;
    private final String english;

    ObjectionOutcome(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    /** Whether NVVK takes a new decision on the audit after it. */
    public boolean callsForNewDecision() {
        return this != REJECTED;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
