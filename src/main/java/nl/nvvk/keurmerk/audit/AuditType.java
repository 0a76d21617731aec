package nl.nvvk.keurmerk.audit;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** Why an audit is carried out (soort onderzoek). */
public enum AuditType implements Labelled {
    ADMISSION("Toelatingsonderzoek", "Admission audit"),
    INITIAL("Initieel onderzoek", "Initial audit"),
    RECERTIFICATION("Hercertificeringsonderzoek", "Recertification audit"),
    FOLLOW_UP("Vervolgonderzoek", "Follow-up audit");

    private final String dutch;
    private final String english;

    AuditType(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }

    /** A follow-up audit revisits only some norms; every other audit covers every norm of its scope. */
    boolean coversTheWholeScope() {
        return this != FOLLOW_UP;
    }
}
