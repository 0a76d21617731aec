package nl.nvvk.keurmerk.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How webhooks are delivered and retried, and which targets they may reach. docs/schedules-and-events.md, "Webhooks". */
@ConfigMapping(prefix = "keurmerk.webhooks")
public interface WebhookConfig {

    /** Whether this replica runs the delivery loop. */
    @WithDefault("true")
    boolean enabled();

    /** How often the loop looks for new events and due deliveries. */
    @WithDefault("PT0.25S")
    Duration every();

    /** Deliveries sent at once by one replica. */
    @WithDefault("8")
    int concurrency();

    /** The first retry waits this long; each next one twice as long, with ±20% jitter, up to retryCap. */
    @WithDefault("PT10S")
    Duration retryBase();

    @WithDefault("PT1H")
    Duration retryCap();

    /** A delivery failing this long is given up and its subscription paused. */
    @WithDefault("PT24H")
    Duration giveUpAfter();

    /** After a rotation the previous secret signs too, for this long. */
    @WithDefault("PT24H")
    Duration rotationOverlap();

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** The whole answer must have come within this. */
    @WithDefault("PT10S")
    Duration readTimeout();

    /** Only https targets; off only for local runs and tests. */
    @WithDefault("true")
    boolean requireHttps();

    /**
     * Targets on loopback, link-local, private and other non-public addresses; off in production (a
     * subscriber must not make the service call into its own network). On only where the tests run
     * their receivers on 127.0.0.1.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();
}
