package nl.nvvk.keurmerk.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** What one development level of the framework means in one performance area (the scheme defines the levels per area). */
@Embeddable
public class AreaDevelopmentLevel {
    @Column(name = "framework_id", nullable = false)
    UUID frameworkId;
    @Column(nullable = false)
    short level;
    @Column(nullable = false)
    String description;

    protected AreaDevelopmentLevel() {
    }

    AreaDevelopmentLevel(UUID frameworkId, int level, String description) {
        this.frameworkId = frameworkId;
        this.level = (short) level;
        this.description = description;
    }
}
