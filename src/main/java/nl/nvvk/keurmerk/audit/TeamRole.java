package nl.nvvk.keurmerk.audit;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** A role in the audit team. */
public enum TeamRole implements Labelled {
    LEAD_AUDITOR("Teamleider", "Lead auditor"),
    AUDITOR("Teamlid", "Auditor"),
    REVIEWER("Reviewer verslag", "Report reviewer");

    private final String dutch;
    private final String english;

    TeamRole(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
