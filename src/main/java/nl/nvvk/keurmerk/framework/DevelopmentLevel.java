package nl.nvvk.keurmerk.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An ontwikkelniveau: 1 Beheerste processen … 4 Integraal samenwerkend in de keten. */
@Embeddable
public class DevelopmentLevel {
    @Column(nullable = false)
    short level;
    @Column(nullable = false)
    String title;
    String description;

    protected DevelopmentLevel() {
    }

    DevelopmentLevel(int level, String title, String description) {
        this.level = (short) level;
        this.title = title;
        this.description = description;
    }
}
