package nl.nvvk.keurmerk.schedule;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/**
 * Where an organisation stands in the three-yearly cycle, as of a day. The first that holds wins:
 * NONE (no certificate in force), EXPIRED, OVERDUE (a follow-up audit or an improvement action past
 * its due day), PLANNED (an audit is planned, under way or with NVVK), DUE_SOON (inside the warning
 * period before expiry), ON_TRACK.
 */
public enum ScheduleState implements Labelled {
    ON_TRACK("Op schema", "On track"),
    DUE_SOON("Hercertificering nadert", "Recertification due soon"),
    PLANNED("Audit gepland", "Audit planned"),
    OVERDUE("Achterstallig", "Overdue"),
    EXPIRED("Verlopen", "Expired"),
    NONE("Geen certificaat", "No certificate");

    private final String dutch;
    private final String english;

    ScheduleState(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
