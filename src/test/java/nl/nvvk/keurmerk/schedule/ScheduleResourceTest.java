package nl.nvvk.keurmerk.schedule;

import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_AUDIT;
import static nl.nvvk.keurmerk.audit.AuditPackages.aPackageFor;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import nl.nvvk.keurmerk.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schedule as NVVK, bodies and members read it today, and who reads which (ScheduleOnAnyDayTest moves the day). */
@QuarkusTest
class ScheduleResourceTest {
    static final String SCHEDULES = "/api/v1/recertification-schedules";
    static final String ONE_SCHEDULE = "/api/v1/recertification-schedules/{kvkNumber}";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void a_granted_organisation_is_on_track_with_its_recertification_due_on_the_certificates_last_valid_day() {
        String body = aBody();
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        String certificate = grant(push(aPackageFor(kvk).with("status", "SUBMITTED"), body), decision("GRANT"));
        LocalDate validUntil = TODAY.plusYears(3).minusDays(1);

        Api.as(As.ADMIN).get(ONE_SCHEDULE, kvk).then().statusCode(200)
                .body("organisation.kvkNumber", equalTo(kvk)).body("organisation.kind", equalTo("MUNICIPALITY"))
                .body("state", equalTo("ON_TRACK")).body("dueOn", equalTo(validUntil.toString()))
                .body("certificate.id", equalTo(certificate)).body("certificate.status", equalTo("ACTIVE"))
                .body("certificate.certifyingBody", equalTo(body)).body("certificate.validUntil", equalTo(validUntil.toString()))
                .body("recertification.dueOn", equalTo(validUntil.toString()))
                .body("recertification.expiresOn", equalTo(validUntil.plusDays(1).toString()))
                .body("recertification.warningOn", equalTo(validUntil.plusDays(1).minusMonths(7).toString()))
                .body("followUp", nullValue()).body("plannedAudit", nullValue())
                .body("improvementActions.pending", equalTo(0)).body("improvementActions.overdue", equalTo(0));
        Api.withToken(Fixtures.memberToken(kvk)).get(ONE_SCHEDULE, kvk).then().statusCode(200).body("certificate.id", equalTo(certificate));
        Api.withToken(Fixtures.certifierToken(body)).get(ONE_SCHEDULE, kvk).then().statusCode(200).body("state", equalTo("ON_TRACK"));
    }

    @ParameterizedTest(name = "{0} reading a schedule that is not theirs: {1}")
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER_WITHOUT_BODY,403", "MEMBER_WITHOUT_ORGANISATION,403", "OTHER_CERTIFIER,404", "OTHER_MEMBER,404"})
    void only_nvvk_the_bodies_that_audit_the_organisation_and_the_organisation_read_its_schedule(As caller, int status) {
        String body = aBody();
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        grant(push(aPackageFor(kvk).with("status", "SUBMITTED"), body), decision("GRANT"));
        Api.malformedAs(caller).get(ONE_SCHEDULE, kvk).then().spec(problem(status));
        if (status == 404) {
            assertThat(kvks(Map.of("certifyingBody", body), caller)).isEmpty();
        } else {
            Api.malformedAs(caller).get(SCHEDULES).then().spec(problem(status));
        }
    }

    @Test
    void a_recertification_another_body_planned_is_planned_for_nvvk_and_the_member_but_none_of_the_certifying_bodys_business() {
        String certifiedBy = aBody();
        String planner = aBody();
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        String certificate = grant(push(aPackageFor(kvk).with("status", "SUBMITTED"), certifiedBy), decision("GRANT"));
        String planned = push(aPackageFor(kvk).with("type", "RECERTIFICATION").with("status", "IN_PROGRESS")
                .with("visits", List.of(Map.of("visitedOn", TODAY.plusDays(1).toString()))).without("reportOn"), planner);

        Api.as(As.ADMIN).get(ONE_SCHEDULE, kvk).then().body("state", equalTo("PLANNED"))
                .body("plannedAudit.id", equalTo(planned)).body("plannedAudit.certifyingBody", equalTo(planner))
                .body("plannedAudit.type", equalTo("RECERTIFICATION")).body("plannedAudit.status", equalTo("IN_PROGRESS"))
                .body("plannedAudit.firstVisitOn", equalTo(TODAY.plusDays(1).toString()));
        // The planner opens its own audit, not the certificate resting on the other body's audit (its number is public anyway).
        Api.withToken(Fixtures.certifierToken(planner)).get(ONE_SCHEDULE, kvk).then().statusCode(200).body("state", equalTo("PLANNED"))
                .body("plannedAudit.id", equalTo(planned)).body("certificate.id", nullValue()).body("certificate.number", notNullValue());
        // Bodies compete: the certifying body does not learn that another has planned the recertification.
        Api.withToken(Fixtures.certifierToken(certifiedBy)).get(ONE_SCHEDULE, kvk).then().statusCode(200).body("state", equalTo("ON_TRACK"))
                .body("plannedAudit", nullValue()).body("certificate.id", equalTo(certificate));
        assertThat(kvks(Map.of("certifyingBody", planner), Fixtures.certifierToken(certifiedBy))).isEmpty();
        // A member reads its audits once submitted, never a draft.
        Api.withToken(Fixtures.memberToken(kvk)).get(ONE_SCHEDULE, kvk).then().statusCode(200)
                .body("state", equalTo("PLANNED")).body("plannedAudit.id", nullValue()).body("plannedAudit.status", equalTo("IN_PROGRESS"));

        assertThat(kvks(Map.of("certifyingBody", planner, "state", "PLANNED"), As.ADMIN)).containsExactly(kvk);
        assertThat(kvks(Map.of("certifyingBody", planner, "state", "ON_TRACK"), As.ADMIN)).isEmpty();
    }

    @Test
    void the_state_filter_agrees_with_the_state_for_every_combination_and_every_reader() {
        String body = aBody();
        String other = aBody();
        // An overdue action (due 2023-09-28) and a planned recertification: overdue wins.
        String overdueAndPlanned = OrganisationFixtures.anOrganisation().register().kvk();
        grant(push(aPackageFor(overdueAndPlanned).with("status", "SUBMITTED").withAction("1.4", "SHORTCOMING"), body), decision("GRANT"));
        push(aPackageFor(overdueAndPlanned).with("type", "RECERTIFICATION").with("status", "PLANNED").without("reportOn")
                .with("visits", List.of(Map.of("visitedOn", TODAY.plusMonths(1).toString()))), other);
        // Suspended still runs to its recertification.
        String suspended = OrganisationFixtures.anOrganisation().register().kvk();
        String certificate = grant(push(aPackageFor(suspended).with("status", "SUBMITTED"), body), decision("GRANT"));
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("reason", "Onderzoek naar een klacht.")).post("/api/v1/certificates/{id}/suspension", certificate)
                .then().statusCode(200);
        // Withdrawn, with a new admission planned: no cycle to run.
        String withdrawn = OrganisationFixtures.anOrganisation().register().kvk();
        String lapsed = grant(push(aPackageFor(withdrawn).with("status", "SUBMITTED"), body), decision("GRANT"));
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("reason", "Lidmaatschap beëindigd.")).post("/api/v1/certificates/{id}/withdrawal", lapsed)
                .then().statusCode(200);
        push(aPackageFor(withdrawn).with("type", "ADMISSION").with("status", "PLANNED").without("reportOn")
                .with("visits", List.of(Map.of("visitedOn", TODAY.plusMonths(2).toString()))), body);

        listedOnlyAs(overdueAndPlanned, body, As.ADMIN.token(), "OVERDUE");
        listedOnlyAs(suspended, body, As.ADMIN.token(), "ON_TRACK");
        listedOnlyAs(withdrawn, body, As.ADMIN.token(), "NONE");
        listedOnlyAs(suspended, body, Fixtures.memberToken(suspended), "ON_TRACK");
        // Each body reads the schedule from its own audits: the action is on the certifying body's audit, the plan is the other's.
        listedOnlyAs(overdueAndPlanned, body, Fixtures.certifierToken(body), "OVERDUE");
        listedOnlyAs(overdueAndPlanned, other, Fixtures.certifierToken(other), "PLANNED");
        Api.withToken(Fixtures.certifierToken(other)).get(ONE_SCHEDULE, overdueAndPlanned).then()
                .body("improvementActions.pending", equalTo(0)).body("certificate.status", equalTo("ACTIVE"));
        Api.as(As.ADMIN).get(ONE_SCHEDULE, suspended).then().body("certificate.status", equalTo("SUSPENDED"));
        Api.as(As.ADMIN).get(ONE_SCHEDULE, withdrawn).then().body("certificate.status", equalTo("WITHDRAWN"))
                .body("plannedAudit.type", equalTo("ADMISSION")).body("recertification", nullValue()).body("dueOn", nullValue());
    }

    /** The reader's schedule is in this state, and of the list filtered on each state only that one holds it. */
    static void listedOnlyAs(String kvk, String body, String token, String state) {
        Api.withToken(token).get(ONE_SCHEDULE, kvk).then().statusCode(200).body("state", equalTo(state));
        for (ScheduleState each : ScheduleState.values()) {
            List<String> listed = kvks(Map.of("certifyingBody", body, "state", each.name()), token);
            if (each.name().equals(state)) {
                assertThat(listed).as("listed as " + each).contains(kvk);
            } else {
                assertThat(listed).as("listed as " + each).doesNotContain(kvk);
            }
        }
    }

    @Test
    void a_grant_with_conditions_makes_the_follow_up_due_first_until_a_follow_up_audit_is_submitted() {
        String body = aBody();
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        LocalDate followUpDue = TODAY.plusMonths(6);
        Map<String, Object> conditional = decision("GRANT_WITH_CONDITIONS");
        conditional.put("conditions", "Vervolgonderzoek naar norm 1.4.");
        conditional.put("followUpDueOn", followUpDue.toString());
        grant(push(aPackageFor(kvk).with("status", "SUBMITTED"), body), conditional);

        Api.as(As.ADMIN).get(ONE_SCHEDULE, kvk).then().body("state", equalTo("ON_TRACK")).body("dueOn", equalTo(followUpDue.toString()))
                .body("followUp.dueOn", equalTo(followUpDue.toString())).body("followUp.overdue", equalTo(false))
                .body("followUp.submitted", equalTo(false)).body("followUp.submittedAudit", nullValue());

        String followUp = push(aPackageFor(kvk).with("type", "FOLLOW_UP").with("status", "SUBMITTED"), body);
        // The follow-up audit is the follow-up's, not a planned recertification.
        Api.as(As.ADMIN).get(ONE_SCHEDULE, kvk).then().body("followUp.submitted", equalTo(true)).body("followUp.submittedAudit.id", equalTo(followUp))
                .body("dueOn", equalTo(TODAY.plusYears(3).minusDays(1).toString()))
                .body("state", equalTo("ON_TRACK")).body("plannedAudit", nullValue());
        Api.withToken(Fixtures.memberToken(kvk)).get(ONE_SCHEDULE, kvk).then().body("followUp.submittedAudit.id", equalTo(followUp));

        // NVVK's grant on the follow-up lifts the conditions; the cycle runs on to the same day.
        grant(followUp, decision("GRANT"));
        Api.as(As.ADMIN).get(ONE_SCHEDULE, kvk).then().body("state", equalTo("ON_TRACK")).body("followUp", nullValue())
                .body("plannedAudit", nullValue()).body("dueOn", equalTo(TODAY.plusYears(3).minusDays(1).toString()))
                .body("certificate.validUntil", equalTo(TODAY.plusYears(3).minusDays(1).toString()));
    }

    @Test
    void an_improvement_action_past_its_due_day_makes_the_schedule_overdue() {
        String body = aBody();
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        // Reported on 2023-06-28: a shortcoming's action was due three months later.
        grant(push(aPackageFor(kvk).with("status", "SUBMITTED").withAction("1.4", "SHORTCOMING"), body), decision("GRANT"));

        Api.as(As.ADMIN).get(ONE_SCHEDULE, kvk).then().body("state", equalTo("OVERDUE"))
                .body("improvementActions.pending", equalTo(1)).body("improvementActions.overdue", equalTo(1))
                .body("improvementActions.firstOverdueDueOn", equalTo("2023-09-28"));
        assertThat(kvks(Map.of("certifyingBody", body, "state", "OVERDUE"), As.ADMIN)).containsExactly(kvk);
    }

    @Test
    void the_list_is_most_urgent_first_with_organisations_without_a_certificate_last_and_every_filter_narrows_it() {
        String body = aBody();
        String conditional = OrganisationFixtures.anOrganisation().register().kvk();
        String plain = OrganisationFixtures.anOrganisation().with("kind", "CREDIT_BANK").register().kvk();
        String applicant = OrganisationFixtures.anOrganisation().register().kvk();
        LocalDate followUpDue = TODAY.plusMonths(6);
        Map<String, Object> withConditions = decision("GRANT_WITH_CONDITIONS");
        withConditions.put("conditions", "Vervolgonderzoek naar norm 1.4.");
        withConditions.put("followUpDueOn", followUpDue.toString());
        grant(push(aPackageFor(conditional).with("status", "SUBMITTED"), body), withConditions);
        grant(push(aPackageFor(plain).with("status", "SUBMITTED"), body), decision("GRANT"));
        push(aPackageFor(applicant).with("type", "ADMISSION").with("status", "PLANNED").without("reportOn"), body);

        assertThat(kvks(Map.of("certifyingBody", body), As.ADMIN)).containsExactly(conditional, plain, applicant);
        JsonPath first = Api.as(As.ADMIN).queryParam("certifyingBody", body).queryParam("limit", 2).get(SCHEDULES)
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.organisation.kvkNumber")).containsExactly(conditional, plain);
        Api.as(As.ADMIN).queryParam("certifyingBody", body).queryParam("limit", 2).queryParam("cursor", first.getString("next")).get(SCHEDULES)
                .then().statusCode(200).body("items.organisation.kvkNumber", contains(applicant)).body("items[0].state", equalTo("NONE"))
                .body("items[0].dueOn", nullValue()).body("next", nullValue());

        LocalDate validUntil = TODAY.plusYears(3).minusDays(1);
        assertThat(kvks(Map.of("certifyingBody", body, "dueBefore", validUntil.toString()), As.ADMIN)).containsExactly(conditional);
        assertThat(kvks(Map.of("certifyingBody", body, "dueAfter", followUpDue.toString()), As.ADMIN)).containsExactly(plain);
        assertThat(kvks(Map.of("certifyingBody", body, "organisationKind", "CREDIT_BANK"), As.ADMIN)).containsExactly(plain);
        assertThat(kvks(Map.of("certifyingBody", body, "state", "NONE"), As.ADMIN)).containsExactly(applicant);
        assertThat(kvks(Map.of("certifyingBody", body, "state", "ON_TRACK"), As.ADMIN)).containsExactly(conditional, plain);

        // The body sees the organisations it audits, a member its own, another body none of them.
        assertThat(kvks(Map.of(), Fixtures.certifierToken(body))).containsExactly(conditional, plain, applicant);
        assertThat(kvks(Map.of(), Fixtures.memberToken(plain))).containsExactly(plain);
        assertThat(kvks(Map.of("certifyingBody", body), As.OTHER_CERTIFIER)).isEmpty();
        assertThat(kvks(Map.of("certifyingBody", body), As.OTHER_MEMBER)).isEmpty();
    }

    @Test
    void a_cancelled_audit_does_not_let_its_body_read_the_schedule() {
        String body = aBody();
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        String audit = push(aPackageFor(kvk).with("status", "PLANNED").without("reportOn"), body);
        Api.withToken(Fixtures.certifierToken(body)).get(ONE_SCHEDULE, kvk).then().statusCode(200).body("state", equalTo("NONE"));
        Api.withToken(Fixtures.certifierToken(body)).post(ONE_AUDIT + "/cancellation", audit).then().statusCode(200);
        Api.withToken(Fixtures.certifierToken(body)).get(ONE_SCHEDULE, kvk).then().spec(problem(404));
    }

    @Test
    void bad_parameters_are_422s_naming_the_parameter() {
        OrganisationFixtures.anOrganisation().register();
        OrganisationFixtures.anOrganisation().register();
        String otherList = Api.as(As.ADMIN).queryParam("limit", 1).get("/api/v1/organisations").path("next");
        Map<String, Map<String, String>> refused = new java.util.LinkedHashMap<>();
        refused.put("state", Map.of("state", "SOON"));
        refused.put("dueBefore", Map.of("dueBefore", "2027-13-01"));
        refused.put("dueAfter", Map.of("dueAfter", "2027-07-01", "dueBefore", "2027-07-01"));
        refused.put("certifyingBody", Map.of("certifyingBody", "kiwa"));
        refused.put("organisationKind", Map.of("organisationKind", "BANK"));
        refused.put("limit", Map.of("limit", "0"));
        refused.put("kvk", Map.of("kvk", "10000001"));
        refused.put("cursor", Map.of("cursor", otherList));
        refused.forEach((field, parameters) -> Api.malformedAs(As.ADMIN).queryParams(parameters).get(SCHEDULES)
                .then().spec(problem(422)).body("errors.field", hasItem(field)));
        Api.malformedAs(As.ADMIN).get(ONE_SCHEDULE, "1234567").then().spec(problem(422)).body("errors.field", hasItem("kvkNumber"));
        Api.malformedAs(As.ADMIN).get(ONE_SCHEDULE, "99999999").then().spec(problem(404));
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** A fresh certifying body, so a list filtered on it holds only this test's organisations. */
    static String aBody() {
        String code = Fixtures.uniqueBodyCode();
        AuditPackages.ensureBody(code);
        return code;
    }

    static String push(AuditPackages pack, String body) {
        return Api.withToken(Fixtures.certifierToken(body)).contentType("application/json").body(pack.body())
                .put(AuditPackages.ONE_PACKAGE, pack.reference()).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> decision(String outcome) {
        return new HashMap<>(Map.of("outcome", outcome, "motivation", "Het onderzoek toont aan dat de organisatie voldoet."));
    }

    /** NVVK's grant on the audit; answers the certificate's id. */
    static String grant(String audit, Map<String, Object> decision) {
        return Api.as(As.ADMIN).contentType("application/json").body(decision).post(ONE_AUDIT + "/decision", audit)
                .then().statusCode(200).extract().path("decision.certificate.id");
    }

    /** The KvK numbers of every schedule the caller lists with these filters, in the list's order (bounded: 20 pages). */
    static List<String> kvks(Map<String, String> filters, Object caller) {
        return Pages.field(SCHEDULES, caller, filters, "organisation.kvkNumber", 20);
    }
}
