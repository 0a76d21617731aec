package nl.nvvk.keurmerk.audit;

import static nl.nvvk.keurmerk.audit.AuditPackages.AUDITS;
import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_AUDIT;
import static nl.nvvk.keurmerk.audit.AuditPackages.aPackage;
import static nl.nvvk.keurmerk.audit.AuditPackages.finding;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading audits by tenant, their lifecycle, findings step by step, and the improvement actions. */
@QuarkusTest
class AuditResourceTest {

    // --- reading: the role and tenant matrix ---------------------------------------------------

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "EXPIRED,401", "NO_ROLE,403", "CERTIFIER_WITHOUT_BODY,403", "MEMBER_WITHOUT_ORGANISATION,403",
            "OTHER_CERTIFIER,404", "OTHER_MEMBER,404", "CERTIFIER,200", "ADMIN,200"})
    void reading_a_submitted_audit(As caller, int status) {
        String id = aPackage().pushSubmitted();
        var answer = Api.as(caller).get(ONE_AUDIT, id).then();
        if (status == 200) {
            answer.statusCode(200).body("status", equalTo("SUBMITTED")).body("findings", hasSize(50));
        } else {
            answer.spec(problem(status));
        }
    }

    @Test
    void a_member_reads_its_own_audit_once_submitted_never_as_a_draft() {
        AuditPackages pack = aPackage();
        String id = pack.push();
        String member = Fixtures.memberToken(pack.kvk());
        Api.withToken(member).get(ONE_AUDIT, id).then().spec(problem(404));
        Api.withToken(member).get(AUDITS).then().statusCode(200).body("items", hasSize(0));

        Api.as(As.CERTIFIER).post(ONE_AUDIT + "/submission", id).then().statusCode(200);
        Api.withToken(member).get(ONE_AUDIT, id).then().statusCode(200).body("organisation", equalTo(pack.kvk()));
        Api.withToken(member).get(AUDITS).then().statusCode(200).body("items.id", contains(id));
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER_WITHOUT_BODY,403", "CERTIFIER,200", "OTHER_CERTIFIER,200", "MEMBER,200", "ADMIN,200"})
    void listing_audits(As caller, int status) {
        var answer = Api.as(caller).get(AUDITS).then();
        if (status == 200) {
            answer.statusCode(200);
        } else {
            answer.spec(problem(status));
        }
    }

    @Test
    void another_body_never_finds_our_audit_by_any_filter() {
        AuditPackages pack = aPackage();
        String id = pack.push();
        for (Map.Entry<String, Object> filter : Map.<String, Object>of("reference", pack.reference(), "kvkNumber", pack.kvk(),
                "certifyingBody", Fixtures.OUR_BODY, "status", "IN_PROGRESS", "type", "INITIAL").entrySet()) {
            Api.as(As.OTHER_CERTIFIER).queryParam(filter.getKey(), filter.getValue()).queryParam("limit", 200).get(AUDITS)
                    .then().statusCode(200).body("items.id", not(hasItem(id)));
            Api.as(As.CERTIFIER).queryParam(filter.getKey(), filter.getValue()).queryParam("limit", 200).get(AUDITS)
                    .then().statusCode(200).body("items.id", hasItem(id));
        }
    }

    @Test
    void lists_filter_by_organisation_status_type_and_visit_dates_newest_first() {
        AuditPackages first = aPackage();
        String firstId = first.with("visits", java.util.List.of(Map.of("visitedOn", "2022-03-01"))).with("reportOn", "2022-03-10").push();
        String secondId = AuditPackages.aPackageFor(first.kvk()).with("type", "FOLLOW_UP")
                .with("visits", java.util.List.of(Map.of("visitedOn", "2023-03-01"))).with("reportOn", "2023-03-10").push();
        Api.as(As.ADMIN).queryParam("kvkNumber", first.kvk()).get(AUDITS).then().body("items.id", contains(secondId, firstId));
        Api.as(As.ADMIN).queryParam("kvkNumber", first.kvk()).queryParam("type", "FOLLOW_UP").get(AUDITS).then().body("items.id", contains(secondId));
        Api.as(As.ADMIN).queryParam("kvkNumber", first.kvk()).queryParam("visitedTo", "2022-12-31").get(AUDITS).then().body("items.id", contains(firstId));
        Api.as(As.ADMIN).queryParam("kvkNumber", first.kvk()).queryParam("visitedFrom", "2023-01-01").queryParam("limit", 1).get(AUDITS)
                .then().body("items.id", contains(secondId)).body("next", equalTo(null));
        String page = Api.as(As.ADMIN).queryParam("kvkNumber", first.kvk()).queryParam("limit", 1).get(AUDITS).then().extract().path("next");
        Api.as(As.ADMIN).queryParam("kvkNumber", first.kvk()).queryParam("limit", 1).queryParam("cursor", page).get(AUDITS)
                .then().body("items.id", contains(firstId));
        Api.malformedAs(As.ADMIN).queryParam("visitedFrom", "gisteren").get(AUDITS).then().spec(problem(422))
                .body("errors[0].field", equalTo("visitedFrom"));
    }

    // --- lifecycle ------------------------------------------------------------------------------

    @Test
    void planned_then_started_then_submitted_then_reopened_by_nvvk_then_cancelled() {
        String id = aPackage().with("status", "PLANNED").push();
        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().body("status", equalTo("PLANNED"));
        Api.as(As.CERTIFIER).post(ONE_AUDIT + "/commencement", id).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        Api.as(As.CERTIFIER).post(ONE_AUDIT + "/commencement", id).then().spec(problem(409)).body("type", containsString("audit-transition"));
        Api.as(As.CERTIFIER).post(ONE_AUDIT + "/submission", id).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("submittedAt", not(equalTo(null)));
        Api.as(As.CERTIFIER).post(ONE_AUDIT + "/cancellation", id).then().spec(problem(409));
        Api.as(As.ADMIN).post(ONE_AUDIT + "/reopening", id).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        Api.as(As.ADMIN).post(ONE_AUDIT + "/reopening", id).then().spec(problem(409));
        Api.as(As.CERTIFIER).post(ONE_AUDIT + "/cancellation", id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        Api.as(As.ADMIN).queryParam("resourceType", "audit").queryParam("resourceId", id).get("/api/v1/change-history").then()
                .body("items.action", contains("pushed", "commenced", "submitted", "reopened", "cancelled"))
                .body("items[2].changes.status.to", equalTo("SUBMITTED"));
    }

    @Test
    void submitting_an_incomplete_audit_lists_everything_missing_and_changes_nothing() {
        AuditPackages pack = aPackage().withoutFinding("4.11").withoutFinding("5.2").without("reportOn");
        String id = pack.push();
        String etag = Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().extract().header("ETag");
        Api.as(As.CERTIFIER).post(ONE_AUDIT + "/submission", id).then().spec(problem(422))
                .body("errors.message", contains("is required to submit", "norm 4.11 has no finding", "norm 5.2 has no finding"))
                .body("errors.field", contains("reportOn", "findings", "findings"));
        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().body("status", equalTo("IN_PROGRESS")).header("ETag", etag);
    }

    @Test
    void a_follow_up_audit_covers_only_the_norms_it_revisits() {
        AuditPackages pack = aPackage().with("type", "FOLLOW_UP").with("status", "SUBMITTED")
                .with("findings", java.util.List.of(finding("1.4", "MEETS", null)));
        String id = pack.push();
        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().body("status", equalTo("SUBMITTED")).body("findings", hasSize(1));
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,commencement,401", "MEMBER,commencement,403", "ADMIN,commencement,403", "OTHER_CERTIFIER,commencement,404",
            "ANONYMOUS,submission,401", "MEMBER,submission,403", "ADMIN,submission,403", "OTHER_CERTIFIER,submission,404",
            "ANONYMOUS,reopening,401", "MEMBER,reopening,403", "CERTIFIER,reopening,403", "OTHER_CERTIFIER,reopening,403",
            "CERTIFIER_AND_ADMIN,commencement,403", "CERTIFIER_AND_ADMIN,submission,403",
            "ANONYMOUS,cancellation,401", "MEMBER,cancellation,403", "NO_ROLE,cancellation,403", "OTHER_CERTIFIER,cancellation,404"})
    void only_the_audits_own_body_moves_it_and_only_nvvk_reopens(As caller, String step, int status) {
        String id = aPackage().with("status", step.equals("reopening") ? "SUBMITTED" : "PLANNED").push();
        String etag = Api.as(As.ADMIN).get(ONE_AUDIT, id).then().extract().header("ETag");
        Api.as(caller).post(ONE_AUDIT + "/" + step, id).then().spec(problem(status));
        Api.as(As.ADMIN).get(ONE_AUDIT, id).then().header("ETag", etag);
    }

    @Test
    void racing_transitions_without_if_match_give_one_success_and_409s_never_a_412() throws Exception {
        String id = aPackage().with("status", "PLANNED").push();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> Api.as(As.CERTIFIER).post(ONE_AUDIT + "/commencement", id).then().extract().statusCode()));
            }
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void nvvk_cancels_an_audit_of_any_body() {
        String id = aPackage().with("status", "PLANNED").push();
        Api.as(As.ADMIN).post(ONE_AUDIT + "/cancellation", id).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void a_stale_if_match_on_a_transition_answers_412() {
        String id = aPackage().with("status", "PLANNED").push();
        Api.as(As.CERTIFIER).header("If-Match", "\"99\"").post(ONE_AUDIT + "/commencement", id).then().spec(problem(412));
        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().body("status", equalTo("PLANNED"));
    }

    // --- a finding step by step -----------------------------------------------------------------

    @Test
    void a_finding_recorded_on_its_own_moves_the_audits_etag_and_its_history_names_the_finding() {
        String id = aPackage().push();
        String etag = Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().extract().header("ETag");
        Map<String, Object> entry = finding("3.2", "IN_DEVELOPMENT", "DEVIATION");
        entry.put("developmentLevel", 2);
        entry.put("actions", java.util.List.of(Map.of("description", "Werkinstructies herschrijven")));
        String newEtag = Api.as(As.CERTIFIER).contentType("application/json").header("If-Match", etag).body(entry)
                .put(ONE_AUDIT + "/findings/{norm}", id, "3.2").then().statusCode(200)
                .body("findings.find { it.norm.number == '3.2' }.classification", equalTo("IN_DEVELOPMENT"))
                .body("findings.find { it.norm.number == '3.2' }.actions[0].dueOn", equalTo("2023-12-28"))
                .extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        Api.as(As.CERTIFIER).contentType("application/json").header("If-Match", etag).body(entry)
                .put(ONE_AUDIT + "/findings/{norm}", id, "3.2").then().spec(problem(412));
        Api.as(As.ADMIN).queryParam("resourceType", "audit").queryParam("resourceId", id).get("/api/v1/change-history").then()
                .body("items.action", contains("pushed", "finding-recorded"))
                .body("items[1].changes.keySet()", contains("finding 3.2"));
    }

    @Test
    void a_finding_on_a_norm_of_another_path_or_framework_is_422_and_needs_if_match() {
        String id = aPackage().push();
        String etag = Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().extract().header("ETag");
        Api.as(As.CERTIFIER).contentType("application/json").header("If-Match", etag).body(finding("3.2", "MEETS", null))
                .put(ONE_AUDIT + "/findings/{norm}", id, "3.3").then().spec(problem(422)).body("errors[0].field", equalTo("norm"));
        Api.as(As.CERTIFIER).contentType("application/json").header("If-Match", etag).body(finding("8.1", "MEETS", null))
                .put(ONE_AUDIT + "/findings/{norm}", id, "8.1").then().spec(problem(422)).body("errors[0].message", containsString("has no norm 8.1"));
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(finding("3.2", "MEETS", null))
                .put(ONE_AUDIT + "/findings/{norm}", id, "3.2").then().spec(problem(428));
        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().header("ETag", etag);
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "MEMBER,403", "ADMIN,403", "CERTIFIER_AND_ADMIN,403", "OTHER_CERTIFIER,404"})
    void only_the_audits_own_body_records_findings(As caller, int status) {
        String id = aPackage().push();
        String etag = Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().extract().header("ETag");
        Api.as(caller).contentType("application/json").header("If-Match", etag).body(finding("3.2", "NEEDS_IMPROVEMENT", null))
                .put(ONE_AUDIT + "/findings/{norm}", id, "3.2").then().spec(problem(status));
        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().header("ETag", etag);
    }

    // --- improvement actions ----------------------------------------------------------------------

    @Test
    void an_action_goes_from_open_to_closed_with_the_organisation_and_the_body_taking_turns() {
        AuditPackages pack = aPackage().withAction("1.4", "SHORTCOMING").with("status", "SUBMITTED");
        String id = pack.push();
        String member = Fixtures.memberToken(pack.kvk());
        String action = Api.withToken(member).get(ONE_AUDIT, id).then().statusCode(200)
                .body("findings.find { it.norm.number == '1.4' }.actions[0].status", equalTo("OPEN"))
                .body("findings.find { it.norm.number == '1.4' }.actions[0].dueOn", equalTo("2023-09-28"))
                // Due three months after the report of 2023-06-28, so today it is overdue.
                .body("findings.find { it.norm.number == '1.4' }.actions[0].overdue", equalTo(true))
                .extract().path("findings.find { it.norm.number == '1.4' }.actions[0].id");
        String actions = ONE_AUDIT + "/actions/{action}/";

        Api.as(As.CERTIFIER).contentType("application/json").body(Map.of("assessment", "Te vroeg")).post(actions + "acceptance", id, action)
                .then().spec(problem(409)).body("type", containsString("action-transition"));
        Api.withToken(member).contentType("application/json").body(Map.of("progress", "Versiebeheer ingevoerd")).post(actions + "submission", id, action)
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("progress", equalTo("Versiebeheer ingevoerd"));
        Api.as(As.CERTIFIER).contentType("application/json").body(Map.of("assessment", "Niet aangetoond")).post(actions + "rejection", id, action)
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("overdue", equalTo(true));
        String etag = Api.withToken(member).contentType("application/json").body(Map.of("progress", "Nu met documentregister"))
                .post(actions + "submission", id, action).then().statusCode(200).extract().header("ETag");
        Api.as(As.CERTIFIER).contentType("application/json").header("If-Match", "\"0\"").body(Map.of("assessment", "Aangetoond"))
                .post(actions + "acceptance", id, action).then().spec(problem(412));
        Api.as(As.CERTIFIER).contentType("application/json").header("If-Match", etag).body(Map.of("assessment", "Aangetoond"))
                .post(actions + "acceptance", id, action).then().statusCode(200).body("status", equalTo("ACCEPTED")).body("overdue", equalTo(false));
        Api.as(As.CERTIFIER).post(actions + "closure", id, action).then().statusCode(200).body("status", equalTo("CLOSED"));
        Api.withToken(member).get(ONE_AUDIT, id).then()
                .body("findings.find { it.norm.number == '1.4' }.actions[0].status", equalTo("CLOSED"));
    }

    @Test
    void an_action_step_by_the_wrong_party_or_tenant_changes_nothing() {
        AuditPackages pack = aPackage().withAction("2.2", "DEVIATION").with("status", "SUBMITTED");
        String id = pack.push();
        String action = Api.as(As.ADMIN).get(ONE_AUDIT, id).then().extract().path("findings.find { it.norm.number == '2.2' }.actions[0].id");
        String actions = ONE_AUDIT + "/actions/{action}/";
        Map<String, String> progress = Map.of("progress", "Gedaan");
        Api.as(As.ANONYMOUS).contentType("application/json").body(progress).post(actions + "submission", id, action).then().spec(problem(401));
        Api.as(As.CERTIFIER).contentType("application/json").body(progress).post(actions + "submission", id, action).then().spec(problem(403));
        Api.as(As.ADMIN).contentType("application/json").body(progress).post(actions + "submission", id, action).then().spec(problem(403));
        Api.as(As.OTHER_MEMBER).contentType("application/json").body(progress).post(actions + "submission", id, action).then().spec(problem(404));
        Api.withToken(Fixtures.memberToken(pack.kvk())).contentType("application/json").body(progress)
                .post(actions + "submission", id, "0b7e9a52-3d0c-4c55-9d1e-6f2a8b4c1d00").then().spec(problem(404));
        Api.withToken(Fixtures.memberToken(pack.kvk())).contentType("application/json").body(Map.of("assessment", "Goed"))
                .post(actions + "acceptance", id, action).then().spec(problem(403));
        Api.as(As.OTHER_CERTIFIER).post(actions + "closure", id, action).then().spec(problem(404));
        Map<String, String> judgement = Map.of("assessment", "Goed");
        for (String judging : List.of("acceptance", "rejection")) {
            Api.as(As.ANONYMOUS).contentType("application/json").body(judgement).post(actions + judging, id, action).then().spec(problem(401));
            Api.as(As.MEMBER).contentType("application/json").body(judgement).post(actions + judging, id, action).then().spec(problem(403));
            Api.as(As.CERTIFIER_AND_ADMIN).contentType("application/json").body(judgement).post(actions + judging, id, action).then().spec(problem(403));
        }
        Api.as(As.ANONYMOUS).post(actions + "closure", id, action).then().spec(problem(401));
        Api.as(As.MEMBER).post(actions + "closure", id, action).then().spec(problem(403));
        Api.as(As.CERTIFIER_AND_ADMIN).post(actions + "closure", id, action).then().spec(problem(403));
        Api.as(As.MEMBER_AND_ADMIN).contentType("application/json").body(progress).post(actions + "submission", id, action).then().spec(problem(403));
        Api.as(As.ADMIN).get(ONE_AUDIT, id).then().body("findings.find { it.norm.number == '2.2' }.actions[0].status", equalTo("OPEN"));
    }

    @Test
    void actions_are_due_by_the_weight_of_their_finding() {
        AuditPackages pack = aPackage().withAction("1.1", "SHORTCOMING").withAction("1.2", "DEVIATION").withAction("1.3", "REMARK");
        String id = pack.push();
        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then()
                .body("findings.find { it.norm.number == '1.1' }.actions[0].dueOn", equalTo("2023-09-28"))
                .body("findings.find { it.norm.number == '1.2' }.actions[0].dueOn", equalTo("2023-12-28"))
                .body("findings.find { it.norm.number == '1.3' }.actions[0].dueOn", equalTo("2024-06-28"))
                .body("findings.findAll { it.weight == null }.actions.flatten()", hasSize(0));
    }
}
