package nl.nvvk.keurmerk.statistics;

import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.framework.FrameworkDocuments;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import nl.nvvk.keurmerk.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sector's figures a member reads beside its own results: of a closed year only, each
 * organisation once, anonymised. The audits are decided today; the clock then moves to next year,
 * so this year is closed.
 */
@QuarkusTest
@TestProfile(SectorFiguresTest.NextYear.class)
class SectorFiguresTest {
    private static final String COMPARISON = "/api/v1/statistics/organisations/{kvkNumber}";

    public static class NextYear implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MovableClock.class);
        }
    }

    @Inject
    MovableClock clock;

    @AfterEach
    void backToToday() {
        clock.set(Instant.now());
    }

    @Test
    void a_member_reads_beside_each_norm_the_sectors_closed_year_each_organisation_once_and_small_cells_hidden() {
        FrameworkDocuments document = FrameworkDocuments.aDocument();
        document.importAsAdmin().publish();
        // Twelve organisations. Norm 1.1: 7 meet, 5 need improvement. Norm 1.2: 11 meet, 1 in development. Norm 2.1: all 12 meet.
        List<String> organisations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String kvk = OrganisationFixtures.anOrganisation().register().kvk();
            organisations.add(kvk);
            if (i == 0) {
                // Its earlier audit this year (in development on 1.1) is not counted: only its last decision is.
                FiguresTest.decide(audit(document.code(), kvk, "IN_DEVELOPMENT", "MEETS"), "REFUSE");
            }
            FiguresTest.decide(audit(document.code(), kvk, i < 7 ? "MEETS" : "NEEDS_IMPROVEMENT", i == 11 ? "IN_DEVELOPMENT" : "MEETS"), "GRANT");
        }
        // And three organisations of a framework of their own: too few to show anything.
        FrameworkDocuments few = FrameworkDocuments.aDocument();
        few.importAsAdmin().publish();
        String lonely = null;
        for (int i = 0; i < 3; i++) {
            lonely = OrganisationFixtures.anOrganisation().register().kvk();
            FiguresTest.decide(audit(few.code(), lonely, "MEETS", "MEETS"), "GRANT");
        }
        int thisYear = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();

        // This year is not closed yet: asked for, it is refused; by default the sector's figures are of last year, when none were decided.
        Api.malformedWithToken(Fixtures.memberToken(organisations.get(0))).queryParam("framework", document.code()).queryParam("sectorYear", thisYear)
                .get(COMPARISON, organisations.get(0)).then().spec(problem(422)).body("errors[0].field", equalTo("sectorYear"));
        JsonPath lastYear = Api.withToken(Fixtures.memberToken(organisations.get(0))).queryParam("framework", document.code())
                .get(COMPARISON, organisations.get(0)).then().statusCode(200).extract().jsonPath();
        assertThat(lastYear.getList("norms.sector.year")).containsOnly(thisYear - 1);
        assertThat(lastYear.getList("norms.sector.organisations")).containsOnlyNulls();

        clock.set(Instant.now().plus(Duration.ofDays(366)));
        for (String kvk : List.of(organisations.get(0), organisations.get(7))) {
            JsonPath sector = Api.withToken(Fixtures.memberToken(kvk)).queryParam("framework", document.code()).get(COMPARISON, kvk)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(sector.getList("norms.sector.year")).containsOnly(thisYear);
            assertThat(sector.getList("norms.sector.organisations")).containsExactly(12, 12, 12);
            assertThat(sector.getList("norms[0].sector.classifications.classification")).containsExactly("MEETS", "NEEDS_IMPROVEMENT", "IN_DEVELOPMENT");
            assertThat(sector.getList("norms[0].sector.classifications.organisations")).containsExactly(7, 5, 0);
            // One organisation in development, and all twelve meeting: either would tell someone's result, so only the total is shown.
            assertThat(sector.getList("norms[1].sector.classifications.organisations")).containsOnlyNulls();
            assertThat(sector.getList("norms[2].sector.classifications.organisations")).containsOnlyNulls();
        }
        // The year asked for, and NVVK reads the same anonymised figures beside an organisation's results.
        Api.as(As.ADMIN).queryParam("framework", document.code()).queryParam("sectorYear", thisYear).get(COMPARISON, organisations.get(3)).then()
                .statusCode(200).body("norms[0].sector.classifications.organisations", org.hamcrest.Matchers.contains(7, 5, 0));
        // Three organisations: not even their number.
        Api.withToken(Fixtures.memberToken(lonely)).queryParam("framework", few.code()).get(COMPARISON, lonely).then().statusCode(200)
                .body("norms.sector.organisations", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()))
                .body("norms[0].sector.classifications.organisations", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
        // Still no year that is not closed, and no year out of range.
        Api.malformedWithToken(Fixtures.memberToken(lonely)).queryParam("framework", few.code()).queryParam("sectorYear", thisYear + 1)
                .get(COMPARISON, lonely).then().spec(problem(422)).body("errors[0].field", equalTo("sectorYear"));
        Api.malformedWithToken(Fixtures.memberToken(lonely)).queryParam("sectorYear", 1800).get(COMPARISON, lonely).then().spec(problem(422))
                .body("errors[0].field", equalTo("sectorYear"));
    }

    private static String audit(String code, String kvk, String onFirstNorm, String onSecondNorm) {
        return AuditPackages.aPackageFor(kvk).with("framework", Map.of("code", code, "version", "1.0"))
                .with("findings", List.of(AuditPackages.finding("1.1", onFirstNorm, null), AuditPackages.finding("1.2", onSecondNorm, null),
                        AuditPackages.finding("2.1", "MEETS", null))).pushSubmitted();
    }
}
