package nl.nvvk.keurmerk.shared.events;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** What happened: the kinds of event the feed carries. */
public enum EventType implements Labelled {
    AUDIT_SUBMITTED("Audit ingediend", "Audit submitted"),
    AUDIT_DECIDED("Besluit genomen", "Decision taken"),
    OBJECTION_LODGED("Bezwaar ingediend", "Objection lodged"),
    OBJECTION_RECEIVED("Ontvangst bezwaar bevestigd", "Objection received"),
    OBJECTION_DECIDED("Op bezwaar beslist", "Objection decided"),
    CERTIFICATE_ISSUED("Certificaat verleend", "Certificate issued"),
    CERTIFICATE_SUSPENDED("Certificaat geschorst", "Certificate suspended"),
    CERTIFICATE_REINSTATED("Schorsing opgeheven", "Certificate reinstated"),
    CERTIFICATE_WITHDRAWN("Certificaat ingetrokken", "Certificate withdrawn"),
    CERTIFICATE_SUPERSEDED("Certificaat vervangen", "Certificate superseded"),
    // Milestones: reached by the passing of time, recorded once each by the milestone job.
    CERTIFICATE_EXPIRED("Certificaat verlopen", "Certificate expired"),
    RECERTIFICATION_DUE_SOON("Hercertificering nadert", "Recertification due soon"),
    FOLLOW_UP_OVERDUE("Vervolgonderzoek te laat", "Follow-up audit overdue"),
    IMPROVEMENT_ACTION_OVERDUE("Verbeteractie te laat", "Improvement action overdue"),
    // "In gesprek met": a meeting, to every member organisation of its group; a reflection, to the body it is shared with.
    PEER_MEETING_RECORDED("Intercollegiaal gesprek vastgelegd", "Peer meeting recorded"),
    PEER_REFLECTION_SHARED("Reflectie gedeeld", "Peer reflection shared");

    private final String dutch;
    private final String english;

    EventType(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
