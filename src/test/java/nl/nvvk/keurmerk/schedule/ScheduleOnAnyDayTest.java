package nl.nvvk.keurmerk.schedule;

import static nl.nvvk.keurmerk.audit.AuditPackages.aPackageFor;
import static nl.nvvk.keurmerk.schedule.ScheduleResourceTest.ONE_SCHEDULE;
import static nl.nvvk.keurmerk.schedule.ScheduleResourceTest.aBody;
import static nl.nvvk.keurmerk.schedule.ScheduleResourceTest.decision;
import static nl.nvvk.keurmerk.schedule.ScheduleResourceTest.grant;
import static nl.nvvk.keurmerk.schedule.ScheduleResourceTest.push;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduler;
import java.sql.Connection;
import java.sql.ResultSet;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.shared.security.SystemActors;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Feed;
import nl.nvvk.keurmerk.testing.Fixtures;
import nl.nvvk.keurmerk.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The schedule and its milestones on any day: the service runs on a clock the test sets (around
 * midnight in Amsterdam on the days summer time starts and ends, and on a leap day), and Quartz runs
 * the milestone job every second besides the runs the test makes itself.
 */
@QuarkusTest
@TestProfile(ScheduleOnAnyDayTest.MovedClock.class)
class ScheduleOnAnyDayTest {

    public static class MovedClock implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MovableClock.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("keurmerk.schedule.milestones-every", "1s");
        }
    }

    @Inject
    MovableClock clock;
    @Inject
    Milestones milestones;
    @Inject
    SystemActors systemActors;
    @Inject
    Scheduler scheduler;
    @Inject
    AgroalDataSource database;

    @AfterEach
    void backToToday() {
        clock.set(Instant.now());
        if (!scheduler.isRunning()) {
            scheduler.resume();
        }
    }

    @Test
    void the_day_turns_at_midnight_in_amsterdam_in_summer_and_winter_time_and_on_a_leap_day() {
        String body = aBody();
        // Granted on 2024-03-28: valid until 2027-03-27, expires on 28 March 2027, the day summer time starts; warned from 2026-08-28.
        String spring = grantedOn("2024-03-28T10:00:00Z", body);
        // Granted on 2024-10-31: valid until 2027-10-30, expires on 31 October 2027, the day summer time ends; warned from 2027-03-31.
        String autumn = grantedOn("2024-10-31T10:00:00Z", body);
        // Granted on 2025-03-01: valid until 29 February 2028; warned from 2027-08-01.
        String leap = grantedOn("2025-03-01T10:00:00Z", body);

        expect(spring, body, "2026-08-27T21:59:00Z", "ON_TRACK");   // 23:59 summer time, 27 August
        expect(spring, body, "2026-08-27T22:00:00Z", "DUE_SOON");   // 00:00, 28 August
        expect(spring, body, "2027-03-27T22:59:00Z", "DUE_SOON");   // 23:59 winter time, its last valid day
        expect(spring, body, "2027-03-27T23:00:00Z", "EXPIRED");    // 00:00, 28 March
        expect(autumn, body, "2027-03-30T21:59:00Z", "ON_TRACK");   // 23:59 summer time (since 28 March), 30 March
        expect(autumn, body, "2027-03-30T22:00:00Z", "DUE_SOON");
        expect(autumn, body, "2027-10-30T21:59:00Z", "DUE_SOON");   // 23:59 summer time, its last valid day
        expect(autumn, body, "2027-10-30T22:00:00Z", "EXPIRED");    // 00:00, 31 October, still summer time until 03:00
        expect(leap, body, "2027-07-31T21:59:00Z", "ON_TRACK");
        expect(leap, body, "2027-07-31T22:00:00Z", "DUE_SOON");
        expect(leap, body, "2028-02-29T22:59:00Z", "DUE_SOON");     // 23:59 on the leap day, its last valid day
        expect(leap, body, "2028-02-29T23:00:00Z", "EXPIRED");

        clock.set(Instant.parse("2028-02-29T22:59:00Z"));
        Api.as(As.ADMIN).get(ONE_SCHEDULE, leap).then().body("certificate.status", equalTo("ACTIVE"))
                .body("recertification.expiresOn", equalTo("2028-03-01")).body("recertification.warningOn", equalTo("2027-08-01"));
    }

    @Test
    void each_milestone_becomes_one_event_however_often_and_however_many_at_once_the_job_runs() throws Exception {
        String body = aBody();
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        clock.set(Instant.parse("2024-03-28T10:00:00Z"));
        // Reported on 2023-06-28: the shortcoming's action was due on 2023-09-28.
        String audit = push(aPackageFor(kvk).with("status", "SUBMITTED").withAction("1.4", "SHORTCOMING"), body);
        Map<String, Object> conditional = decision("GRANT_WITH_CONDITIONS");
        conditional.put("conditions", "Vervolgonderzoek naar norm 1.4.");
        conditional.put("followUpDueOn", "2025-03-28");
        String certificate = grant(audit, conditional);
        String action = Api.as(As.ADMIN).get(AuditPackages.ONE_AUDIT, audit).then().statusCode(200)
                .extract().path("findings.find { it.norm.number == '1.4' }.actions[0].id");

        // Quartz alone: the action has been overdue since before the grant, and the next firing says so.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (events("IMPROVEMENT_ACTION_OVERDUE", action).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(events("IMPROVEMENT_ACTION_OVERDUE", action)).as("recorded by the scheduled job").hasSize(1)
                .first().satisfies(event -> assertThat(event.get("data")).isEqualTo(Map.of("audit", audit, "reference", referenceOf(audit), "dueOn", "2023-09-28")));

        // From here the test alone runs the job (a firing under way when it pauses ends first).
        scheduler.pause();
        Thread.sleep(2_000);
        twoAtOnceThenTwice(LocalDate.of(2025, 3, 29), "2025-03-29T10:00:00Z");
        assertThat(events("FOLLOW_UP_OVERDUE", audit)).hasSize(1).first()
                .satisfies(event -> assertThat(event.get("data")).isEqualTo(Map.of("number", numberOf(certificate), "dueOn", "2025-03-28")));
        Api.as(As.ADMIN).get(ONE_SCHEDULE, kvk).then().body("state", equalTo("OVERDUE")).body("followUp.overdue", equalTo(true));

        twoAtOnceThenTwice(LocalDate.of(2026, 8, 28), "2026-08-28T10:00:00Z");
        assertThat(events("RECERTIFICATION_DUE_SOON", certificate)).hasSize(1).first()
                .satisfies(event -> assertThat(event.get("data")).isEqualTo(Map.of("number", numberOf(certificate), "dueOn", "2027-03-27", "warningOn", "2026-08-28")));

        twoAtOnceThenTwice(LocalDate.of(2027, 3, 28), "2027-03-28T10:00:00Z");
        run(LocalDate.of(2027, 4, 10));
        assertThat(events("CERTIFICATE_EXPIRED", certificate)).hasSize(1).first()
                .satisfies(event -> assertThat(event.get("data")).isEqualTo(Map.of("number", numberOf(certificate), "validUntil", "2027-03-27", "expiredOn", "2027-03-28")));
        assertThat(events("RECERTIFICATION_DUE_SOON", certificate)).hasSize(1);
        assertThat(events("FOLLOW_UP_OVERDUE", audit)).hasSize(1);
        assertThat(events("IMPROVEMENT_ACTION_OVERDUE", action)).hasSize(1);

        // Scoped like the resources: the organisation and the body read them, another body does not.
        assertThat(events(Fixtures.memberToken(kvk), "CERTIFICATE_EXPIRED", certificate)).hasSize(1);
        assertThat(events(Fixtures.certifierToken(body), "CERTIFICATE_EXPIRED", certificate)).hasSize(1);
        assertThat(events(As.OTHER_CERTIFIER.token(), "CERTIFICATE_EXPIRED", certificate)).isEmpty();
        assertThat(events(As.OTHER_MEMBER.token(), "IMPROVEMENT_ACTION_OVERDUE", action)).isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String grantedOn(String instant, String body) {
        clock.set(Instant.parse(instant));
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        grant(push(aPackageFor(kvk).with("status", "SUBMITTED"), body), decision("GRANT"));
        return kvk;
    }

    /**
     * The schedule reads the state at that instant, and of the list filtered on each state only that
     * one holds it. The clock runs on while the lists are read, so an instant before midnight leaves a minute.
     */
    private void expect(String kvk, String body, String instant, String state) {
        clock.set(Instant.parse(instant));
        ScheduleResourceTest.listedOnlyAs(kvk, body, As.ADMIN.token(), state);
    }

    /**
     * The job on a day with milestones to record, by two runners at the same moment (as two replicas
     * would): between them they record each milestone once, every one with its event, and then two
     * more runs find nothing left.
     */
    private void twoAtOnceThenTwice(LocalDate day, String instant) throws Exception {
        clock.set(Instant.parse(instant));
        long milestonesBefore = count("select count(*) from milestone");
        long eventsBefore = count("select count(*) from event where type in ('CERTIFICATE_EXPIRED', 'RECERTIFICATION_DUE_SOON', "
                + "'FOLLOW_UP_OVERDUE', 'IMPROVEMENT_ACTION_OVERDUE')");
        int recorded = 0;
        ExecutorService runners = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(runners.submit(() -> {
                    start.await();
                    return run(day);
                }));
            }
            start.countDown();
            for (Future<Integer> done : runs) {
                recorded += done.get(60, TimeUnit.SECONDS);
            }
        } finally {
            runners.shutdownNow();
        }
        assertThat(recorded).as("milestones recorded on " + day).isPositive()
                .isEqualTo(count("select count(*) from milestone") - milestonesBefore)
                .isEqualTo(count("select count(*) from event where type in ('CERTIFICATE_EXPIRED', 'RECERTIFICATION_DUE_SOON', "
                        + "'FOLLOW_UP_OVERDUE', 'IMPROVEMENT_ACTION_OVERDUE')") - eventsBefore);
        assertThat(run(day)).isZero();
        assertThat(run(day)).isZero();
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.getConnection(); ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private int run(LocalDate day) {
        return systemActors.run("milestones-test", () -> milestones.recordReachedBy(day));
    }

    private static List<Map<String, Object>> events(String type, String subject) {
        return events(As.ADMIN.token(), type, subject);
    }

    /** Every event of the type about the subject that the token's holder may read, from the start of the feed. */
    private static List<Map<String, Object>> events(String token, String type, String subject) {
        return Feed.about(() -> Api.withToken(token), type, subject);
    }

    private static String numberOf(String certificate) {
        return Api.as(As.ADMIN).get("/api/v1/certificates/{id}", certificate).then().statusCode(200).extract().path("number");
    }

    private static String referenceOf(String audit) {
        return Api.as(As.ADMIN).get(AuditPackages.ONE_AUDIT, audit).then().statusCode(200).extract().path("reference");
    }
}
