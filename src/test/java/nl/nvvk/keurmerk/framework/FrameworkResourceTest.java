package nl.nvvk.keurmerk.framework;

import static nl.nvvk.keurmerk.framework.FrameworkDocuments.aDocument;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.framework.FrameworkDocuments.Imported;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
class FrameworkResourceTest {
    private static final String FRAMEWORKS = "/api/v1/frameworks";
    private static final String ONE = "/api/v1/frameworks/{id}";

    // --- role matrix -------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = As.class, names = {"ANONYMOUS", "MEMBER", "CERTIFIER", "ADMIN"})
    void everyone_reads_published_versions(As caller) {
        Imported published = aDocument().importAsAdmin().publish();
        Api.as(caller).get(ONE, published.id()).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        Api.as(caller).get(FRAMEWORKS).then().statusCode(200).body("items.id", hasItem(published.id()));
    }

    @ParameterizedTest
    @EnumSource(value = As.class, names = {"ANONYMOUS", "MEMBER", "CERTIFIER"})
    void drafts_are_not_found_by_anyone_but_nvvk(As caller) {
        Imported draft = aDocument().importAsAdmin();
        Api.as(caller).get(ONE, draft.id()).then().spec(problem(404));
        Api.as(caller).queryParam("limit", 200).get(FRAMEWORKS).then().statusCode(200).body("items.id", not(hasItem(draft.id())));
        Api.as(As.ADMIN).get(ONE, draft.id()).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "EXPIRED,401", "NO_ROLE,403", "CERTIFIER,403", "MEMBER,403", "CERTIFIER_WITHOUT_BODY,403"})
    void only_nvvk_imports(As caller, int status) {
        FrameworkDocuments document = aDocument();
        Api.as(caller).contentType("application/json").body(document.body()).post(FRAMEWORKS).then().spec(problem(status));
        Api.as(As.ADMIN).queryParam("code", document.code()).get(FRAMEWORKS).then().body("items", hasSize(0));
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "MEMBER,403"})
    void only_nvvk_publishes_retires_and_replaces(As caller, int status) {
        FrameworkDocuments document = aDocument();
        Imported draft = document.importAsAdmin();
        Api.as(caller).post(ONE + "/publication", draft.id()).then().spec(problem(status));
        Api.as(caller).contentType("application/json").header("If-Match", draft.etag()).body(document.body())
                .put(ONE, draft.id()).then().spec(problem(status));
        Imported published = aDocument().importAsAdmin().publish();
        Api.as(caller).post(ONE + "/retirement", published.id()).then().spec(problem(status));

        Api.as(As.ADMIN).get(ONE, draft.id()).then().body("status", equalTo("DRAFT")).header("ETag", draft.etag());
        Api.as(As.ADMIN).get(ONE, published.id()).then().body("status", equalTo("PUBLISHED"));
    }

    // --- lifecycle ---------------------------------------------------------------------------

    @Test
    void an_imported_version_is_a_draft_with_its_areas_norms_and_levels() {
        FrameworkDocuments document = aDocument();
        var answer = Api.as(As.ADMIN).contentType("application/json").body(document.body()).post(FRAMEWORKS)
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/v1/frameworks/"))
                .body("status", equalTo("DRAFT"))
                .body("areas.number", contains(1, 2))
                .body("areas[0].norms.number", contains("1.1", "1.2"))
                .body("areas[1].norms.key", contains("belofte"))
                .body("developmentLevels.level", contains(1, 2))
                .extract();
        assertThat(answer.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void a_version_says_what_each_level_means_per_area_and_from_when_its_audits_score_levels() {
        FrameworkDocuments document = aDocument()
                .with("developmentLevelsRequiredFrom", "2027-01-01")
                .with("areas", List.of(
                        Map.of("number", 1, "title", "Koers", "developmentLevels", List.of(
                                Map.of("level", 2, "description", "De koers is vertaald in meetbare doelen"),
                                Map.of("level", 1, "description", "De koers is vastgelegd"))),
                        Map.of("number", 2, "title", "Leiderschap")));
        String id = document.importAsAdmin().publish().id();
        Api.as(As.ANONYMOUS).get(ONE, id).then().statusCode(200)
                .body("developmentLevelsRequiredFrom", equalTo("2027-01-01"))
                .body("areas[0].developmentLevels.level", contains(1, 2))
                .body("areas[0].developmentLevels.title", contains("Beheerste processen", "Resultaatgericht"))
                .body("areas[0].developmentLevels[1].description", equalTo("De koers is vertaald in meetbare doelen"))
                .body("areas[1].developmentLevels", org.hamcrest.Matchers.empty());
        Api.as(As.ANONYMOUS).queryParam("code", document.code()).get(FRAMEWORKS).then()
                .body("items[0].developmentLevelsRequiredFrom", equalTo("2027-01-01"));

        // A level no area may describe, because the document does not define it: 422, nothing imported.
        FrameworkDocuments wrong = aDocument().with("areas", List.of(
                Map.of("number", 1, "title", "Koers", "developmentLevels", List.of(Map.of("level", 4, "description", "Ketenbreed"))),
                Map.of("number", 2, "title", "Leiderschap")));
        Api.as(As.ADMIN).contentType("application/json").body(wrong.body()).post(FRAMEWORKS).then().spec(problem(422))
                .body("errors.field", contains("areas[0].developmentLevels[0].level"));
        Api.as(As.ADMIN).queryParam("code", wrong.code()).get(FRAMEWORKS).then().body("items", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void publishing_makes_a_draft_public_and_immutable() {
        FrameworkDocuments document = aDocument();
        Imported draft = document.importAsAdmin();
        Imported published = draft.publish();

        Api.as(As.ANONYMOUS).get(ONE, draft.id()).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", published.etag())
                .body(document.with("title", "Stilletjes gewijzigd").body()).put(ONE, draft.id())
                .then().spec(problem(409));
        Api.as(As.ANONYMOUS).get(ONE, draft.id()).then().body("title", equalTo("Testkader " + document.code()));
        Api.as(As.ADMIN).post(ONE + "/publication", draft.id()).then().spec(problem(409));
        Api.as(As.ADMIN).queryParam("resourceType", "framework").queryParam("resourceId", draft.id()).get("/api/v1/change-history")
                .then().statusCode(200).body("items.action", contains("imported", "published"))
                .body("items[1].changes.status.from", equalTo("DRAFT")).body("items[1].changes.status.to", equalTo("PUBLISHED"));
    }

    @Test
    void a_draft_can_be_replaced_with_its_current_etag() {
        FrameworkDocuments document = aDocument();
        Imported draft = document.importAsAdmin();
        document.norm("nieuw", "2.2", 2, "Nieuwe norm");
        String etag = Api.as(As.ADMIN).contentType("application/json").header("If-Match", draft.etag()).body(document.body())
                .put(ONE, draft.id()).then().statusCode(200).body("areas[1].norms.number", contains("2.1", "2.2"))
                .extract().header("ETag");
        assertThat(etag).isNotEqualTo(draft.etag());

        Api.as(As.ADMIN).contentType("application/json").header("If-Match", draft.etag()).body(document.body())
                .put(ONE, draft.id()).then().spec(problem(412));
        Api.malformedAs(As.ADMIN).contentType("application/json").body(document.body()).put(ONE, draft.id()).then().spec(problem(428));
    }

    @Test
    void retiring_takes_a_published_version_out_of_use() {
        Imported published = aDocument().importAsAdmin().publish();
        Api.as(As.ADMIN).post(ONE + "/retirement", published.id()).then().statusCode(200).body("status", equalTo("RETIRED"));
        Api.as(As.ANONYMOUS).get(ONE, published.id()).then().statusCode(200).body("status", equalTo("RETIRED"));
        Api.as(As.ADMIN).post(ONE + "/retirement", published.id()).then().spec(problem(409));
    }

    @Test
    void a_draft_cannot_be_retired() {
        Imported draft = aDocument().importAsAdmin();
        Api.as(As.ADMIN).post(ONE + "/retirement", draft.id()).then().spec(problem(409));
    }

    @Test
    void a_stale_if_match_on_publication_answers_412_and_publishes_nothing() {
        Imported draft = aDocument().importAsAdmin();
        Api.as(As.ADMIN).header("If-Match", "\"7\"").post(ONE + "/publication", draft.id()).then().spec(problem(412));
        Api.as(As.ADMIN).get(ONE, draft.id()).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void a_later_version_names_the_norms_it_succeeds() {
        FrameworkDocuments first = aDocument();
        first.importAsAdmin().publish();
        FrameworkDocuments second = aDocument(first.code(), "2.0")
                .normWith(0, "succeeds", "wet-en-regelgeving")
                .normWith(2, "key", "belofte-en-gedragscode").normWith(2, "succeeds", "belofte");
        Imported imported = second.importAsAdmin();

        String normId = Api.as(As.ADMIN).get(ONE, imported.id()).then().statusCode(200)
                .body("areas[1].norms[0].succeeds", equalTo("belofte"))
                .body("areas[0].norms[1].succeeds", nullValue())
                .extract().jsonPath().getString("areas[1].norms[0].id");
        Api.as(As.ADMIN).get("/api/v1/norms/{id}", normId).then().statusCode(200)
                .body("succeeds.key", equalTo("belofte")).body("succeeds.number", equalTo("2.1"))
                .body("framework.version", equalTo("2.0"));
    }

    @Test
    void a_second_import_of_the_same_version_answers_409() {
        FrameworkDocuments document = aDocument();
        document.importAsAdmin();
        Api.as(As.ADMIN).contentType("application/json").body(document.body()).post(FRAMEWORKS).then().spec(problem(409));
    }

    // --- validation as a whole -----------------------------------------------------------------

    @Test
    void every_problem_of_a_document_is_listed_in_one_422_and_nothing_is_stored() {
        FrameworkDocuments document = aDocument()
                .norm("dubbel-nummer", "1.1", 1, "Zelfde nummer als 1.1")
                .norm("wet-en-regelgeving", "1.3", 1, "Zelfde sleutel")
                .norm("onbekend-gebied", "9.1", 9, "Gebied bestaat niet")
                .norm("verkeerd-gebied", "1.4", 2, "Nummer hoort bij gebied 1")
                .normWith(1, "succeeds", "bestaat-niet");
        Api.as(As.ADMIN).contentType("application/json").body(document.body()).post(FRAMEWORKS)
                .then().spec(problem(422))
                .body("errors.field", containsInAnyOrder("norms[3].number", "norms[4].key", "norms[5].area", "norms[6].number",
                        "norms[1].succeeds"));
        Api.as(As.ADMIN).queryParam("code", document.code()).get(FRAMEWORKS).then().body("items", hasSize(0));
    }

    @Test
    void an_unknown_successor_key_names_the_previous_version() {
        FrameworkDocuments first = aDocument();
        first.importAsAdmin().publish();
        FrameworkDocuments second = aDocument(first.code(), "1.1").normWith(0, "succeeds", "verdwenen-norm");
        Api.as(As.ADMIN).contentType("application/json").body(second.body()).post(FRAMEWORKS)
                .then().spec(problem(422))
                .body("errors[0].field", equalTo("norms[0].succeeds"))
                .body("errors[0].message", equalTo(first.code() + " 1.0 has no norm with key verdwenen-norm"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"code|kleine letters", "version|één", "title|''", "publishedOn|"})
    void invalid_header_fields_answer_422(String field, String value) {
        FrameworkDocuments document = aDocument().with(field, value);
        Api.malformedAs(As.ADMIN).contentType("application/json").body(document.body()).post(FRAMEWORKS)
                .then().spec(problem(422)).body("errors.field", hasItem(field));
    }

    @Test
    void a_norm_with_a_bad_number_and_an_unknown_service_type_is_refused() {
        FrameworkDocuments document = aDocument().normWith(0, "number", "1-1");
        Api.malformedAs(As.ADMIN).contentType("application/json").body(document.body()).post(FRAMEWORKS)
                .then().spec(problem(422)).body("errors.field", hasItem("norms[0].number"));
        FrameworkDocuments unknownService = aDocument().normWith(0, "serviceTypes", List.of("BUDGETBEHEER"));
        Api.malformedAs(As.ADMIN).contentType("application/json").body(unknownService.body()).post(FRAMEWORKS)
                .then().spec(problem(400));
        Api.as(As.ADMIN).queryParam("code", unknownService.code()).get(FRAMEWORKS).then().body("items", hasSize(0));
    }

    @Test
    void a_document_without_norms_or_areas_answers_422() {
        Api.malformedAs(As.ADMIN).contentType("application/json").body(Map.of("code", "LEEG", "version", "1.0")).post(FRAMEWORKS)
                .then().spec(problem(422)).body("errors.field", org.hamcrest.Matchers.hasItems("areas", "norms", "title", "publishedOn"));
    }
}
