package nl.nvvk.keurmerk.framework;

import java.util.Arrays;
import java.util.List;
import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** A framework version is prepared as a draft, published once, and retired when a successor replaces it. */
public enum FrameworkStatus implements Labelled {
    DRAFT("Concept", "Draft"),
    PUBLISHED("Gepubliceerd", "Published"),
    RETIRED("Vervallen", "Retired");

    private final String dutch;
    private final String english;

    FrameworkStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }

    /** Drafts are NVVK's work in progress; everyone else sees published and retired versions only. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    static List<FrameworkStatus> publicOnes() {
        return Arrays.stream(values()).filter(FrameworkStatus::isPublic).toList();
    }
}
