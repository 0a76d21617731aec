package nl.nvvk.keurmerk.audit;

import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_AUDIT;
import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_PACKAGE;
import static nl.nvvk.keurmerk.audit.AuditPackages.finding;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.framework.FrameworkDocuments;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Development levels per performance area: optional on an area conclusion, required to submit only
 * where the framework version asks for them and only for audits whose first visit is on or after
 * the day it names; shown wherever the audit is read.
 */
@QuarkusTest
class DevelopmentLevelsTest {
    private static final List<Map<String, Object>> FOUR_LEVELS = List.of(
            Map.of("level", 1, "title", "Beheerste processen"), Map.of("level", 2, "title", "Resultaatgericht"),
            Map.of("level", 3, "title", "Lerend en vernieuwend"), Map.of("level", 4, "title", "Integraal samenwerkend in de keten"));

    /** A published version of its own (areas 1 and 2; norms 1.1, 1.2, 2.1) that asks for levels from 2024-01-01, or never. */
    private static String publishedVersion(String requiredFrom) {
        FrameworkDocuments document = FrameworkDocuments.aDocument().with("developmentLevels", FOUR_LEVELS);
        if (requiredFrom != null) {
            document.with("developmentLevelsRequiredFrom", requiredFrom);
        }
        document.importAsAdmin().publish();
        return document.code();
    }

    /** A complete package of a fresh organisation against that version, first visit on the given day, areas as given. */
    private static AuditPackages packageOf(String code, String firstVisit, List<Map<String, Object>> areas) {
        AuditPackages pack = AuditPackages.aPackage()
                .with("framework", Map.of("code", code, "version", "1.0"))
                .with("visits", List.of(Map.of("visitedOn", firstVisit)))
                .with("reportOn", firstVisit)
                .with("findings", new ArrayList<>(List.of(finding("1.1", "MEETS", null), finding("1.2", "MEETS", null), finding("2.1", "MEETS", null))));
        return areas == null ? pack : pack.with("areas", areas);
    }

    private static Map<String, Object> area(int number, Integer level) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("area", number);
        area.put("conclusion", "Conclusie prestatiegebied " + number);
        if (level != null) {
            area.put("developmentLevel", level);
        }
        return area;
    }

    private static String push(AuditPackages pack) {
        return Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void from_the_day_the_version_names_submitting_lists_every_area_without_a_level_and_changes_nothing() {
        String code = publishedVersion("2024-01-01");
        AuditPackages pack = packageOf(code, "2024-01-01", List.of(area(1, null)));
        String id = push(pack);

        Api.as(As.CERTIFIER).post(ONE_AUDIT + "/submission", id).then().spec(problem(422))
                .body("errors.field", contains("areas", "areas"))
                .body("errors.message", containsInAnyOrder(
                        org.hamcrest.Matchers.startsWith("area 1 has no development level"), org.hamcrest.Matchers.startsWith("area 2 has no development level")));
        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().body("status", equalTo("IN_PROGRESS"));

        // A push asking to submit is refused the same way, and stores nothing of its changes.
        pack.with("status", "SUBMITTED").with("course", "Verloop gewijzigd");
        Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().spec(problem(422)).body("errors.field", hasItem("areas"));
        Api.as(As.CERTIFIER).get(ONE_AUDIT, id).then().body("status", equalTo("IN_PROGRESS")).body("course", nullValue());

        pack.with("areas", List.of(area(1, 2), area(2, 3)));
        Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void an_audit_whose_first_visit_lies_before_that_day_needs_no_levels() {
        String code = publishedVersion("2024-01-01");
        String id = push(packageOf(code, "2023-12-31", List.of(area(1, null))));
        Api.as(As.CERTIFIER).post(ONE_AUDIT + "/submission", id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void a_version_that_does_not_ask_for_levels_never_requires_them() {
        String code = publishedVersion(null);
        String id = push(packageOf(code, "2030-05-01", null));
        Api.as(As.CERTIFIER).post(ONE_AUDIT + "/submission", id).then().statusCode(200);
        // Framework 1.1 does not ask for them either.
        Api.as(As.ANONYMOUS).get("/api/v1/frameworks/7ad02515-e7b6-53cc-9d9f-41371d685f27").then().statusCode(200)
                .body("developmentLevelsRequiredFrom", nullValue()).body("developmentLevels", hasSize(4));
        AuditPackages.aPackage().pushSubmitted();
    }

    @Test
    void a_follow_up_audit_levels_only_the_areas_of_the_norms_it_revisits() {
        String code = publishedVersion("2024-01-01");
        AuditPackages pack = packageOf(code, "2024-03-01", null).with("type", "FOLLOW_UP")
                .with("findings", new ArrayList<>(List.of(finding("2.1", "MEETS", null))));
        String id = push(pack);
        Api.as(As.CERTIFIER).post(ONE_AUDIT + "/submission", id).then().spec(problem(422))
                .body("errors", hasSize(1)).body("errors[0].message", org.hamcrest.Matchers.startsWith("area 2 has no development level"));
        pack.with("areas", List.of(area(2, 1)));
        Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference()).then().statusCode(200);
        Api.as(As.CERTIFIER).post(ONE_AUDIT + "/submission", id).then().statusCode(200);
    }

    @Test
    void the_levels_are_read_back_with_the_area_title_beside_the_organisations_own_view() {
        String code = publishedVersion(null);
        AuditPackages pack = packageOf(code, "2025-02-03", List.of(area(2, 4), area(1, 3)));
        pack.finding("1.2", Map.of("norm", "1.2", "classification", "IN_DEVELOPMENT", "developmentLevel", 2));
        String id = push(pack.with("status", "SUBMITTED"));
        Api.as(As.ADMIN).get(ONE_AUDIT, id).then().statusCode(200)
                .body("areas.area", contains(1, 2)).body("areas.title", contains("Koers", "Leiderschap"))
                .body("areas.developmentLevel", contains(3, 4))
                .body("findings.find { it.norm.number == '1.2' }.developmentLevel", equalTo(2));
        Api.withToken(Fixtures.memberToken(pack.kvk())).get(ONE_AUDIT, id).then().statusCode(200).body("areas.developmentLevel", contains(3, 4));
    }

    @Test
    void a_level_the_version_does_not_define_or_out_of_range_is_422_naming_the_field_and_nothing_is_stored() {
        FrameworkDocuments document = FrameworkDocuments.aDocument(); // levels 1 and 2 only
        document.importAsAdmin().publish();
        AuditPackages pack = packageOf(document.code(), "2025-02-03", List.of(area(1, 3)));
        pack.finding("1.1", Map.of("norm", "1.1", "classification", "MEETS", "developmentLevel", 4));
        Api.as(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().spec(problem(422)).body("errors.field", containsInAnyOrder("areas[0].developmentLevel", "findings[2].developmentLevel"));
        Api.as(As.ADMIN).queryParam("reference", pack.reference()).get("/api/v1/audits").then().body("items", hasSize(0));

        pack.with("areas", List.of(area(1, 5)));
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(pack.body()).put(ONE_PACKAGE, pack.reference())
                .then().spec(problem(422)).body("errors.field", hasItem("areas[0].developmentLevel"));
        Api.as(As.ADMIN).queryParam("reference", pack.reference()).get("/api/v1/audits").then().body("items", hasSize(0));
    }
}
