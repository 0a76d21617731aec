package nl.nvvk.keurmerk.audit;

import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_AUDIT;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A member's self-assessment: drafted over sessions, shared, then read by the body that audits it, beside its findings. */
@QuarkusTest
class SelfAssessmentResourceTest {
    private static final String SELF_ASSESSMENTS = "/api/v1/self-assessments";
    private static final String ONE = "/api/v1/self-assessments/{id}";
    private static final Map<String, Object> FRAMEWORK_1_1 = Map.of("framework", Map.of("code", "KWALITEITSKADER", "version", "1.1"));

    /** A fresh organisation and its quality coordinator's token. */
    private record Member(String kvk, String token) {
        static Member fresh() {
            String kvk = OrganisationFixtures.anOrganisation().register().kvk();
            return new Member(kvk, Fixtures.coordinatorToken(kvk));
        }
    }

    private static String start(Member member) {
        return Api.withToken(member.token()).contentType("application/json").body(FRAMEWORK_1_1).post(SELF_ASSESSMENTS)
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("organisation", equalTo(member.kvk())).extract().path("id");
    }

    private static String assess(Member member, String id, String norm, int level, String comment) {
        String etag = Api.withToken(member.token()).get(ONE, id).then().statusCode(200).extract().header("ETag");
        return Api.withToken(member.token()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("level", level, "comment", comment)).put(ONE + "/entries/{norm}", id, norm)
                .then().statusCode(200).extract().header("ETag");
    }

    @Test
    void a_member_completes_a_draft_over_several_sessions_and_shares_it() {
        Member member = Member.fresh();
        String id = start(member);
        assess(member, id, "2.1", 1, "Eerste indruk");
        assess(member, id, "1.4", 2, "Beleidsplan vastgesteld");
        assess(member, id, "2.1", 3, "Na overleg bijgesteld");
        Api.withToken(member.token()).get(ONE, id).then().statusCode(200)
                .body("entries.norm.number", contains("1.4", "2.1"))
                .body("entries[1].level", equalTo(3)).body("entries[1].comment", equalTo("Na overleg bijgesteld"));
        Api.withToken(member.token()).post(ONE + "/sharing", id).then().statusCode(200).body("status", equalTo("SHARED"));

        // Shared: it no longer changes; a new draft may start.
        String etag = Api.withToken(member.token()).get(ONE, id).then().extract().header("ETag");
        Api.withToken(member.token()).contentType("application/json").header("If-Match", etag).body(Map.of("level", 4))
                .put(ONE + "/entries/{norm}", id, "1.4").then().spec(problem(409));
        Api.withToken(member.token()).post(ONE + "/sharing", id).then().spec(problem(409));
        start(member);
    }

    @Test
    void one_draft_per_framework_version_at_a_time() {
        Member member = Member.fresh();
        start(member);
        Api.withToken(member.token()).contentType("application/json").body(FRAMEWORK_1_1).post(SELF_ASSESSMENTS)
                .then().spec(problem(409)).body("errors[0].field", equalTo("framework"));
        Api.withToken(member.token()).get(SELF_ASSESSMENTS).then().body("items", hasSize(1));
    }

    @Test
    void an_empty_draft_cannot_be_shared_and_a_norm_must_exist() {
        Member member = Member.fresh();
        String id = start(member);
        Api.withToken(member.token()).post(ONE + "/sharing", id).then().spec(problem(409));
        String etag = Api.withToken(member.token()).get(ONE, id).then().extract().header("ETag");
        Api.withToken(member.token()).contentType("application/json").header("If-Match", etag).body(Map.of("level", 2))
                .put(ONE + "/entries/{norm}", id, "8.1").then().spec(problem(422)).body("errors[0].field", equalTo("norm"));
        Api.malformedAs(As.ANONYMOUS).header("Authorization", "Bearer " + member.token()).contentType("application/json")
                .header("If-Match", etag).body(Map.of("level", 5)).put(ONE + "/entries/{norm}", id, "1.1")
                .then().spec(problem(422)).body("errors[0].field", equalTo("level"));
        Api.withToken(member.token()).contentType("application/json").body(Map.of("framework", Map.of("code", "KWALITEITSKADER", "version", "9.9")))
                .post(SELF_ASSESSMENTS).then().spec(problem(422)).body("errors[0].field", equalTo("framework"));
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "ADMIN,403", "CERTIFIER,403", "MEMBER_WITHOUT_ORGANISATION,403", "MEMBER,403", "MEMBER_AND_ADMIN,403"})
    void only_the_organisations_quality_coordinator_starts_a_self_assessment(As caller, int status) {
        Api.as(caller).contentType("application/json").body(FRAMEWORK_1_1).post(SELF_ASSESSMENTS).then().spec(problem(status));
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "OTHER_MEMBER,404", "OTHER_CERTIFIER,404", "CERTIFIER,404", "ADMIN,200"})
    void a_draft_is_the_organisations_own(As caller, int status) {
        Member member = Member.fresh();
        String id = start(member);
        assess(member, id, "1.1", 2, "Concept");
        var answer = Api.as(caller).get(ONE, id).then();
        if (status == 200) {
            answer.statusCode(200).body("status", equalTo("DRAFT"));
        } else {
            answer.spec(problem(status));
        }
        if (status == 404) {
            Api.as(caller).queryParam("limit", 200).get(SELF_ASSESSMENTS).then().statusCode(200).body("items.id", not(hasItem(id)));
        } else if (status != 200) {
            Api.as(caller).get(SELF_ASSESSMENTS).then().spec(problem(status));
        }
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "OTHER_MEMBER,404", "ADMIN,403", "CERTIFIER,403", "MEMBER_AND_ADMIN,403", "COLLEAGUE,403"})
    void only_the_organisations_quality_coordinator_settles_or_shares_it(String caller, int status) {
        Member member = Member.fresh();
        String id = start(member);
        String etag = assess(member, id, "1.1", 2, "Concept");
        var request = caller.equals("COLLEAGUE") ? Api.withToken(Fixtures.colleagueToken(member.kvk(), "anna")) : Api.as(As.valueOf(caller));
        request.contentType("application/json").header("If-Match", etag).body(Map.of("level", 1))
                .put(ONE + "/entries/{norm}", id, "1.1").then().spec(problem(status));
        request = caller.equals("COLLEAGUE") ? Api.withToken(Fixtures.colleagueToken(member.kvk(), "anna")) : Api.as(As.valueOf(caller));
        request.contentType("application/json").header("If-Match", etag).body(Map.of("level", 1))
                .put(ONE + "/areas/{area}", id, 1).then().spec(problem(status));
        request = caller.equals("COLLEAGUE") ? Api.withToken(Fixtures.colleagueToken(member.kvk(), "anna")) : Api.as(As.valueOf(caller));
        request.post(ONE + "/sharing", id).then().spec(problem(status));
        Api.withToken(member.token()).get(ONE, id).then().header("ETag", etag).body("status", equalTo("DRAFT")).body("areas", hasSize(0));
        // Colleagues read what the coordinator settled so far.
        Api.withToken(Fixtures.colleagueToken(member.kvk(), "anna")).get(ONE, id).then().statusCode(200).body("entries[0].level", equalTo(2));
    }

    @Test
    void the_body_auditing_the_organisation_reads_the_shared_one_and_sees_it_beside_its_findings() {
        Member member = Member.fresh();
        String id = start(member);
        assess(member, id, "1.4", 2, "Beleidsplan vastgesteld; versiebeheer ontbreekt nog");
        Api.withToken(member.token()).post(ONE + "/sharing", id).then().statusCode(200);

        // No audit yet: our body does not see it.
        Api.as(As.CERTIFIER).get(ONE, id).then().spec(problem(404));
        String audit = AuditPackages.aPackageFor(member.kvk()).push();
        Api.as(As.CERTIFIER).get(ONE, id).then().statusCode(200).body("entries[0].level", equalTo(2));
        Api.as(As.CERTIFIER).queryParam("kvkNumber", member.kvk()).get(SELF_ASSESSMENTS).then().body("items.id", contains(id));
        Api.as(As.OTHER_CERTIFIER).get(ONE, id).then().spec(problem(404));

        Api.as(As.CERTIFIER).get(ONE_AUDIT, audit).then().statusCode(200)
                .body("findings.find { it.norm.number == '1.4' }.selfAssessment.level", equalTo(2))
                .body("findings.find { it.norm.number == '1.4' }.selfAssessment.comment", equalTo("Beleidsplan vastgesteld; versiebeheer ontbreekt nog"))
                .body("findings.find { it.norm.number == '1.1' }.selfAssessment", nullValue());
    }

    @Test
    void a_self_assessment_levels_each_performance_area_too_and_the_body_reads_it_beside_the_audits_area() {
        Member member = Member.fresh();
        String id = start(member);
        String etag = Api.withToken(member.token()).get(ONE, id).then().extract().header("ETag");
        etag = Api.withToken(member.token()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("level", 3, "comment", "Koers staat; doelen nog niet meetbaar")).put(ONE + "/areas/{area}", id, 4)
                .then().statusCode(200).extract().header("ETag");
        etag = Api.withToken(member.token()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("level", 2)).put(ONE + "/areas/{area}", id, 1).then().statusCode(200).extract().header("ETag");
        Api.withToken(member.token()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("level", 1)).put(ONE + "/areas/{area}", id, 8).then().spec(problem(422)).body("errors[0].field", equalTo("area"));
        Api.malformedAs(As.ANONYMOUS).header("Authorization", "Bearer " + member.token()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("level", 1)).put(ONE + "/areas/{area}", id, 0).then().spec(problem(422)).body("errors[0].field", equalTo("area"));
        Api.malformedAs(As.ANONYMOUS).header("Authorization", "Bearer " + member.token()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("level", 1)).put(ONE + "/areas/{area}", id, "een").then().spec(problem(422)).body("errors[0].field", equalTo("area"));
        Api.malformedAs(As.ANONYMOUS).header("Authorization", "Bearer " + member.token()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("level", 0)).put(ONE + "/areas/{area}", id, 1).then().spec(problem(422)).body("errors[0].field", equalTo("level"));
        Api.withToken(member.token()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("level", 1)).put(ONE + "/areas/{area}", id, 1).then().spec(problem(412));
        assess(member, id, "1.4", 2, "Beleidsplan vastgesteld");
        Api.withToken(member.token()).get(ONE, id).then().statusCode(200)
                .body("areas.area.number", contains(1, 4)).body("areas.area.title", contains("Koers", "Financiële hulpverlening"))
                .body("areas.level", contains(2, 3)).body("areas[1].comment", equalTo("Koers staat; doelen nog niet meetbaar"));
        Api.withToken(member.token()).get(SELF_ASSESSMENTS).then().body("items[0].assessedAreas", equalTo(2));
        Api.withToken(member.token()).post(ONE + "/sharing", id).then().statusCode(200);

        Map<String, Object> area = new java.util.LinkedHashMap<>();
        area.put("area", 4);
        area.put("conclusion", "Methodisch werken is geborgd");
        area.put("developmentLevel", 2);
        String audit = AuditPackages.aPackageFor(member.kvk()).with("areas", java.util.List.of(area)).push();
        Api.as(As.CERTIFIER).get(ONE_AUDIT, audit).then().statusCode(200)
                .body("areas[0].developmentLevel", equalTo(2)).body("areas[0].selfAssessment.level", equalTo(3))
                .body("areas[0].selfAssessment.comment", equalTo("Koers staat; doelen nog niet meetbaar"));
    }

    @Test
    void the_history_records_each_session() {
        Member member = Member.fresh();
        String id = start(member);
        assess(member, id, "1.1", 1, "Eerste");
        Api.as(As.ADMIN).queryParam("resourceType", "self-assessment").queryParam("resourceId", id).get("/api/v1/change-history")
                .then().statusCode(200).body("items.action", contains("started", "assessed"))
                .body("items[1].actorTenant", equalTo(member.kvk()));
    }
}
