package nl.nvvk.keurmerk.certificate;

import java.time.LocalDate;
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

    /** The status as read on {@code today}: an active or suspended certificate past its last valid day has expired. */
    public static CertificateStatus on(CertificateStatus stored, LocalDate validUntil, LocalDate today) {
        boolean inForce = stored == ACTIVE || stored == SUSPENDED;
        return inForce && today.isAfter(validUntil) ? EXPIRED : stored;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
