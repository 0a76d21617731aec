package nl.nvvk.keurmerk.organisation;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** Where an organisation stands with NVVK: applying (toelating), member, or no longer a member. */
public enum MembershipStatus implements Labelled {
    APPLICANT("Aspirant-lid", "Applicant"),
    MEMBER("Lid", "Member"),
    ENDED("Lidmaatschap beëindigd", "Membership ended");

    private final String dutch;
    private final String english;

    MembershipStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
