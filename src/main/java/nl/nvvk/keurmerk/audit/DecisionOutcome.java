package nl.nvvk.keurmerk.audit;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** NVVK's decision on a submitted audit. A grant issues a certificate; one with conditions also wants a follow-up audit. */
public enum DecisionOutcome implements Labelled {
    GRANT("Toekennen", "Grant"),
    GRANT_WITH_CONDITIONS("Toekennen onder voorwaarden", "Grant with conditions"),
    REFUSE("Weigeren", "Refuse");

    private final String dutch;
    private final String english;

    DecisionOutcome(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }

    boolean grants() {
        return this != REFUSE;
    }
}
