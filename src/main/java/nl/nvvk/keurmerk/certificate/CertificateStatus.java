package nl.nvvk.keurmerk.certificate;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/**
 * Where a certificate stands. NVVK suspends, reinstates and withdraws; a later grant supersedes;
 * EXPIRED is never stored: an active or suspended certificate past its valid-until date reads so.
 */
public enum CertificateStatus implements Labelled {
    ACTIVE("Geldig", "Active"),
    SUSPENDED("Geschorst", "Suspended"),
    WITHDRAWN("Ingetrokken", "Withdrawn"),
    EXPIRED("Verlopen", "Expired"),
    SUPERSEDED("Vervangen", "Superseded");

    private final String dutch;
    private final String english;

    CertificateStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
