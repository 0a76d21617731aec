package nl.nvvk.keurmerk.testing;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The service's clock, set by a test to any instant, from which it runs on at the real pace. Enabled
 * only by the test profiles that list it as an alternative; every other test runs on the real clock.
 */
@Alternative
@Singleton
public class MovableClock extends Clock {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private volatile Instant setTo = Instant.now();
    private volatile long setAt = System.nanoTime();

    /** From now on the service reads this instant, moving on as time passes. */
    public void set(Instant instant) {
        setAt = System.nanoTime();
        setTo = instant;
    }

    @Override
    public ZoneId getZone() {
        return AMSTERDAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), java.time.Duration.between(Instant.now(), instant()));
    }

    @Override
    public Instant instant() {
        // Microseconds, as the database keeps them (see Clocks).
        return setTo.plusNanos(System.nanoTime() - setAt).truncatedTo(ChronoUnit.MICROS);
    }
}
