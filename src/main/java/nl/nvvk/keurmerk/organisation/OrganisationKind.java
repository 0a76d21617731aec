package nl.nvvk.keurmerk.organisation;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

public enum OrganisationKind implements Labelled {
    MUNICIPALITY("Gemeente", "Municipality"),
    CREDIT_BANK("Kredietbank", "Credit bank"),
    PRIVATE_PROVIDER("Private aanbieder", "Private provider"),
    OTHER("Overig", "Other");

    private final String dutch;
    private final String english;

    OrganisationKind(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
