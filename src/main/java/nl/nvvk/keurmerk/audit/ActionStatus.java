package nl.nvvk.keurmerk.audit;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/**
 * An improvement action's progress: open → submitted (the organisation reports what it did) →
 * accepted or rejected (the certifying body judges it; a rejected one is submitted again) → closed.
 */
public enum ActionStatus implements Labelled {
    OPEN("Open", "Open"),
    SUBMITTED("Ingediend", "Submitted"),
    ACCEPTED("Geaccepteerd", "Accepted"),
    REJECTED("Afgewezen", "Rejected"),
    CLOSED("Afgesloten", "Closed");

    private final String dutch;
    private final String english;

    ActionStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }

    /** Still the organisation's to do: a due date that passes makes it overdue. */
    boolean isPending() {
        return this == OPEN || this == SUBMITTED || this == REJECTED;
    }
}
