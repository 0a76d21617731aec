package nl.nvvk.keurmerk.audit;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** What of NVVK's decision an objection is against; read from the decision, never chosen. */
public enum ObjectionGround implements Labelled {
    REFUSAL("Tegen de weigering", "Against the refusal"),
    CONDITIONS("Tegen de voorwaarden", "Against the conditions");

    private final String dutch;
    private final String english;

    ObjectionGround(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
