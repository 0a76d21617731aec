package nl.nvvk.keurmerk.audit;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** Where an objection stands: lodged by the organisation, then NVVK's receipt, handling and outcome. */
public enum ObjectionStatus implements Labelled {
    LODGED("Ingediend", "Lodged"),
    RECEIVED("Ontvangst bevestigd", "Receipt confirmed"),
    IN_HANDLING("In behandeling", "In handling"),
    DECIDED("Beslist", "Decided");

    private final String dutch;
    private final String english;

    ObjectionStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
