package nl.nvvk.keurmerk.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.Period;

/**
 * The periods of the recertification schedule; docs/schedules-and-events.md lists them. How
 * long a certificate is valid and when a conditional grant's follow-up is due are the certification
 * policy's (keurmerk.certification.*).
 */
@ConfigMapping(prefix = "keurmerk.schedule")
public interface SchedulePolicy {

    /** NVVK warns this long before a certificate expires that its recertification audit is due. */
    @WithDefault("P7M")
    Period warningBeforeExpiry();

    /** How often the milestone job runs (an ISO-8601 duration), or "off"; read by {@link MilestoneJob}'s trigger. */
    @WithDefault("PT1H")
    String milestonesEvery();

    /**
     * The day the warning starts for a certificate valid until {@code validUntil}: the period before
     * the day it expires (the day after its last valid day).
     */
    default LocalDate warningOn(LocalDate validUntil) {
        return validUntil.plusDays(1).minus(warningBeforeExpiry());
    }

    /**
     * The last valid-until day whose warning has started by {@code today}: warningOn(v) &lt;= today
     * exactly when v &lt;= this day. warningOn never decreases as v grows (month ends clamp, so
     * several days may share a warning day), so the boundary is found by stepping from the estimate;
     * it lets a database filter say "inside the warning period" as a plain date comparison that
     * agrees with {@link #warningOn} on every day, month end and leap day.
     */
    default LocalDate lastValidUntilWarnedOn(LocalDate today) {
        LocalDate last = today.plus(warningBeforeExpiry()).minusDays(1);
        while (warningOn(last).isAfter(today)) {
            last = last.minusDays(1);
        }
        while (!warningOn(last.plusDays(1)).isAfter(today)) {
            last = last.plusDays(1);
        }
        return last;
    }
}
