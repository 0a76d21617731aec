package nl.nvvk.keurmerk.audit;

import static nl.nvvk.keurmerk.audit.AuditPackages.AUDITS;
import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_AUDIT;
import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_PACKAGE;
import static nl.nvvk.keurmerk.audit.AuditPackages.PACKAGES;
import static nl.nvvk.keurmerk.audit.AuditPackages.aPackage;
import static nl.nvvk.keurmerk.audit.AuditPackages.finding;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.nvvk.keurmerk.framework.FrameworkDocuments;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import nl.nvvk.keurmerk.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The push of whole audit packages: idempotent per reference, tenant-safe, all-or-nothing. */
@QuarkusTest
class AuditPackageResourceTest {

    // --- role matrix -------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "EXPIRED,401", "NO_ROLE,403", "ADMIN,403", "MEMBER,403", "CERTIFIER_WITHOUT_BODY,403", "CERTIFIER,201"})
    void only_a_certifying_body_pushes_packages(As caller, int status) {
        AuditPackages pack = aPackage();
        var answer = Api.as(caller).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference()).then();
        if (status == 201) {
            answer.statusCode(201).body("reference", equalTo(pack.reference())).body("certifyingBody", equalTo(Fixtures.OUR_BODY))
                    .body("organisation", equalTo(pack.kvk())).body("status", equalTo("IN_PROGRESS"));
        } else {
            answer.spec(problem(status));
            assertNoAudit(pack);
        }
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "ADMIN,403", "MEMBER,403"})
    void only_a_certifying_body_pushes_batches(As caller, int status) {
        AuditPackages pack = aPackage();
        Api.as(caller).contentType("application/json").body(batchOf(pack)).post(PACKAGES).then().spec(problem(status));
        assertNoAudit(pack);
    }

    // --- idempotency --------------------------------------------------------------------------

    @Test
    void the_same_package_twice_gives_the_same_answer_one_audit_and_one_history_entry() {
        AuditPackages pack = aPackage();
        var first = Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().statusCode(201).header("Location", containsString("/api/v1/audits/")).extract();
        var again = Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().statusCode(200).extract();

        assertThat(again.body().asString()).isEqualTo(first.body().asString());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        Api.as(As.CERTIFIER).queryParam("reference", pack.reference()).get(AUDITS).then().statusCode(200).body("items", hasSize(1));
        Api.as(As.ADMIN).queryParam("resourceType", "audit").queryParam("resourceId", first.path("id").toString()).get("/api/v1/change-history")
                .then().statusCode(200).body("items.action", contains("pushed"));
    }

    @Test
    void the_same_package_sent_in_other_bytes_is_still_the_same_package_and_changes_nothing() throws Exception {
        AuditPackages pack = aPackage();
        var first = Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().statusCode(201).extract();
        // Another system's serializer: indented, properties in another order.
        String reformatted = new com.fasterxml.jackson.databind.ObjectMapper()
                .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .writerWithDefaultPrettyPrinter().writeValueAsString(pack.body());
        var again = Api.as(As.CERTIFIER).contentType("application/json").body(reformatted).put(ONE_PACKAGE, pack.reference())
                .then().statusCode(200).extract();

        assertThat(again.body().asString()).isEqualTo(first.body().asString());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        Api.as(As.ADMIN).queryParam("resourceType", "audit").queryParam("resourceId", first.path("id").toString()).get("/api/v1/change-history")
                .then().statusCode(200).body("items.action", contains("pushed"));
        // And the first bytes once more still answer as the first push did.
        Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().statusCode(200).body("id", equalTo(first.path("id")));
    }

    @Test
    void a_token_with_an_nvvk_role_beside_the_certifier_role_neither_pushes_nor_reads_a_receipt_by_replaying() {
        AuditPackages pack = aPackage();
        String id = pack.push();
        String both = Tokens.issue("auditor-and-staff", List.of("certifier", "nvvk-admin"), Map.of("certifying_body", Fixtures.OUR_BODY));
        // The very bytes our body pushed: a replay would answer with the receipt.
        Api.withToken(both).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference()).then().spec(problem(403));
        AuditPackages fresh = aPackage();
        Api.withToken(both).contentType("application/json").body(fresh.body()).put(ONE_PACKAGE, fresh.reference()).then().spec(problem(403));
        assertNoAudit(fresh);
        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().statusCode(200);
    }

    @Test
    void bytes_that_are_no_json_text_are_400_and_store_nothing() {
        AuditPackages pack = aPackage();
        // A UTF-32 character cut short, and a byte order that exists in no encoding JSON can have.
        for (byte[] notText : List.of(new byte[] {0, 0, 0, 0x7B, 0, 0}, new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, 0x7B})) {
            Api.malformedAs(As.CERTIFIER).contentType("application/json").body(notText).put(ONE_PACKAGE, pack.reference())
                    .then().spec(problem(400)).body("type", endsWith("/malformed-json"));
            Api.malformedAs(As.ADMIN).contentType("application/json").body(notText).post("/api/v1/certifying-bodies")
                    .then().spec(problem(400)).body("type", endsWith("/malformed-json"));
        }
        assertNoAudit(pack);
    }

    @Test
    void after_nvvk_reopens_an_audit_the_package_that_submitted_it_submits_it_again() {
        AuditPackages pack = aPackage().with("status", "SUBMITTED");
        String id = pack.push();
        Api.as(As.ADMIN).post(ONE_AUDIT + "/reopening", id).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));

        Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("SUBMITTED"));
        // Submitted again, the same bytes are a replay once more.
        Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void a_changed_package_replaces_the_audit_and_the_history_names_each_finding_that_changed() {
        AuditPackages pack = aPackage();
        String id = pack.push();
        pack.finding("1.4", finding("1.4", "NEEDS_IMPROVEMENT", "REMARK")).with("course", "Verliep volgens plan.");
        Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().statusCode(200).body("id", equalTo(id));

        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().statusCode(200).body("course", equalTo("Verliep volgens plan."))
                .body("findings.find { it.norm.number == '1.4' }.weight", equalTo("REMARK"));
        Api.as(As.ADMIN).queryParam("resourceType", "audit").queryParam("resourceId", id).get("/api/v1/change-history")
                .then().statusCode(200).body("items.action", contains("pushed", "pushed"))
                .body("items[1].changes", hasKey("finding 1.4"))
                .body("items[1].changes", hasKey("course"))
                .body("items[1].changes", not(hasKey("finding 1.1")));
    }

    @Test
    void eight_identical_first_pushes_at_once_give_one_audit_and_no_5xx() throws Exception {
        AuditPackages pack = aPackage();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Integer> push = () -> Api.as(As.CERTIFIER).contentType("application/json").body(pack.body())
                        .put(ONE_PACKAGE, pack.reference()).then().extract().statusCode();
                answers.add(pool.submit(push));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 200);
        } finally {
            pool.shutdownNow();
        }
        Api.as(As.CERTIFIER).queryParam("reference", pack.reference()).get(AUDITS).then().body("items", hasSize(1));
    }

    @Test
    void another_body_pushing_the_same_reference_gets_its_own_audit_and_never_touches_ours() {
        AuditPackages pack = aPackage();
        String ours = pack.push();
        AuditPackages.ensureBody(Fixtures.OTHER_BODY);
        String theirs = Api.as(As.OTHER_CERTIFIER).contentType("application/json").body(pack.with("course", "Van de ander").body())
                .put(ONE_PACKAGE, pack.reference()).then().statusCode(201).body("certifyingBody", equalTo(Fixtures.OTHER_BODY)).extract().path("id");
        assertThat(theirs).isNotEqualTo(ours);
        Api.as(As.CERTIFIER).get(ONE_AUDIT, ours).then().statusCode(200).body("course", equalTo(null));
        Api.as(As.OTHER_CERTIFIER).get(ONE_AUDIT, ours).then().spec(problem(404));
    }

    // --- submission in the same call ----------------------------------------------------------

    @Test
    void a_complete_package_can_be_submitted_in_the_same_call_and_then_no_longer_changes() {
        AuditPackages pack = aPackage().with("status", "SUBMITTED");
        String id = pack.push();
        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().body("status", equalTo("SUBMITTED"));

        // The same package again is a replay; a different one is refused.
        Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference()).then().statusCode(200);
        Api.as(As.CERTIFIER).contentType("application/json").body(pack.with("course", "Later gewijzigd").body()).put(ONE_PACKAGE, pack.reference())
                .then().spec(problem(409)).body("type", containsString("audit-not-open"));
        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().body("course", equalTo(null));
    }

    @Test
    void an_incomplete_package_asked_to_submit_lists_every_missing_norm_and_stores_nothing() {
        AuditPackages pack = aPackage().with("status", "SUBMITTED").withoutFinding("1.3").withoutFinding("7.6").without("advice");
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().spec(problem(422))
                .body("errors.message", hasItems("norm 1.3 has no finding", "norm 7.6 has no finding"))
                .body("errors.field", hasItem("advice"));
        assertNoAudit(pack);
    }

    // --- validation: problem+json and nothing stored ------------------------------------------

    @Test
    void an_unknown_norm_a_duplicate_finding_and_a_report_before_the_visit_are_all_listed_and_nothing_is_stored() {
        AuditPackages pack = aPackage()
                .finding("9.9", finding("9.9", "MEETS", null))
                .with("reportOn", "2023-06-01");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) pack.body().get("findings");
        findings.add(finding("1.1", "MEETS", null));
        Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().spec(problem(422))
                .body("errors.message", hasItem(containsString("has no norm 9.9")))
                .body("errors.message", hasItem(containsString("norm 1.1 has a finding already")))
                .body("errors.field", hasItem("reportOn"));
        assertNoAudit(pack);
    }

    /** What other systems' serializers send that is not what the contract says; each is refused as sent, naming the field. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a report date in the year 999999999 | reportOn | \"+999999999-12-31\"",
            "a visit in the year 20000 | visits[0].visitedOn | [{\"visitedOn\": \"+20000-01-01\"}]",
            "a visit in the year 0 | visits[0].visitedOn | [{\"visitedOn\": \"0000-01-01\"}]",
            "a visit before the Gregorian calendar | visits[0].visitedOn | [{\"visitedOn\": \"1582-10-10\"}]",
            "a date as a day number | reportOn | 19524",
            "a date as an array | reportOn | [2023, 6, 28]",
            "a date with a time | reportOn | \"2023-06-28T23:30:00Z\"",
            "an enum code as its number | type | 3",
            "a text as a number | course | 123.50",
            "a whole number as a fraction | interviews[0].interviewees | [{\"function\": \"Schuldhulpverlener\", \"interviewees\": 2.7}]",
            "half of a surrogate pair | course | \"a\\ud800b\""})
    void what_the_contract_does_not_say_is_400_naming_the_field_and_stores_nothing(String what, String field, String json) throws Exception {
        AuditPackages pack = aPackage();
        String property = field.split("[.\\[]")[0];
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(pack.with(property, "@raw@").body())
                .replace("\"@raw@\"", json);
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(body).put(ONE_PACKAGE, pack.reference())
                .then().spec(problem(400)).body("errors[0].field", equalTo(field));
        assertNoAudit(pack);
    }

    @Test
    void a_control_character_in_running_text_or_a_line_break_in_a_name_is_422_naming_the_field_while_tabs_and_line_breaks_in_text_are_kept() {
        AuditPackages bell = aPackage().with("course", "Eerst\u0007daarna");
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(bell.body()).put(ONE_PACKAGE, bell.reference())
                .then().spec(problem(422)).body("errors.field", contains("course"));
        assertNoAudit(bell);
        AuditPackages twoLineName = aPackage().with("team", List.of(Map.of("name", "Anouk\nAuditvelde", "role", "LEAD_AUDITOR")));
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(twoLineName.body()).put(ONE_PACKAGE, twoLineName.reference())
                .then().spec(problem(422)).body("errors.field", contains("team[0].name"));
        assertNoAudit(twoLineName);

        AuditPackages laidOut = aPackage().with("course", "Eerst:\n\t- het intakegesprek\r\n\t- de dossiers");
        Api.as(As.CERTIFIER).get(ONE_AUDIT, laidOut.push()).then().statusCode(200)
                .body("course", equalTo("Eerst:\n\t- het intakegesprek\r\n\t- de dossiers"));
    }

    @Test
    void text_after_the_package_or_a_property_twice_is_400_and_stores_nothing() throws Exception {
        AuditPackages pack = aPackage().without("course");
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(pack.body());
        for (String notThePackage : List.of(body + " xyz", body + "{\"a\": 1}", "{\"course\": \"een\", \"course\": \"twee\", " + body.substring(1))) {
            Api.malformedAs(As.CERTIFIER).contentType("application/json").body(notThePackage).put(ONE_PACKAGE, pack.reference())
                    .then().spec(problem(400));
        }
        assertNoAudit(pack);
    }

    @Test
    void a_date_parameter_out_of_range_is_422_naming_it() {
        for (String day : List.of("+99999999-01-01", "0000-01-01", "2023-1-1")) {
            Api.malformedAs(As.CERTIFIER).queryParam("visitedFrom", day).get(AUDITS).then().spec(problem(422))
                    .body("errors[0].field", equalTo("visitedFrom"));
        }
    }

    @Test
    void a_batch_item_is_read_exactly_as_its_own_push_would_read_it() {
        AuditPackages pack = aPackage().with("hours", Map.of("online", new java.math.BigDecimal("1.00000000000000001"), "total", 30));
        int single = Api.malformedAs(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().extract().statusCode();
        Api.as(As.CERTIFIER).contentType("application/json").body(batchOf(pack)).post(PACKAGES)
                .then().statusCode(200).body("items[0].status", equalTo(single));
        assertThat(single).isEqualTo(422);
        assertNoAudit(pack);
    }

    @Test
    void a_norm_outside_the_audits_scope_is_422_naming_the_norm() {
        var framework = FrameworkDocuments.aDocument().normWith(1, "serviceTypes", List.of("WSNP")).importAsAdmin().publish();
        String code = Api.as(As.ADMIN).get("/api/v1/frameworks/{id}", framework.id()).then().extract().path("code");
        AuditPackages pack = aPackage().with("framework", Map.of("code", code, "version", "1.0"))
                .with("findings", List.of(finding("1.1", "MEETS", null), finding("1.2", "MEETS", null)));
        Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().spec(problem(422)).body("errors.field", contains("findings[1].norm"))
                .body("errors[0].message", containsString("does not apply to the audit's scope"));
        assertNoAudit(pack);
    }

    @Test
    void actions_on_a_finding_without_weight_are_422() {
        AuditPackages pack = aPackage();
        Map<String, Object> unweighted = finding("2.1", "MEETS", null);
        unweighted.put("actions", List.of(Map.of("description", "Iets doen")));
        Api.as(As.CERTIFIER).contentType("application/json").body(pack.finding("2.1", unweighted).body()).put(ONE_PACKAGE, pack.reference())
                .then().spec(problem(422)).body("errors[0].field", containsString(".actions"));
        assertNoAudit(pack);
    }

    @Test
    void an_unknown_organisation_or_framework_is_422_naming_it() {
        AuditPackages pack = aPackage().with("organisation", "99999999");
        Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().spec(problem(422)).body("errors[0].field", equalTo("organisation"));
        AuditPackages other = aPackage().with("framework", Map.of("code", "KWALITEITSKADER", "version", "9.9"));
        Api.as(As.CERTIFIER).contentType("application/json").body(other.body()).put(ONE_PACKAGE, other.reference())
                .then().spec(problem(422)).body("errors[0].field", equalTo("framework"));
        assertNoAudit(pack);
        assertNoAudit(other);
    }

    @Test
    void an_unknown_enum_value_or_property_is_400_and_nothing_is_stored() {
        AuditPackages pack = aPackage().with("type", "TOELATING");
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().spec(problem(400)).body("errors[0].field", equalTo("type"));
        AuditPackages extra = aPackage().with("certifyingBody", "KIWA");
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(extra.body()).put(ONE_PACKAGE, extra.reference())
                .then().spec(problem(400)).body("errors[0].field", equalTo("certifyingBody"));
        assertNoAudit(pack);
        assertNoAudit(extra);
    }

    @Test
    void a_reference_that_is_not_one_is_422_naming_it() {
        AuditPackages pack = aPackage();
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, "-bad ref-")
                .then().spec(problem(422)).body("errors[0].field", equalTo("reference"));
    }

    @Test
    void the_example_package_of_the_integration_guide_is_accepted_as_it_stands() throws java.io.IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "integration-guide.md"));
        String example = guide.substring(guide.indexOf("```json") + "```json".length(), guide.indexOf("```", guide.indexOf("```json") + 7));
        AuditPackages pack = aPackage();
        Api.as(As.CERTIFIER).contentType("application/json").body(example.replace("\"90000001\"", "\"" + pack.kvk() + "\""))
                .put(ONE_PACKAGE, pack.reference()).then().statusCode(201).body("status", equalTo("IN_PROGRESS"));
    }

    // --- batch ----------------------------------------------------------------------------------

    @Test
    void a_batch_answers_per_package_and_one_bad_package_does_not_hold_back_the_others() {
        AuditPackages good = aPackage();
        AuditPackages bad = aPackage().with("organisation", "99999999");
        AuditPackages alsoGood = aPackage();
        Map<String, Object> notAPackage = Map.of("reference", "REF-" + Fixtures.uniqueKvk(), "package", Map.of("type", "KERMIS"));
        List<Object> items = new ArrayList<>(List.of(item(good), item(bad), item(alsoGood), notAPackage));
        // The last item breaks the contract on purpose: only the answer is checked against it.
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(Map.of("packages", items)).post(PACKAGES)
                .then().statusCode(200)
                .body("items.status", contains(201, 422, 201, 400))
                .body("items[0].receipt.reference", equalTo(good.reference()))
                .body("items[1].problem.errors[0].field", equalTo("organisation"))
                .body("items[3].problem.status", equalTo(400));
        Api.as(As.CERTIFIER).queryParam("reference", good.reference()).get(AUDITS).then().body("items", hasSize(1));
        Api.as(As.CERTIFIER).queryParam("reference", alsoGood.reference()).get(AUDITS).then().body("items", hasSize(1));
        assertNoAudit(bad);

        // The same batch again: the good ones are replays now.
        Api.as(As.CERTIFIER).contentType("application/json").body(Map.of("packages", items.subList(0, 3))).post(PACKAGES)
                .then().statusCode(200).body("items.status", contains(200, 422, 200));
    }

    @Test
    void more_than_100_packages_is_422_and_pushes_none() {
        AuditPackages pack = aPackage();
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            items.add(Map.of("reference", pack.reference() + "-" + i, "package", pack.body()));
        }
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(Map.of("packages", items)).post(PACKAGES)
                .then().spec(problem(422)).body("errors[0].field", equalTo("packages"));
        Api.as(As.CERTIFIER).queryParam("kvkNumber", pack.kvk()).get(AUDITS).then().body("items", hasSize(0));
    }

    private static Map<String, Object> batchOf(AuditPackages pack) {
        return Map.of("packages", List.of(item(pack)));
    }

    private static Map<String, Object> item(AuditPackages pack) {
        return Map.of("reference", pack.reference(), "package", pack.body());
    }

    static void assertNoAudit(AuditPackages pack) {
        Api.as(As.ADMIN).queryParam("kvkNumber", pack.kvk()).get(AUDITS).then().statusCode(200).body("items", hasSize(0));
    }
}
