package nl.nvvk.keurmerk.shared.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one source of "now". Day-based rules use the Dutch calendar, whatever the server's zone. */
@ApplicationScoped
public class Clocks {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "keurmerk.zone", defaultValue = "Europe/Amsterdam") ZoneId zone) {
        return Clock.system(zone);
    }
}
