package nl.nvvk.keurmerk.statistics;

import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.framework.FrameworkDocuments;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An organisation's results across framework versions, lined up by the norms' successor chains:
 * version 2.0 keeps "wet-en-regelgeving", adds "ketenpartners", retires "nvvk-eisen" and splits
 * "belofte" into two norms.
 */
@QuarkusTest
class ComparisonTest {
    private static final String COMPARISON = "/api/v1/statistics/organisations/{kvkNumber}";

    /** Two published versions of a fresh framework code and one organisation with an audit on each and a shared self-assessment of 2.0. */
    private record History(String code, String kvk, String oldAudit, String newAudit, String selfAssessment) {
        static History make() {
            FrameworkDocuments first = FrameworkDocuments.aDocument();
            first.importAsAdmin().publish();
            FrameworkDocuments second = FrameworkDocuments.aDocument(first.code(), "2.0").with("publishedOn", "2026-06-01")
                    .normWith(1, "key", "ketenpartners").normWith(1, "title", "Samenwerken met ketenpartners")
                    .normWith(2, "key", "belofte-onderschrijven").normWith(2, "succeeds", "belofte")
                    .norm("belofte-uitdragen", "2.2", 2, "Uitdragen NVVK Belofte").normWith(3, "succeeds", "belofte")
                    .normWith(0, "succeeds", "wet-en-regelgeving").normWith(0, "number", "1.1");
            second.importAsAdmin().publish();
            String kvk = OrganisationFixtures.anOrganisation().register().kvk();
            String oldAudit = AuditPackages.aPackageFor(kvk).with("framework", Map.of("code", first.code(), "version", "1.0")).without("areas")
                    .with("areas", List.of(Map.of("area", 1, "conclusion", "Op koers", "developmentLevel", 1)))
                    .with("findings", List.of(AuditPackages.finding("1.1", "MEETS", null), AuditPackages.finding("1.2", "NEEDS_IMPROVEMENT", "DEVIATION"),
                            AuditPackages.finding("2.1", "NEEDS_IMPROVEMENT", "REMARK")))
                    .with("reportOn", "2023-06-28").pushSubmitted();
            String newAudit = AuditPackages.aPackageFor(kvk).with("framework", Map.of("code", first.code(), "version", "2.0")).without("areas")
                    .with("areas", List.of(Map.of("area", 1, "conclusion", "Op koers", "developmentLevel", 2)))
                    .with("findings", List.of(AuditPackages.finding("1.1", "MEETS", null), AuditPackages.finding("1.2", "MEETS", null),
                            AuditPackages.finding("2.1", "MEETS", null), AuditPackages.finding("2.2", "IN_DEVELOPMENT", "REMARK")))
                    .with("visits", List.of(Map.of("visitedOn", "2026-09-01"))).with("reportOn", "2026-09-15").pushSubmitted();
            String coordinator = Fixtures.coordinatorToken(kvk);
            var started = Api.withToken(coordinator).contentType("application/json").body(Map.of("framework", Map.of("code", first.code(), "version", "2.0")))
                    .post("/api/v1/self-assessments").then().statusCode(201).extract();
            String assessment = started.path("id");
            String etag = Api.withToken(coordinator).contentType("application/json").header("If-Match", started.header("ETag")).body(Map.of("level", 2))
                    .put("/api/v1/self-assessments/{id}/entries/{norm}", assessment, "2.2").then().statusCode(200).extract().header("ETag");
            Api.withToken(coordinator).contentType("application/json").header("If-Match", etag).body(Map.of("level", 1))
                    .put("/api/v1/self-assessments/{id}/areas/{area}", assessment, 2).then().statusCode(200);
            Api.withToken(coordinator).post("/api/v1/self-assessments/{id}/sharing", assessment).then().statusCode(200);
            return new History(first.code(), kvk, oldAudit, newAudit, assessment);
        }
    }

    @Test
    void results_of_two_versions_line_up_by_successor_with_new_and_retired_norms_said() {
        History history = History.make();
        JsonPath comparison = Api.withToken(Fixtures.memberToken(history.kvk())).queryParam("framework", history.code()).get(COMPARISON, history.kvk())
                .then().statusCode(200).body("organisation.kvkNumber", equalTo(history.kvk())).extract().jsonPath();

        // Oldest first: the 1.0 audit (reported 2023), the 2.0 audit, then today's shared self-assessment.
        assertThat(comparison.getList("columns.id")).containsExactly(history.oldAudit(), history.newAudit(), history.selfAssessment());
        assertThat(comparison.getList("columns.kind")).containsExactly("AUDIT", "AUDIT", "SELF_ASSESSMENT");
        assertThat(comparison.getList("columns.framework.version")).containsExactly("1.0", "2.0", "2.0");

        // Rows: 2.0's norms in order, then the norm 2.0 retired.
        assertThat(comparison.getList("norms.norm.key"))
                .containsExactly("wet-en-regelgeving", "ketenpartners", "belofte-onderschrijven", "belofte-uitdragen", "nvvk-eisen");
        assertThat(comparison.getList("norms.carried")).containsExactly("CARRIED_OVER", "NEW", "CARRIED_OVER", "CARRIED_OVER", "RETIRED");
        assertThat(comparison.getList("norms.norm.version")).containsExactly("2.0", "2.0", "2.0", "2.0", "1.0");

        // The 1.0 result on "belofte" stands beside both its successors, under its own number.
        assertThat(comparison.getList("norms[2].results.column")).containsExactly(0, 1);
        assertThat(comparison.getString("norms[2].results[0].classification")).isEqualTo("NEEDS_IMPROVEMENT");
        assertThat(comparison.getString("norms[2].results[0].weight")).isEqualTo("REMARK");
        assertThat(comparison.getList("norms[3].results.column")).containsExactly(0, 1, 2);
        assertThat(comparison.getList("norms[3].results.normNumber")).containsExactly("2.1", "2.2", "2.2");
        assertThat(comparison.getInt("norms[3].results[2].developmentLevel")).isEqualTo(2);
        // A new norm has results of the new version only; a retired one of the old only.
        assertThat(comparison.getList("norms[1].results.column")).containsExactly(1);
        assertThat(comparison.getList("norms[4].results.column")).containsExactly(0);
        assertThat(comparison.getString("norms[4].results[0].weight")).isEqualTo("DEVIATION");
        // Areas by number: the audits' levels and the self-assessment's.
        assertThat(comparison.getList("areas[0].results.developmentLevel")).containsExactly(1, 2);
        assertThat(comparison.getList("areas[1].results.column")).containsExactly(2);
    }

    @Test
    void a_comparison_of_one_version_marks_nothing_new() {
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        AuditPackages.aPackageFor(kvk).pushSubmitted();
        JsonPath comparison = Api.as(As.ADMIN).get(COMPARISON, kvk).then().statusCode(200).extract().jsonPath();
        assertThat(comparison.getList("norms")).hasSize(50);
        assertThat(comparison.getList("norms.carried")).containsOnly("CARRIED_OVER");
        assertThat(comparison.getList("norms[0].results.classification")).containsExactly("MEETS");
    }

    @Test
    void a_member_never_compares_a_draft_or_an_unshared_self_assessment() {
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        AuditPackages.aPackageFor(kvk).push();
        Api.withToken(Fixtures.coordinatorToken(kvk)).contentType("application/json")
                .body(Map.of("framework", Map.of("code", "KWALITEITSKADER", "version", "1.1"))).post("/api/v1/self-assessments").then().statusCode(201);
        Api.withToken(Fixtures.memberToken(kvk)).get(COMPARISON, kvk).then().statusCode(200).body("columns", org.hamcrest.Matchers.empty())
                .body("norms", org.hamcrest.Matchers.empty());
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "OTHER_MEMBER,404", "MEMBER_WITHOUT_ORGANISATION,403", "ADMIN,200"})
    void comparing_an_organisation(As caller, int status) {
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        AuditPackages.aPackageFor(kvk).pushSubmitted();
        var answer = Api.as(caller).get(COMPARISON, kvk).then();
        if (status == 200) {
            answer.statusCode(200).body("columns.size()", equalTo(1));
        } else {
            answer.spec(problem(status));
        }
        Api.withToken(Fixtures.memberToken(kvk)).get(COMPARISON, kvk).then().statusCode(200).body("columns.size()", equalTo(1));
    }

    @Test
    void an_unknown_organisation_is_not_found_and_bad_parameters_are_named() {
        Api.as(As.ADMIN).get(COMPARISON, Fixtures.uniqueKvk()).then().spec(problem(404));
        Api.malformedAs(As.ADMIN).get(COMPARISON, "1234").then().spec(problem(422)).body("errors[0].field", equalTo("kvkNumber"));
        Api.malformedAs(As.ADMIN).queryParam("framework", "kader 1").get(COMPARISON, Fixtures.OUR_KVK).then().spec(problem(422))
                .body("errors[0].field", equalTo("framework"));
    }
}
