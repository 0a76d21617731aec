package nl.nvvk.keurmerk.audit;

import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The zelfscan as a team exercise: colleagues answer the organisation's self-assessment each on
 * their own; the quality coordinator reads only their submitted answers together, settles and
 * shares; nobody outside the organisation ever sees a colleague's answers.
 */
@QuarkusTest
class TeamSelfAssessmentTest {
    private static final String ONE = "/api/v1/self-assessments/{id}";
    private static final String RESPONSES = ONE + "/responses";
    private static final String RESPONSE = RESPONSES + "/{response}";

    /** A fresh organisation, its coordinator, and a draft self-assessment of 1.1 the coordinator started. */
    private record Team(String kvk, String coordinator, String id) {
        static Team fresh() {
            String kvk = OrganisationFixtures.anOrganisation().register().kvk();
            String coordinator = Fixtures.coordinatorToken(kvk);
            String id = Api.withToken(coordinator).contentType("application/json")
                    .body(Map.of("framework", Map.of("code", "KWALITEITSKADER", "version", "1.1"))).post("/api/v1/self-assessments")
                    .then().statusCode(201).extract().path("id");
            return new Team(kvk, coordinator, id);
        }

        String colleague(String name) {
            return Fixtures.colleagueToken(kvk, name);
        }
    }

    /** A colleague's answers: opened, answered norm by norm and area by area, optionally submitted. */
    private static String answers(Team team, String token, Map<String, Integer> norms, Map<Integer, Integer> areas, Map<String, String> comments,
                                  boolean submit) {
        var opened = Api.withToken(token).post(RESPONSES, team.id()).then().statusCode(201).body("status", equalTo("DRAFT")).extract();
        String response = opened.path("id");
        String etag = opened.header("ETag");
        for (var norm : norms.entrySet()) {
            Map<String, Object> body = new java.util.HashMap<>();
            body.put("level", norm.getValue());
            if (comments.containsKey(norm.getKey())) {
                body.put("comment", comments.get(norm.getKey()));
            }
            etag = Api.withToken(token).contentType("application/json").header("If-Match", etag).body(body)
                    .put(RESPONSE + "/entries/{norm}", team.id(), response, norm.getKey()).then().statusCode(200).extract().header("ETag");
        }
        for (var area : areas.entrySet()) {
            etag = Api.withToken(token).contentType("application/json").header("If-Match", etag).body(Map.of("level", area.getValue()))
                    .put(RESPONSE + "/areas/{area}", team.id(), response, area.getKey()).then().statusCode(200).extract().header("ETag");
        }
        if (submit) {
            Api.withToken(token).header("If-Match", etag).post(RESPONSE + "/submission", team.id(), response)
                    .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        }
        return response;
    }

    @Test
    void the_coordinator_sees_the_submitted_answers_together_with_their_spread_and_comments() {
        Team team = Team.fresh();
        answers(team, team.colleague("anna"), Map.of("1.1", 1, "1.4", 2), Map.of(1, 2), Map.of("1.1", "Wetgeving is bekend"), true);
        answers(team, team.colleague("bram"), Map.of("1.1", 3, "1.4", 3), Map.of(1, 3), Map.of("1.1", "Actueel overzicht ontbreekt"), true);
        answers(team, team.colleague("cato"), Map.of("1.1", 4), Map.of(), Map.of(), true);
        answers(team, team.coordinator(), Map.of("1.1", 2), Map.of(1, 4), Map.of(), true);
        // A draft counts only as in progress; its levels are no part of the figures.
        answers(team, team.colleague("dirk"), Map.of("1.1", 1, "2.1", 4), Map.of(), Map.of("1.1", "Nog niet ingediend"), false);

        JsonPath combined = Api.withToken(team.coordinator()).get(ONE + "/combined", team.id()).then().statusCode(200)
                .body("submitted", equalTo(4)).body("inProgress", equalTo(1))
                .body("norms", hasSize(50)).body("areas", hasSize(7))
                .extract().jsonPath();
        // Norm 1.1: levels 1, 3, 4, 2 → lowest 1, median 2.5, highest 4; comments in alphabetical order, unattributed.
        Map<String, Object> norm11 = combined.getMap("norms.find { it.norm.number == '1.1' }.answers");
        assertThat(norm11).containsEntry("answered", 4).containsEntry("levelled", 4).containsEntry("lowest", 1).containsEntry("highest", 4);
        assertThat(((Number) norm11.get("median")).doubleValue()).isEqualTo(2.5);
        assertThat(combined.getList("norms.find { it.norm.number == '1.1' }.answers.comments"))
                .containsExactly("Actueel overzicht ontbreekt", "Wetgeving is bekend");
        assertThat(combined.getList("norms.find { it.norm.number == '1.1' }.answers.levels.level")).containsExactly(1, 2, 3, 4);
        // Norm 1.4: levels 2 and 3; norm 2.1 only in the unsubmitted draft.
        assertThat(((Number) combined.get("norms.find { it.norm.number == '1.4' }.answers.median")).doubleValue()).isEqualTo(2.5);
        assertThat(combined.getInt("norms.find { it.norm.number == '1.4' }.answers.answered")).isEqualTo(2);
        assertThat(combined.getInt("norms.find { it.norm.number == '2.1' }.answers.answered")).isZero();
        assertThat((Object) combined.get("norms.find { it.norm.number == '2.1' }.answers.median")).isNull();
        // Area 1: levels 2, 3, 4 → median 3.
        assertThat(((Number) combined.get("areas.find { it.area.number == 1 }.answers.median")).doubleValue()).isEqualTo(3.0);
        assertThat(combined.getList("areas.find { it.area.number == 1 }.answers.levels.count")).containsExactly(1, 1, 1);
    }

    @Test
    void the_coordinator_settles_the_organisations_own_levels_and_shares_the_result_as_before() {
        Team team = Team.fresh();
        answers(team, team.colleague("anna"), Map.of("1.4", 2), Map.of(4, 3), Map.of(), true);
        String etag = Api.withToken(team.coordinator()).get(ONE, team.id()).then().extract().header("ETag");
        etag = Api.withToken(team.coordinator()).contentType("application/json").header("If-Match", etag).body(Map.of("level", 2, "comment", "Gezamenlijk vastgesteld"))
                .put(ONE + "/entries/{norm}", team.id(), "1.4").then().statusCode(200).extract().header("ETag");
        Api.withToken(team.coordinator()).contentType("application/json").header("If-Match", etag).body(Map.of("level", 3))
                .put(ONE + "/areas/{area}", team.id(), 4).then().statusCode(200);
        Api.withToken(team.coordinator()).get(ONE + "/combined", team.id()).then().statusCode(200)
                .body("norms.find { it.norm.number == '1.4' }.settled.level", equalTo(2))
                .body("areas.find { it.area.number == 4 }.settled.level", equalTo(3))
                .body("norms.find { it.norm.number == '1.1' }.settled", nullValue());
        Api.withToken(team.coordinator()).post(ONE + "/sharing", team.id()).then().statusCode(200).body("status", equalTo("SHARED"));

        // Shared: colleagues can no longer open, answer or submit.
        Api.withToken(team.colleague("bram")).post(RESPONSES, team.id()).then().spec(problem(409));

        // The body auditing the organisation reads the settled self-assessment only.
        AuditPackages.aPackageFor(team.kvk()).push();
        Api.as(As.CERTIFIER).get(ONE, team.id()).then().statusCode(200).body("entries[0].level", equalTo(2)).body("entries[0].comment", equalTo("Gezamenlijk vastgesteld"))
                .body("areas[0].level", equalTo(3)).body("myResponse", nullValue());
    }

    @Test
    void a_colleagues_answers_are_theirs_alone_whoever_else_asks() {
        Team team = Team.fresh();
        String anna = team.colleague("anna");
        String response = answers(team, anna, Map.of("1.1", 1), Map.of(2, 1), Map.of("1.1", "Alleen voor mij"), false);
        Api.withToken(anna).get(RESPONSE, team.id(), response).then().statusCode(200)
                .body("entries[0].level", equalTo(1)).body("entries[0].comment", equalTo("Alleen voor mij")).body("areas[0].level", equalTo(1));
        Api.withToken(anna).get(ONE, team.id()).then().statusCode(200).body("myResponse.id", equalTo(response)).body("myResponse.status", equalTo("DRAFT"));

        // Another colleague and the coordinator: not found, and their own view names no response of hers.
        String bram = team.colleague("bram");
        Api.withToken(bram).get(RESPONSE, team.id(), response).then().spec(problem(404));
        Api.withToken(bram).contentType("application/json").header("If-Match", "\"1\"").body(Map.of("level", 4))
                .put(RESPONSE + "/entries/{norm}", team.id(), response, "1.1").then().spec(problem(404));
        Api.withToken(bram).post(RESPONSE + "/submission", team.id(), response).then().spec(problem(404));
        Api.withToken(bram).get(ONE, team.id()).then().statusCode(200).body("myResponse", nullValue());
        Api.withToken(team.coordinator()).get(RESPONSE, team.id(), response).then().spec(problem(404));
        // Nor does the coordinator's combined view show a draft's answers.
        Api.withToken(team.coordinator()).get(ONE + "/combined", team.id()).then().statusCode(200)
                .body("submitted", equalTo(0)).body("inProgress", equalTo(1))
                .body("norms.find { it.norm.number == '1.1' }.answers.comments", empty());

        // NVVK and certifying bodies may not read any colleague's answers, nor the combined view.
        AuditPackages.aPackageFor(team.kvk()).push();
        for (As outsider : List.of(As.ADMIN, As.CERTIFIER, As.OTHER_CERTIFIER)) {
            Api.as(outsider).get(RESPONSE, team.id(), response).then().spec(problem(403));
            Api.as(outsider).get(ONE + "/combined", team.id()).then().spec(problem(403));
        }
        Api.as(As.OTHER_MEMBER).get(RESPONSE, team.id(), response).then().spec(problem(404));
        Api.as(As.OTHER_MEMBER).get(ONE + "/combined", team.id()).then().spec(problem(404));

        // The change history, which NVVK reads, says that she answered, never what.
        String history = Api.as(As.ADMIN).queryParam("resourceType", "self-assessment-response").queryParam("resourceId", response)
                .get("/api/v1/change-history").then().statusCode(200).body("items.action", contains("opened", "answered", "area-answered"))
                .extract().asString();
        assertThat(history).doesNotContain("Alleen voor mij").doesNotContain("\"level\"");
    }

    @Test
    void submitted_answers_no_longer_change_and_empty_ones_cannot_be_submitted() {
        Team team = Team.fresh();
        String anna = team.colleague("anna");
        var opened = Api.withToken(anna).post(RESPONSES, team.id()).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/responses/")).extract();
        String response = opened.path("id");
        Api.withToken(anna).post(RESPONSE + "/submission", team.id(), response).then().spec(problem(409));
        Api.withToken(anna).post(RESPONSES, team.id()).then().spec(problem(409)).body("errors[0].field", equalTo("respondent"));
        String etag = Api.withToken(anna).contentType("application/json").header("If-Match", opened.header("ETag")).body(Map.of("level", 2))
                .put(RESPONSE + "/entries/{norm}", team.id(), response, "3.2").then().statusCode(200).extract().header("ETag");
        Api.withToken(anna).contentType("application/json").header("If-Match", opened.header("ETag")).body(Map.of("level", 3))
                .put(RESPONSE + "/entries/{norm}", team.id(), response, "3.2").then().spec(problem(412));
        Api.malformedAs(As.ANONYMOUS).header("Authorization", "Bearer " + anna).contentType("application/json").body(Map.of("level", 3))
                .put(RESPONSE + "/entries/{norm}", team.id(), response, "3.2").then().spec(problem(428));
        etag = Api.withToken(anna).post(RESPONSE + "/submission", team.id(), response).then().statusCode(200).extract().header("ETag");
        Api.withToken(anna).contentType("application/json").header("If-Match", etag).body(Map.of("level", 3))
                .put(RESPONSE + "/entries/{norm}", team.id(), response, "3.2").then().spec(problem(409));
        Api.withToken(anna).get(RESPONSE, team.id(), response).then().body("entries[0].level", equalTo(2)).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void bad_answers_are_422_naming_the_field_or_parameter_and_change_nothing() {
        Team team = Team.fresh();
        String anna = team.colleague("anna");
        var opened = Api.withToken(anna).post(RESPONSES, team.id()).then().statusCode(201).extract();
        String response = opened.path("id");
        String etag = opened.header("ETag");
        Api.withToken(anna).contentType("application/json").header("If-Match", etag).body(Map.of("level", 2))
                .put(RESPONSE + "/entries/{norm}", team.id(), response, "9.9").then().spec(problem(422)).body("errors[0].field", equalTo("norm"));
        Api.withToken(anna).contentType("application/json").header("If-Match", etag).body(Map.of("level", 2))
                .put(RESPONSE + "/areas/{area}", team.id(), response, 12).then().spec(problem(422)).body("errors[0].field", equalTo("area"));
        for (Object level : List.of(0, 5, "twee", 2.5)) {
            Api.malformedAs(As.ANONYMOUS).header("Authorization", "Bearer " + anna).contentType("application/json").header("If-Match", etag)
                    .body(Map.of("level", level)).put(RESPONSE + "/entries/{norm}", team.id(), response, "1.1")
                    .then().statusCode(org.hamcrest.Matchers.oneOf(400, 422)).body("errors[0].field", equalTo("level"));
        }
        Api.malformedAs(As.ANONYMOUS).header("Authorization", "Bearer " + anna).contentType("application/json").header("If-Match", etag)
                .body(Map.of("level", 2, "mood", "blij")).put(RESPONSE + "/entries/{norm}", team.id(), response, "1.1").then().spec(problem(400));
        Api.malformedAs(As.ANONYMOUS).header("Authorization", "Bearer " + anna).get(RESPONSES + "/{response}", team.id(), "geen-id")
                .then().spec(problem(422)).body("errors[0].field", equalTo("response"));
        Api.malformedAs(As.ANONYMOUS).header("Authorization", "Bearer " + anna).contentType("application/json").header("If-Match", etag)
                .body(Map.of("level", 2)).put(RESPONSE + "/areas/{area}", team.id(), response, "x").then().spec(problem(422)).body("errors[0].field", equalTo("area"));
        Api.withToken(anna).get(RESPONSE, team.id(), response).then().header("ETag", etag).body("entries", empty()).body("areas", empty());
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "MEMBER_WITHOUT_ORGANISATION,403", "ADMIN,403", "MEMBER_AND_ADMIN,403", "CERTIFIER,403", "OTHER_MEMBER,404"})
    void only_the_organisations_colleagues_answer_it(As caller, int status) {
        Team team = Team.fresh();
        Api.as(caller).post(RESPONSES, team.id()).then().spec(problem(status));
        Api.withToken(team.coordinator()).get(ONE + "/combined", team.id()).then().body("inProgress", equalTo(0));
    }

    @Test
    void a_colleague_who_is_not_the_coordinator_may_not_read_the_combined_view() {
        Team team = Team.fresh();
        answers(team, team.colleague("anna"), Map.of("1.1", 1), Map.of(), Map.of(), true);
        Api.withToken(team.colleague("bram")).get(ONE + "/combined", team.id()).then().spec(problem(403));
        Api.withToken(team.colleague("anna")).get(ONE + "/combined", team.id()).then().spec(problem(403));
        Api.withToken(team.coordinator()).get(ONE + "/combined", team.id()).then().statusCode(200).body("submitted", equalTo(1));
        Api.as(As.COORDINATOR).get(ONE + "/combined", team.id()).then().spec(problem(404));
        Api.withToken(team.coordinator()).queryParam("limit", 200).get("/api/v1/self-assessments").then().body("items.id", org.hamcrest.Matchers.hasItem(team.id()));
        Api.as(As.COORDINATOR).queryParam("limit", 200).get("/api/v1/self-assessments").then().body("items.id", not(org.hamcrest.Matchers.hasItem(team.id())));
    }
}
