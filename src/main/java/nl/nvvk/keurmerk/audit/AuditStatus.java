package nl.nvvk.keurmerk.audit;

import java.util.Arrays;
import java.util.List;
import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/**
 * Where an audit stands: planned → in progress → submitted → decided (by NVVK), or cancelled. A
 * submitted audit is read-only for its certifying body; NVVK can reopen it.
 */
public enum AuditStatus implements Labelled {
    PLANNED("Gepland", "Planned"),
    IN_PROGRESS("In uitvoering", "In progress"),
    SUBMITTED("Ingediend", "Submitted"),
    DECIDED("Besloten", "Decided"),
    CANCELLED("Geannuleerd", "Cancelled");

    private final String dutch;
    private final String english;

    AuditStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }

    /** Its certifying body may still change it. */
    boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    /** The audited organisation may read it. */
    boolean isReported() {
        return this == SUBMITTED || this == DECIDED;
    }

    static List<AuditStatus> reportedOnes() {
        return Arrays.stream(values()).filter(AuditStatus::isReported).toList();
    }
}
