package nl.nvvk.keurmerk.audit;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** How much a finding weighs (Richtlijn audits): a weighted finding needs improvement actions. */
public enum Weight implements Labelled {
    REMARK("Kanttekening", "Remark"),
    DEVIATION("Afwijking", "Deviation"),
    SHORTCOMING("Tekortkoming", "Shortcoming");

    private final String dutch;
    private final String english;

    Weight(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
