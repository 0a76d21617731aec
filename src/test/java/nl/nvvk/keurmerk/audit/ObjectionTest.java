package nl.nvvk.keurmerk.audit;

import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_AUDIT;
import static nl.nvvk.keurmerk.audit.AuditPackages.aPackage;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Feed;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Objections (bezwaar) to NVVK's decisions: lodged by the organisation in time, handled by NVVK, followed by a new decision when upheld. */
@QuarkusTest
class ObjectionTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String OBJECTIONS = ONE_AUDIT + "/objections";
    private static final String ONE = "/api/v1/objections/{id}";
    private static final String DECISION = ONE_AUDIT + "/decision";
    private static final String GROUNDS = "De weging van norm 4.3 miskent het verbeterplan dat tijdens het onderzoek is getoond.";

    @Inject
    AgroalDataSource database;

    @Test
    void an_upheld_objection_to_a_refusal_is_followed_by_a_new_decision_that_issues_the_certificate() {
        AuditPackages pack = aPackage();
        String audit = decided(pack, "REFUSE");
        String member = Fixtures.memberToken(pack.kvk());

        LocalDate today = LocalDate.now(AMSTERDAM);
        String objection = Api.withToken(member).contentType("application/json").body(Map.of("grounds", GROUNDS)).post(OBJECTIONS, audit)
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/objections/[0-9a-f-]{36}$"))
                .body("against", equalTo("REFUSAL")).body("status", equalTo("LODGED")).body("grounds", equalTo(GROUNDS))
                .body("audit", equalTo(audit)).body("organisation", equalTo(pack.kvk())).body("awaitsNewDecision", equalTo(false))
                .body("periodEndedOn", equalTo(today.plusWeeks(6).toString()))
                .extract().path("id");

        Api.as(As.ADMIN).post(ONE + "/receipt", objection).then().statusCode(200).body("status", equalTo("RECEIVED")).body("receivedAt", notNullValue());
        Api.as(As.ADMIN).post(ONE + "/handling", objection).then().statusCode(200).body("status", equalTo("IN_HANDLING"));
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("outcome", "UPHELD", "motivation", "Het verbeterplan is alsnog beoordeeld."))
                .post(ONE + "/outcome", objection).then().statusCode(200).body("status", equalTo("DECIDED")).body("outcome", equalTo("UPHELD"))
                .body("awaitsNewDecision", equalTo(true));

        String number = Api.as(As.ADMIN).contentType("application/json").body(decision("GRANT")).post(DECISION, audit).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("decision.outcome", equalTo("GRANT")).extract().path("decision.certificate.number");
        assertThat(number).startsWith("NVVK-");
        Api.withToken(member).get(ONE, objection).then().statusCode(200).body("redecidedAt", notNullValue()).body("awaitsNewDecision", equalTo(false));
        Api.as(As.ANONYMOUS).get("/api/v1/public/certificates/{number}", number).then().statusCode(200).body("status", equalTo("ACTIVE"));
        // Once: the objection was answered by this decision.
        Api.malformedAs(As.ADMIN).contentType("application/json").body(decision("REFUSE")).post(DECISION, audit).then().spec(problem(409))
                .body("type", org.hamcrest.Matchers.endsWith("/audit-transition"));

        List<Map<String, Object>> seen = Feed.read(() -> Api.withToken(member), null, Map.of());
        assertThat(seen.stream().map(e -> e.get("type")).toList())
                .containsSubsequence("OBJECTION_LODGED", "OBJECTION_RECEIVED", "OBJECTION_DECIDED", "CERTIFICATE_ISSUED", "AUDIT_DECIDED");
        // The certifying body hears of the new decision, not of the objection.
        List<Object> bodySees = Feed.read(() -> Api.as(As.CERTIFIER), null, Map.of("type", List.of("OBJECTION_LODGED", "OBJECTION_DECIDED")))
                .stream().map(e -> (Object) ((Map<?, ?>) e.get("data")).get("audit")).toList();
        assertThat(bodySees).doesNotContain(audit);
        Api.as(As.ADMIN).queryParam("resourceType", "objection").queryParam("resourceId", objection).get("/api/v1/change-history")
                .then().body("items.action", contains("lodged", "received", "in-handling", "decided", "redecided"));
    }

    @Test
    void conditions_lifted_on_objection_leave_the_certificate_in_force_and_the_follow_up_audit_no_longer_due() {
        AuditPackages pack = aPackage();
        String audit = pack.pushSubmitted();
        Map<String, Object> conditional = decision("GRANT_WITH_CONDITIONS");
        conditional.put("conditions", "Vervolgonderzoek naar norm 4.3.");
        String first = Api.as(As.ADMIN).contentType("application/json").body(conditional).post(DECISION, audit).then().statusCode(200)
                .body("decision.followUpDueOn", notNullValue()).extract().path("decision.certificate.id");
        String validUntil = Api.as(As.ADMIN).get("/api/v1/certificates/{id}", first).then().extract().path("validUntil");

        String objection = lodge(pack, audit).then().statusCode(201).body("against", equalTo("CONDITIONS")).extract().path("id");
        handleAndDecide(objection, "PARTLY_UPHELD");
        Api.as(As.ADMIN).contentType("application/json").body(decision("GRANT")).post(DECISION, audit).then().statusCode(200)
                .body("decision.outcome", equalTo("GRANT")).body("decision.conditions", nullValue()).body("decision.followUpDueOn", nullValue())
                .body("decision.certificate.id", equalTo(first));
        Api.as(As.ADMIN).get("/api/v1/certificates/{id}", first).then().body("status", equalTo("ACTIVE")).body("validUntil", equalTo(validUntil));
        Api.as(As.ADMIN).queryParam("kvkNumber", pack.kvk()).get("/api/v1/certificates").then().body("items", hasSize(1));
    }

    @Test
    void a_rejected_objection_leaves_the_decision_as_it_is() {
        AuditPackages pack = aPackage();
        String audit = decided(pack, "REFUSE");
        String objection = lodge(pack, audit).then().statusCode(201).extract().path("id");
        handleAndDecide(objection, "REJECTED");
        Api.as(As.ADMIN).get(ONE, objection).then().body("awaitsNewDecision", equalTo(false));
        Api.malformedAs(As.ADMIN).contentType("application/json").body(decision("GRANT")).post(DECISION, audit).then().spec(problem(409));
        Api.as(As.ADMIN).get(ONE_AUDIT, audit).then().body("decision.outcome", equalTo("REFUSE"));
    }

    @Test
    void there_is_nothing_to_object_to_before_a_decision_or_after_a_grant_without_conditions_and_one_objection_per_decision() {
        AuditPackages undecided = aPackage();
        String submitted = undecided.pushSubmitted();
        lodge(undecided, submitted, true).then().spec(problem(409)).body("type", org.hamcrest.Matchers.endsWith("/objection-not-possible"));

        AuditPackages granted = aPackage();
        String audit = decided(granted, "GRANT");
        lodge(granted, audit, true).then().spec(problem(409)).body("type", org.hamcrest.Matchers.endsWith("/objection-not-possible"));

        AuditPackages refused = aPackage();
        String refusal = decided(refused, "REFUSE");
        lodge(refused, refusal).then().statusCode(201);
        lodge(refused, refusal, true).then().spec(problem(409)).body("type", org.hamcrest.Matchers.endsWith("/objection-lodged-already"));
        Api.withToken(Fixtures.memberToken(refused.kvk())).get("/api/v1/objections").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void an_objection_is_lodged_through_the_last_day_of_the_period_and_not_after() throws SQLException {
        AuditPackages onTime = aPackage();
        String audit = decided(onTime, "REFUSE");
        decidedDaysAgo(audit, 42);
        lodge(onTime, audit).then().statusCode(201).body("periodEndedOn", equalTo(LocalDate.now(AMSTERDAM).toString()));

        AuditPackages late = aPackage();
        String lateAudit = decided(late, "REFUSE");
        decidedDaysAgo(lateAudit, 43);
        lodge(late, lateAudit, true).then().spec(problem(409)).body("type", org.hamcrest.Matchers.endsWith("/objection-period-over"))
                .body("detail", org.hamcrest.Matchers.containsString(LocalDate.now(AMSTERDAM).minusDays(1).toString()));
        Api.malformedWithToken(Fixtures.memberToken(late.kvk())).header("Accept-Language", "nl").contentType("application/json")
                .body(Map.of("grounds", GROUNDS)).post(OBJECTIONS, lateAudit).then().spec(problem(409)).header("Content-Language", "nl")
                .body("detail", org.hamcrest.Matchers.endsWith("eindigde op " + LocalDate.now(AMSTERDAM).minusDays(1)));
        Api.withToken(Fixtures.memberToken(late.kvk())).get("/api/v1/objections").then().body("items", hasSize(0));
    }

    @Test
    void steps_out_of_order_are_409_and_bad_input_422_naming_the_field_with_nothing_stored() {
        AuditPackages pack = aPackage();
        String audit = decided(pack, "REFUSE");
        String member = Fixtures.memberToken(pack.kvk());
        Api.malformedWithToken(member).contentType("application/json").body(Map.of("grounds", " ")).post(OBJECTIONS, audit)
                .then().spec(problem(422)).body("errors.field", hasItem("grounds"));
        Api.malformedWithToken(member).contentType("application/json").body(Map.of("grounds", "x".repeat(10_001))).post(OBJECTIONS, audit)
                .then().spec(problem(422)).body("errors.field", hasItem("grounds"));
        Api.malformedWithToken(member).contentType("application/json").body(Map.of("grounds", GROUNDS, "outcome", "UPHELD")).post(OBJECTIONS, audit)
                .then().spec(problem(400));
        Api.withToken(member).get("/api/v1/objections").then().body("items", hasSize(0));

        String objection = lodge(pack, audit).then().statusCode(201).extract().path("id");
        Api.malformedAs(As.ADMIN).post(ONE + "/handling", objection).then().spec(problem(409)).body("type", org.hamcrest.Matchers.endsWith("/objection-transition"));
        Api.malformedAs(As.ADMIN).header("Accept-Language", "nl").post(ONE + "/handling", objection).then().spec(problem(409))
                .header("Content-Language", "nl").body("title", equalTo("Conflict met de huidige toestand"))
                .body("detail", equalTo("Bezwaar " + objection + " is LODGED; deze stap kan alleen bij een bezwaar dat RECEIVED is"));
        Api.malformedAs(As.ADMIN).contentType("application/json").body(Map.of("outcome", "UPHELD", "motivation", "Gegrond."))
                .post(ONE + "/outcome", objection).then().spec(problem(409));
        Api.as(As.ADMIN).post(ONE + "/receipt", objection).then().statusCode(200);
        Api.malformedAs(As.ADMIN).header("If-Match", "\"0\"").post(ONE + "/handling", objection).then().spec(problem(412));
        Api.as(As.ADMIN).post(ONE + "/handling", objection).then().statusCode(200);
        Api.malformedAs(As.ADMIN).contentType("application/json").body(Map.of("outcome", "MAYBE", "motivation", "Gegrond."))
                .post(ONE + "/outcome", objection).then().spec(problem(400));
        Api.malformedAs(As.ADMIN).contentType("application/json").body(Map.of("outcome", "UPHELD")).post(ONE + "/outcome", objection)
                .then().spec(problem(422)).body("errors.field", hasItem("motivation"));
        Api.as(As.ADMIN).get(ONE, objection).then().body("status", equalTo("IN_HANDLING"));
        Api.malformedAs(As.ADMIN).queryParam("status", "OPEN").get("/api/v1/objections").then().spec(problem(422)).body("errors[0].field", equalTo("status"));
        Api.malformedAs(As.ADMIN).queryParam("kvkNumber", "123").get("/api/v1/objections").then().spec(problem(422)).body("errors[0].field", equalTo("kvkNumber"));
        Api.malformedAs(As.ADMIN).get(ONE, "not-a-uuid").then().spec(problem(422)).body("errors[0].field", equalTo("id"));
        Api.malformedAs(As.ADMIN).get(ONE, UUID.randomUUID().toString()).then().spec(problem(404));
    }

    @ParameterizedTest(name = "{0} lodging an objection: {1}")
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "ADMIN,403", "CERTIFIER,403", "OTHER_MEMBER,404", "MEMBER_WITHOUT_ORGANISATION,403", "EXPIRED,401"})
    void only_the_audited_organisation_objects(As caller, int status) {
        String audit = decided(aPackage(), "REFUSE");
        Api.malformedAs(caller).contentType("application/json").body(Map.of("grounds", GROUNDS)).post(OBJECTIONS, audit).then().spec(problem(status));
    }

    @Test
    void an_nvvk_token_with_a_member_role_is_refused_with_its_reason_in_dutch() {
        String audit = decided(aPackage(), "REFUSE");
        // The member role lets the request in; the NVVK role gives NVVK's scope, and NVVK does not object.
        Api.malformedAs(As.MEMBER_AND_ADMIN).header("Accept-Language", "nl").contentType("application/json").body(Map.of("grounds", GROUNDS))
                .post(OBJECTIONS, audit).then().spec(problem(403)).header("Content-Language", "nl").body("title", equalTo("Niet toegestaan"))
                .body("detail", equalTo("Alleen de geauditeerde organisatie maakt bezwaar tegen een besluit over haar audit"));
    }

    @ParameterizedTest(name = "{0} on another organisation's objection: {1}")
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "OTHER_CERTIFIER,403", "OTHER_MEMBER,404", "EXPIRED,401"})
    void nvvk_and_the_organisation_read_it_and_only_nvvk_handles_it(As caller, int status) {
        AuditPackages pack = aPackage();
        String objection = lodge(pack, decided(pack, "REFUSE")).then().statusCode(201).extract().path("id");
        Api.malformedAs(caller).get(ONE, objection).then().spec(problem(status));
        Api.malformedAs(caller).post(ONE + "/receipt", objection).then().spec(problem(status == 404 ? 403 : status));
        Api.withToken(Fixtures.memberToken(pack.kvk())).get(ONE, objection).then().statusCode(200);
        Api.malformedWithToken(Fixtures.memberToken(pack.kvk())).post(ONE + "/receipt", objection).then().spec(problem(403));
        Api.as(As.ADMIN).get(ONE, objection).then().statusCode(200);
        if (caller == As.OTHER_MEMBER) {
            Api.as(As.OTHER_MEMBER).get("/api/v1/objections").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(objection)));
        }
        Api.as(As.ADMIN).queryParam("kvkNumber", pack.kvk()).get("/api/v1/objections").then().statusCode(200).body("items.id", contains(objection));
    }

    private String decided(AuditPackages pack, String outcome) {
        String audit = pack.pushSubmitted();
        Api.as(As.ADMIN).contentType("application/json").body(decision(outcome)).post(DECISION, audit).then().statusCode(200);
        return audit;
    }

    private static io.restassured.response.Response lodge(AuditPackages pack, String audit) {
        return lodge(pack, audit, false);
    }

    private static io.restassured.response.Response lodge(AuditPackages pack, String audit, boolean refused) {
        String token = Fixtures.memberToken(pack.kvk());
        var request = refused ? Api.malformedWithToken(token) : Api.withToken(token);
        return request.contentType("application/json").body(Map.of("grounds", GROUNDS)).post(OBJECTIONS, audit);
    }

    private static void handleAndDecide(String objection, String outcome) {
        Api.as(As.ADMIN).post(ONE + "/receipt", objection).then().statusCode(200);
        Api.as(As.ADMIN).post(ONE + "/handling", objection).then().statusCode(200);
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("outcome", outcome, "motivation", "Na hoor en wederhoor beslist."))
                .post(ONE + "/outcome", objection).then().statusCode(200);
    }

    private static Map<String, Object> decision(String outcome) {
        return new HashMap<>(Map.of("outcome", outcome, "motivation", "Het onderzoek toont aan dat de organisatie voldoet."));
    }

    /** Moves the audit's decision back, as if NVVK had decided this many days ago (noon, Amsterdam). */
    private void decidedDaysAgo(String audit, int days) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("update audit set decided_at = ? where id = ?")) {
            statement.setObject(1, ZonedDateTime.now(AMSTERDAM).minusDays(days).withHour(12).toOffsetDateTime());
            statement.setObject(2, UUID.fromString(audit));
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
