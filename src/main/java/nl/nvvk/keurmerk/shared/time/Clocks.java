package nl.nvvk.keurmerk.shared.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one source of "now", in microseconds as the database keeps it. Day-based rules use the Dutch calendar, whatever the server's zone. */
@ApplicationScoped
public class Clocks {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "keurmerk.zone", defaultValue = "Europe/Amsterdam") ZoneId zone) {
        // PostgreSQL keeps microseconds: an instant the service answers with reads back the same.
        return Clock.tick(Clock.system(zone), Duration.ofNanos(1_000));
    }
}
