package nl.nvvk.keurmerk.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.nvvk.keurmerk.audit.AuditStatus;
import nl.nvvk.keurmerk.audit.AuditType;
import nl.nvvk.keurmerk.certificate.CertificateStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The state and dates of a schedule on any day, from the same facts: the derivation the list's filters must agree with. */
class RecertificationScheduleTest {
    static final SchedulePolicy SEVEN_MONTHS = policy(Period.ofMonths(7));

    @ParameterizedTest(name = "valid until {0}, on {1}: {2}")
    @CsvSource({
            // Expires 2029-07-01; the warning starts 7 months earlier, on 2028-12-01.
            "2029-06-30, 2026-07-01, ON_TRACK",
            "2029-06-30, 2028-11-30, ON_TRACK",
            "2029-06-30, 2028-12-01, DUE_SOON",
            "2029-06-30, 2029-06-30, DUE_SOON",
            "2029-06-30, 2029-07-01, EXPIRED",
            // The last valid day is a leap day: expires 1 March, warned from 1 August.
            "2028-02-29, 2027-07-31, ON_TRACK",
            "2028-02-29, 2027-08-01, DUE_SOON",
            "2028-02-29, 2028-02-29, DUE_SOON",
            "2028-02-29, 2028-03-01, EXPIRED",
            // Expires on 30 September: seven months earlier is 28 February (no 30th), so the warning starts then.
            "2027-09-29, 2027-02-27, ON_TRACK",
            "2027-09-29, 2027-02-28, DUE_SOON",
            // Expires on the day summer time ends (31 October 2027) and on the day it starts (28 March 2027).
            "2027-10-30, 2027-03-30, ON_TRACK",
            "2027-10-30, 2027-03-31, DUE_SOON",
            "2027-10-30, 2027-10-31, EXPIRED",
            "2027-03-27, 2027-03-27, DUE_SOON",
            "2027-03-27, 2027-03-28, EXPIRED"})
    void a_certificate_in_force_is_on_track_then_due_soon_inside_the_warning_then_expired(LocalDate validUntil, LocalDate today, ScheduleState state) {
        assertThat(certified(validUntil).stateOn(today, SEVEN_MONTHS)).isEqualTo(state);
    }

    @Test
    void a_planned_audit_makes_it_planned_before_and_inside_the_warning_but_not_once_expired() {
        RecertificationSchedule schedule = certified(LocalDate.of(2029, 6, 30));
        schedule.plannedAuditId = UUID.randomUUID();
        schedule.plannedAuditType = AuditType.RECERTIFICATION;
        schedule.plannedAuditStatus = AuditStatus.PLANNED;
        assertThat(schedule.stateOn(LocalDate.of(2027, 1, 1), SEVEN_MONTHS)).isEqualTo(ScheduleState.PLANNED);
        assertThat(schedule.stateOn(LocalDate.of(2029, 1, 1), SEVEN_MONTHS)).isEqualTo(ScheduleState.PLANNED);
        assertThat(schedule.stateOn(LocalDate.of(2029, 7, 1), SEVEN_MONTHS)).isEqualTo(ScheduleState.EXPIRED);
    }

    @Test
    void a_conditional_grants_follow_up_is_overdue_the_day_after_its_due_day_until_a_follow_up_audit_is_submitted() {
        RecertificationSchedule schedule = certified(LocalDate.of(2029, 6, 30));
        schedule.followUpDueOn = LocalDate.of(2027, 7, 1);
        schedule.plannedAuditId = UUID.randomUUID();
        assertThat(schedule.stateOn(LocalDate.of(2027, 7, 1), SEVEN_MONTHS)).isEqualTo(ScheduleState.PLANNED);
        assertThat(schedule.followUpOverdueOn(LocalDate.of(2027, 7, 1))).isFalse();
        assertThat(schedule.stateOn(LocalDate.of(2027, 7, 2), SEVEN_MONTHS)).as("overdue wins over planned").isEqualTo(ScheduleState.OVERDUE);

        schedule.followUpAuditId = UUID.randomUUID();
        schedule.plannedAuditId = null;
        assertThat(schedule.followUpOutstanding()).isFalse();
        assertThat(schedule.stateOn(LocalDate.of(2027, 7, 2), SEVEN_MONTHS)).isEqualTo(ScheduleState.ON_TRACK);
    }

    @Test
    void an_improvement_action_past_its_due_day_makes_it_overdue_and_is_counted() {
        RecertificationSchedule schedule = certified(LocalDate.of(2029, 6, 30));
        schedule.pendingActionDueDates = List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 4, 30));
        schedule.firstPendingActionDueOn = LocalDate.of(2027, 1, 31);
        assertThat(schedule.stateOn(LocalDate.of(2027, 1, 31), SEVEN_MONTHS)).isEqualTo(ScheduleState.ON_TRACK);
        assertThat(schedule.stateOn(LocalDate.of(2027, 2, 1), SEVEN_MONTHS)).isEqualTo(ScheduleState.OVERDUE);
        assertThat(schedule.overdueActionDueDatesOn(LocalDate.of(2027, 2, 1))).containsExactly(LocalDate.of(2027, 1, 31));
        assertThat(schedule.overdueActionDueDatesOn(LocalDate.of(2027, 5, 1))).hasSize(2);
        assertThat(schedule.stateOn(LocalDate.of(2029, 7, 1), SEVEN_MONTHS)).as("expired wins over overdue").isEqualTo(ScheduleState.EXPIRED);
    }

    @Test
    void without_a_certificate_in_force_there_is_no_cycle_but_a_suspended_one_still_runs_to_its_recertification() {
        RecertificationSchedule never = new RecertificationSchedule();
        assertThat(never.stateOn(LocalDate.of(2027, 1, 1), SEVEN_MONTHS)).isEqualTo(ScheduleState.NONE);
        RecertificationSchedule withdrawn = certified(LocalDate.of(2029, 6, 30));
        withdrawn.certificateStatus = CertificateStatus.WITHDRAWN;
        withdrawn.plannedAuditId = UUID.randomUUID();
        assertThat(withdrawn.stateOn(LocalDate.of(2027, 1, 1), SEVEN_MONTHS)).isEqualTo(ScheduleState.NONE);
        RecertificationSchedule suspended = certified(LocalDate.of(2029, 6, 30));
        suspended.certificateStatus = CertificateStatus.SUSPENDED;
        assertThat(suspended.stateOn(LocalDate.of(2029, 1, 1), SEVEN_MONTHS)).isEqualTo(ScheduleState.DUE_SOON);
        assertThat(suspended.certificateStatusOn(LocalDate.of(2029, 7, 1))).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void the_database_boundary_of_the_warning_agrees_with_the_warning_day_on_every_day_of_four_years_for_every_period() {
        List<String> disagreements = new ArrayList<>();
        for (Period warning : List.of(Period.ofMonths(7), Period.ofMonths(1), Period.ofYears(1), Period.ofDays(200), Period.of(0, 6, 15))) {
            SchedulePolicy policy = policy(warning);
            for (LocalDate today = LocalDate.of(2026, 1, 1); today.isBefore(LocalDate.of(2030, 1, 1)); today = today.plusDays(1)) {
                LocalDate boundary = policy.lastValidUntilWarnedOn(today);
                for (LocalDate validUntil = today.plus(warning).minusDays(40); validUntil.isBefore(today.plus(warning).plusDays(40));
                     validUntil = validUntil.plusDays(1)) {
                    boolean warned = !policy.warningOn(validUntil).isAfter(today);
                    if (warned != !validUntil.isAfter(boundary)) {
                        disagreements.add(warning + " " + today + " " + validUntil);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    static RecertificationSchedule certified(LocalDate validUntil) {
        RecertificationSchedule schedule = new RecertificationSchedule();
        schedule.organisationId = UUID.randomUUID();
        schedule.kvkNumber = "90000001";
        schedule.certificateId = UUID.randomUUID();
        schedule.certificateNumber = "NVVK-7KQ2-M9XH-4DPE";
        schedule.certificateStatus = CertificateStatus.ACTIVE;
        schedule.validUntil = validUntil;
        return schedule;
    }

    static SchedulePolicy policy(Period warning) {
        return new SchedulePolicy() {
            @Override
            public Period warningBeforeExpiry() {
                return warning;
            }

            @Override
            public String milestonesEvery() {
                return "off";
            }
        };
    }
}
