package nl.nvvk.keurmerk.certifyingbody;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** Whether a certifying body may carry out NVVK audits. */
public enum AccreditationStatus implements Labelled {
    ACCREDITED("Geaccrediteerd", "Accredited"),
    SUSPENDED("Geschorst", "Suspended"),
    WITHDRAWN("Ingetrokken", "Withdrawn");

    private final String dutch;
    private final String english;

    AccreditationStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }

    public boolean mayAudit() {
        return this == ACCREDITED;
    }
}
