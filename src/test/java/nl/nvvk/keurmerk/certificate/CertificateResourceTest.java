package nl.nvvk.keurmerk.certificate;

import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_AUDIT;
import static nl.nvvk.keurmerk.audit.AuditPackages.aPackage;
import static nl.nvvk.keurmerk.audit.AuditPackages.aPackageFor;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NVVK's decision on a submitted audit, the certificate a grant issues, and who reads it. */
@QuarkusTest
class CertificateResourceTest {
    private static final String CERTIFICATES = "/api/v1/certificates";
    private static final String ONE_CERTIFICATE = "/api/v1/certificates/{id}";
    private static final String DECISION = ONE_AUDIT + "/decision";

    @Test
    void a_grant_decides_the_audit_and_issues_a_certificate_valid_three_years_that_its_body_and_organisation_read() {
        AuditPackages pack = aPackage().with("status", "SUBMITTED");
        String audit = pack.push();
        String certificate = Api.as(As.ADMIN).contentType("application/json").body(decision("GRANT")).post(DECISION, audit)
                .then().statusCode(200).body("status", equalTo("DECIDED")).body("decision.outcome", equalTo("GRANT"))
                .body("decision.followUpDueOn", nullValue())
                .body("decision.certificate.number", matchesPattern(CertificateNumber.FORMAT))
                .extract().path("decision.certificate.id");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Api.as(As.ADMIN).get(ONE_CERTIFICATE, certificate).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("organisation", equalTo(pack.kvk())).body("certifyingBody", equalTo(Fixtures.OUR_BODY))
                .body("audit", equalTo(audit)).body("scope", containsInAnyOrder("INTAKE_AND_PLAN", "DEBT_MEDIATION"))
                .body("issuedOn", equalTo(today.toString())).body("validFrom", equalTo(today.toString()))
                .body("validUntil", equalTo(today.plusYears(3).minusDays(1).toString()))
                .body("statusHistory", hasSize(1)).body("statusHistory[0].to", equalTo("ACTIVE"))
                .body("statusHistory[0].reason", containsString(pack.reference()));
        Api.as(As.CERTIFIER).get(ONE_CERTIFICATE, certificate).then().statusCode(200);
        Api.withToken(Fixtures.memberToken(pack.kvk())).get(ONE_CERTIFICATE, certificate).then().statusCode(200);
        Api.withToken(Fixtures.memberToken(pack.kvk())).get(ONE_AUDIT, audit).then().statusCode(200)
                .body("decision.certificate.id", equalTo(certificate));
        Api.as(As.ADMIN).queryParam("resourceType", "audit").queryParam("resourceId", audit).get("/api/v1/change-history")
                .then().body("items.action", contains("pushed", "decided"));
    }

    @ParameterizedTest(name = "{0} reading another tenant's certificate: {1}")
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "OTHER_CERTIFIER,404", "OTHER_MEMBER,404", "CERTIFIER_WITHOUT_BODY,403"})
    void only_nvvk_the_body_it_rests_on_and_the_organisation_read_a_certificate(As caller, int status) {
        String certificate = granted(aPackage().with("status", "SUBMITTED"));
        Api.malformedAs(caller).get(ONE_CERTIFICATE, certificate).then().spec(problem(status));
    }

    @Test
    void another_tenant_lists_none_of_them_whatever_the_filter() {
        AuditPackages pack = aPackage().with("status", "SUBMITTED");
        granted(pack);
        Api.as(As.CERTIFIER).queryParam("kvkNumber", pack.kvk()).get(CERTIFICATES).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].status", equalTo("ACTIVE"));
        Api.as(As.OTHER_CERTIFIER).queryParam("kvkNumber", pack.kvk()).get(CERTIFICATES).then().statusCode(200).body("items", hasSize(0));
        Api.as(As.OTHER_MEMBER).queryParam("kvkNumber", pack.kvk()).get(CERTIFICATES).then().statusCode(200).body("items", hasSize(0));
        Api.withToken(Fixtures.memberToken(pack.kvk())).get(CERTIFICATES).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void a_recertification_grant_supersedes_the_certificate_in_force() {
        AuditPackages first = aPackage().with("status", "SUBMITTED");
        String earlier = granted(first);
        String later = granted(aPackageFor(first.kvk()).with("status", "SUBMITTED").with("type", "RECERTIFICATION"));

        Api.as(As.ADMIN).get(ONE_CERTIFICATE, earlier).then().statusCode(200).body("status", equalTo("SUPERSEDED"))
                .body("supersededBy", equalTo(later)).body("statusHistory.to", contains("ACTIVE", "SUPERSEDED"));
        Api.as(As.ADMIN).get(ONE_CERTIFICATE, later).then().body("status", equalTo("ACTIVE"));
        Api.as(As.ADMIN).queryParam("resourceType", "certificate").queryParam("resourceId", earlier).get("/api/v1/change-history")
                .then().body("items.action", contains("issued", "superseded")).body("items[1].changes.supersededBy.to", equalTo(later));
        Api.as(As.ADMIN).queryParam("kvkNumber", first.kvk()).queryParam("status", "SUPERSEDED").get(CERTIFICATES).then()
                .body("items.id", contains(earlier));
        Api.as(As.ADMIN).queryParam("kvkNumber", first.kvk()).queryParam("status", "ACTIVE").get(CERTIFICATES).then()
                .body("items.id", contains(later));
    }

    @Test
    void two_grants_at_once_for_an_organisation_without_a_certificate_leave_one_current() throws Exception {
        AuditPackages first = aPackage().with("status", "SUBMITTED");
        String one = first.push();
        String two = aPackageFor(first.kvk()).with("status", "SUBMITTED").push();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var grants = pool.invokeAll(java.util.List.of(
                    () -> Api.as(As.ADMIN).contentType("application/json").body(decision("GRANT")).post(DECISION, one).statusCode(),
                    () -> Api.as(As.ADMIN).contentType("application/json").body(decision("GRANT")).post(DECISION, two).statusCode()),
                    60, java.util.concurrent.TimeUnit.SECONDS);
            for (var grant : grants) {
                org.assertj.core.api.Assertions.assertThat(grant.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        Api.as(As.ADMIN).queryParam("kvkNumber", first.kvk()).get(CERTIFICATES).then()
                .body("items.status", containsInAnyOrder("ACTIVE", "SUPERSEDED"));
    }

    @Test
    void a_grant_with_conditions_names_them_and_wants_a_follow_up_audit_12_months_later_unless_nvvk_names_the_day() {
        String audit = aPackage().with("status", "SUBMITTED").push();
        Map<String, Object> withoutConditions = decision("GRANT_WITH_CONDITIONS");
        Api.malformedAs(As.ADMIN).contentType("application/json").body(withoutConditions).post(DECISION, audit)
                .then().spec(problem(422)).body("errors[0].field", equalTo("conditions"));
        Api.as(As.ADMIN).get(ONE_AUDIT, audit).then().body("status", equalTo("SUBMITTED"));

        Map<String, Object> conditional = decision("GRANT_WITH_CONDITIONS");
        conditional.put("conditions", "Vervolgonderzoek naar de normen 1.4 en 4.3.");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Api.as(As.ADMIN).contentType("application/json").body(conditional).post(DECISION, audit).then().statusCode(200)
                .body("decision.conditions", equalTo("Vervolgonderzoek naar de normen 1.4 en 4.3."))
                .body("decision.followUpDueOn", equalTo(today.plusMonths(12).toString()))
                .body("decision.certificate.number", matchesPattern(CertificateNumber.FORMAT));

        String named = aPackage().with("status", "SUBMITTED").push();
        conditional.put("followUpDueOn", today.toString());
        Api.malformedAs(As.ADMIN).contentType("application/json").body(conditional).post(DECISION, named)
                .then().spec(problem(422)).body("errors.field", contains("followUpDueOn"));
        conditional.put("followUpDueOn", today.plusMonths(6).toString());
        Api.as(As.ADMIN).contentType("application/json").body(conditional).post(DECISION, named).then().statusCode(200)
                .body("decision.followUpDueOn", equalTo(today.plusMonths(6).toString()));
    }

    @Test
    void a_grant_on_the_follow_up_audit_lifts_the_conditions_without_restarting_the_three_years() {
        AuditPackages first = aPackage().with("status", "SUBMITTED");
        Map<String, Object> conditional = decision("GRANT_WITH_CONDITIONS");
        conditional.put("conditions", "Vervolgonderzoek naar norm 1.4.");
        String withConditions = Api.as(As.ADMIN).contentType("application/json").body(conditional).post(DECISION, first.push())
                .then().statusCode(200).extract().path("decision.certificate.id");
        String validUntil = Api.as(As.ADMIN).get(ONE_CERTIFICATE, withConditions).path("validUntil");

        String followUp = aPackageFor(first.kvk()).with("type", "FOLLOW_UP").with("status", "SUBMITTED").push();
        String lifted = Api.as(As.ADMIN).contentType("application/json").body(decision("GRANT")).post(DECISION, followUp)
                .then().statusCode(200).extract().path("decision.certificate.id");

        Api.as(As.ADMIN).get(ONE_CERTIFICATE, lifted).then().body("status", equalTo("ACTIVE")).body("audit", equalTo(followUp))
                .body("validUntil", equalTo(validUntil)).body("scope", containsInAnyOrder("INTAKE_AND_PLAN", "DEBT_MEDIATION"))
                .body("statusHistory[0].reason", containsString("conditions of"));
        Api.as(As.ADMIN).get(ONE_CERTIFICATE, withConditions).then().body("status", equalTo("SUPERSEDED")).body("supersededBy", equalTo(lifted));
    }

    @Test
    void a_follow_up_audit_without_a_certificate_in_force_is_not_granted_and_nothing_changes() {
        AuditPackages pack = aPackage();
        String followUp = aPackageFor(pack.kvk()).with("type", "FOLLOW_UP").with("status", "SUBMITTED").push();
        Api.malformedAs(As.ADMIN).contentType("application/json").body(decision("GRANT")).post(DECISION, followUp)
                .then().spec(problem(409)).body("type", containsString("follow-up-without-certificate"));
        Api.as(As.ADMIN).get(ONE_AUDIT, followUp).then().body("status", equalTo("SUBMITTED")).body("decision", nullValue());
        Api.as(As.ADMIN).queryParam("kvkNumber", pack.kvk()).get(CERTIFICATES).then().body("items", hasSize(0));
        // A refusal needs no certificate.
        Api.as(As.ADMIN).contentType("application/json").body(decision("REFUSE")).post(DECISION, followUp).then().statusCode(200)
                .body("decision.outcome", equalTo("REFUSE"));
    }

    @Test
    void a_refusal_decides_the_audit_and_issues_no_certificate() {
        AuditPackages pack = aPackage().with("status", "SUBMITTED");
        String audit = pack.push();
        Api.as(As.ADMIN).contentType("application/json").body(decision("REFUSE")).post(DECISION, audit).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("decision.outcome", equalTo("REFUSE")).body("decision.certificate", nullValue());
        Api.as(As.ADMIN).queryParam("kvkNumber", pack.kvk()).get(CERTIFICATES).then().body("items", hasSize(0));
    }

    @Test
    void only_a_submitted_audit_is_decided_on_once_and_conditions_go_only_with_a_conditional_grant() {
        String running = aPackage().push();
        Api.as(As.ADMIN).contentType("application/json").body(decision("GRANT")).post(DECISION, running)
                .then().spec(problem(409)).body("type", containsString("audit-transition"));
        String audit = aPackage().with("status", "SUBMITTED").push();
        Map<String, Object> refusalWithConditions = decision("REFUSE");
        refusalWithConditions.put("conditions", "Geen.");
        refusalWithConditions.put("followUpDueOn", "2030-01-01");
        Api.malformedAs(As.ADMIN).contentType("application/json").body(refusalWithConditions).post(DECISION, audit)
                .then().spec(problem(422)).body("errors.field", contains("conditions", "followUpDueOn"));
        Api.as(As.ADMIN).contentType("application/json").body(decision("REFUSE")).post(DECISION, audit).then().statusCode(200);
        Api.as(As.ADMIN).contentType("application/json").body(decision("GRANT")).post(DECISION, audit).then().spec(problem(409));
        Api.as(As.ADMIN).post(ONE_AUDIT + "/reopening", audit).then().spec(problem(409));
    }

    @ParameterizedTest(name = "{0} deciding: {1}")
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "MEMBER,403", "OTHER_CERTIFIER,403", "EXPIRED,401"})
    void only_nvvk_decides(As caller, int status) {
        String audit = aPackage().with("status", "SUBMITTED").push();
        Api.malformedAs(caller).contentType("application/json").body(decision("GRANT")).post(DECISION, audit).then().spec(problem(status));
        Api.as(As.ADMIN).get(ONE_AUDIT, audit).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void nvvk_suspends_reinstates_and_withdraws_each_with_its_reason_in_the_status_history_and_no_step_out_of_turn() {
        String certificate = granted(aPackage().with("status", "SUBMITTED"));
        step(certificate, "suspension", "Termijn van het plan van aanpak verstreken.").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        step(certificate, "suspension", "Nogmaals.").then().spec(problem(409)).body("type", containsString("certificate-transition"));
        step(certificate, "reinstatement", "Plan van aanpak alsnog uitgevoerd.").then().statusCode(200).body("status", equalTo("ACTIVE"));
        step(certificate, "reinstatement", "Nogmaals.").then().spec(problem(409));
        step(certificate, "withdrawal", "Lidmaatschap beëindigd.").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        for (String after : new String[] {"suspension", "reinstatement", "withdrawal"}) {
            step(certificate, after, "Te laat.").then().spec(problem(409)).body("detail", containsString("is WITHDRAWN"));
        }

        Api.as(As.CERTIFIER).get(ONE_CERTIFICATE, certificate).then().statusCode(200)
                .body("statusHistory.to", contains("ACTIVE", "SUSPENDED", "ACTIVE", "WITHDRAWN"))
                .body("statusHistory[1].from", equalTo("ACTIVE"))
                .body("statusHistory[1].reason", equalTo("Termijn van het plan van aanpak verstreken."))
                .body("statusHistory[3].actor", equalTo("nvvk-staff"));
        Api.as(As.ADMIN).queryParam("resourceType", "certificate").queryParam("resourceId", certificate).get("/api/v1/change-history")
                .then().body("items.action", contains("issued", "suspended", "reinstated", "withdrawn"));
    }

    @Test
    void a_superseded_certificate_is_not_suspended_a_stale_version_is_412_and_a_reason_is_required() {
        AuditPackages first = aPackage().with("status", "SUBMITTED");
        String earlier = granted(first);
        String later = granted(aPackageFor(first.kvk()).with("status", "SUBMITTED").with("type", "RECERTIFICATION"));
        step(earlier, "suspension", "Vergissing.").then().spec(problem(409)).body("detail", containsString("is SUPERSEDED"));

        Api.as(As.ADMIN).contentType("application/json").header("If-Match", "\"7\"").body(Map.of("reason", "Oud."))
                .post(ONE_CERTIFICATE + "/suspension", later).then().spec(problem(412));
        Api.malformedAs(As.ADMIN).contentType("application/json").body(Map.of("reason", " "))
                .post(ONE_CERTIFICATE + "/withdrawal", later).then().spec(problem(422)).body("errors[0].field", equalTo("reason"));
        Api.as(As.ADMIN).get(ONE_CERTIFICATE, later).then().body("status", equalTo("ACTIVE")).body("statusHistory", hasSize(1));
    }

    @ParameterizedTest(name = "{0} changing a certificate's status: {1}")
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "MEMBER,403", "OTHER_CERTIFIER,403"})
    void only_nvvk_changes_a_certificates_status(As caller, int status) {
        String certificate = granted(aPackage().with("status", "SUBMITTED"));
        for (String step : new String[] {"suspension", "reinstatement", "withdrawal"}) {
            Api.malformedAs(caller).contentType("application/json").body(Map.of("reason", "Zomaar."))
                    .post(ONE_CERTIFICATE + "/" + step, certificate).then().spec(problem(status));
        }
        Api.as(As.ADMIN).get(ONE_CERTIFICATE, certificate).then().body("status", equalTo("ACTIVE"));
    }

    private static io.restassured.response.Response step(String certificate, String step, String reason) {
        return Api.as(As.ADMIN).contentType("application/json").body(Map.of("reason", reason)).post(ONE_CERTIFICATE + "/" + step, certificate);
    }

    private static Map<String, Object> decision(String outcome) {
        return new HashMap<>(Map.of("outcome", outcome, "motivation", "Het onderzoek toont aan dat de organisatie voldoet."));
    }

    /** The certificate a grant on this package's audit issues. */
    static String granted(AuditPackages pack) {
        String audit = pack.push();
        return Api.as(As.ADMIN).contentType("application/json").body(decision("GRANT")).post(DECISION, audit)
                .then().statusCode(200).extract().path("decision.certificate.id");
    }
}
