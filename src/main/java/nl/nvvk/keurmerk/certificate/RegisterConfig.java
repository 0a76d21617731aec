package nl.nvvk.keurmerk.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How each replica keeps its copy of the public register current. docs/decisions-certificates-verification.md explains the bound. */
@ConfigMapping(prefix = "keurmerk.public-register")
public interface RegisterConfig {

    /** How often a replica asks the database what changed since the version it holds (one indexed query). */
    @WithDefault("PT0.2S")
    Duration refreshInterval();

    /**
     * The oldest a replica's copy may be: when its last successful refresh began longer ago (the
     * database unreachable, say), public answers are 503 instead of a status that may be stale.
     */
    @WithDefault("PT1S")
    Duration maxStaleness();

    /** More changes than this since the last refresh are read as a full reload instead of one by one. */
    @WithDefault("2000")
    int maxIncrementalChanges();

    /** Entries of the change log older than this are removed (a replica further behind reloads whole). */
    @WithDefault("P1D")
    Duration changeLogRetention();
}
