package nl.nvvk.keurmerk.shared;

import static nl.nvvk.keurmerk.organisation.OrganisationFixtures.anOrganisation;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures.Registered;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A query, path or header parameter that is malformed, unknown or from elsewhere is a 422 naming it, never a 404 or a 500. */
@QuarkusTest
class ParametersTest {

    /** Every list, with a caller that may read it and the parameters it requires. */
    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("/api/v1/frameworks", As.ANONYMOUS, Map.of()),
                Arguments.of("/api/v1/norms", As.ANONYMOUS, Map.of()),
                Arguments.of("/api/v1/organisations", As.ADMIN, Map.of()),
                Arguments.of("/api/v1/certifying-bodies", As.CERTIFIER, Map.of()),
                Arguments.of("/api/v1/change-history", As.ADMIN, Map.of("resourceType", "organisation", "resourceId", UUID.randomUUID().toString())));
    }

    static Stream<Arguments> badLimits() {
        return lists().flatMap(list -> Stream.of("abc", "1e309", "999999999999", "0", "201", "-1", "5.5")
                .map(limit -> Arguments.of(list.get()[0], list.get()[1], list.get()[2], limit)));
    }

    @ParameterizedTest
    @MethodSource("badLimits")
    void a_limit_that_is_not_a_page_size_is_422_naming_limit(String list, As caller, Map<String, String> required, String limit) {
        Api.malformedAs(caller).queryParams(required).queryParam("limit", limit).get(list)
                .then().spec(problem(422)).body("errors.field", contains("limit"));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void a_cursor_of_another_list_is_422_naming_cursor(String list, As caller, Map<String, String> required) {
        String foreign = organisationsCursor();
        String expected = list.endsWith("/organisations") ? certifyingBodiesCursor() : foreign;
        Api.malformedAs(caller).queryParams(required).queryParam("cursor", expected).get(list)
                .then().spec(problem(422)).body("errors[0].field", equalTo("cursor")).body("errors[0].message", containsString("another list"));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void an_altered_or_made_up_cursor_is_422_naming_cursor(String list, As caller, Map<String, String> required) {
        String cursor = organisationsCursor();
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        bytes[5] ^= 0x20;
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        for (String bad : new String[] {altered, "bm9wZQ", "eyJrIjoiZ2VtZWVudGUiLCJpIjoiMSJ9", "a".repeat(2048)}) {
            Api.malformedAs(caller).queryParams(required).queryParam("cursor", bad).get(list)
                    .then().spec(problem(422)).body("errors[0].field", equalTo("cursor"));
        }
        Api.malformedAs(caller).queryParams(required).queryParam("cursor", "not a cursor!").get(list)
                .then().spec(problem(422)).body("errors[0].field", equalTo("cursor"));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void an_unknown_query_parameter_is_422_naming_it(String list, As caller, Map<String, String> required) {
        Api.malformedAs(caller).queryParams(required).queryParam("kvk", "90000001").get(list)
                .then().spec(problem(422)).body("errors[0].field", equalTo("kvk")).body("errors[0].message", containsString("limit"));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void a_parameter_given_twice_is_422_naming_it(String list, As caller, Map<String, String> required) {
        Api.malformedAs(caller).queryParams(required).queryParam("limit", 50, "abc").get(list)
                .then().spec(problem(422)).body("errors[0].field", equalTo("limit")).body("errors[0].message", containsString("2 times"));
    }

    @Test
    void a_framework_that_is_not_an_id_is_422_naming_framework() {
        Api.malformedAs(As.ANONYMOUS).queryParam("framework", "nope").get("/api/v1/norms")
                .then().spec(problem(422)).body("errors[0].field", equalTo("framework"));
        Api.malformedAs(As.ADMIN).queryParam("resourceType", "organisation").queryParam("resourceId", "nope").get("/api/v1/change-history")
                .then().spec(problem(422)).body("errors[0].field", equalTo("resourceId"));
    }

    @Test
    void a_parameter_without_operation_parameters_is_refused_too() {
        Api.malformedAs(As.ANONYMOUS).queryParam("lang", "nl").get("/api/v1/vocabularies")
                .then().spec(problem(422)).body("errors[0].field", equalTo("lang"));
    }

    @Test
    void a_malformed_if_match_is_422_naming_the_header_and_changes_nothing() {
        Registered organisation = anOrganisation().register();
        for (String bad : new String[] {"3", "\"3", "W/3", "\"\u00e9\"", "\"1\";\"2\""}) {
            Api.malformedAs(As.ADMIN).contentType("application/json").header("If-Match", bad).body(organisation.bodyWith("name", "Gewijzigd"))
                    .put("/api/v1/organisations/{id}", organisation.id())
                    .then().spec(problem(422)).body("errors[0].field", equalTo("If-Match"));
        }
        Api.as(As.ADMIN).get("/api/v1/organisations/{id}", organisation.id()).then().statusCode(200).header("ETag", organisation.etag());
    }

    @Test
    void a_malformed_if_none_match_is_422_naming_the_header() {
        Registered organisation = anOrganisation().register();
        Api.malformedAs(As.ADMIN).header("If-None-Match", "0").get("/api/v1/organisations/{id}", organisation.id())
                .then().spec(problem(422)).body("errors[0].field", equalTo("If-None-Match"));
    }

    @Test
    void a_name_filter_matches_percent_and_underscore_as_typed() {
        String marker = "Filter " + Fixtures.uniqueKvk();
        anOrganisation().with("name", marker + " 100% schuldhulp").register();
        anOrganisation().with("name", marker + " 1000 schuldhulp").register();
        anOrganisation().with("name", marker + " a_b").register();
        anOrganisation().with("name", marker + " axb").register();
        Api.as(As.ADMIN).queryParam("name", marker + " 100%").get("/api/v1/organisations")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].name", containsString("100%"));
        Api.as(As.ADMIN).queryParam("name", marker + " a_b").get("/api/v1/organisations")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].name", containsString("a_b"));
    }

    @Test
    void control_characters_in_text_are_422_naming_the_field_not_a_database_error() {
        Api.malformedAs(As.ADMIN).contentType("application/json").body(anOrganisation().with("name", "Gemeente\u0000Nul").body())
                .post("/api/v1/organisations").then().spec(problem(422)).body("errors.field", hasItem("name"));
        Api.malformedAs(As.ADMIN).queryParam("name", "a\u0000b").get("/api/v1/organisations")
                .then().spec(problem(422)).body("errors.field", hasItem("name"));
    }

    @Test
    void a_problem_never_repeats_more_of_the_request_than_the_contract_allows() {
        String name = "x\u0001".repeat(400);
        // The answers are validated against the contract: field at most 300 characters, one line.
        Api.malformedAs(As.ADMIN).contentType("application/json").body("{\"" + name + "\": 1}").post("/api/v1/organisations")
                .then().spec(problem(400));
        Api.malformedAs(As.ANONYMOUS).queryParam(name, "1").get("/api/v1/frameworks")
                .then().spec(problem(422));
    }

    private static String organisationsCursor() {
        anOrganisation().register();
        anOrganisation().register();
        return Api.as(As.ADMIN).queryParam("limit", 1).get("/api/v1/organisations").then().statusCode(200).extract().path("next");
    }

    private static String certifyingBodiesCursor() {
        for (int i = 0; i < 2; i++) {
            Api.as(As.ADMIN).contentType("application/json")
                    .body(Map.of("code", Fixtures.uniqueBodyCode(), "name", "Keuringsinstituut " + i, "accreditationStatus", "ACCREDITED"))
                    .post("/api/v1/certifying-bodies").then().statusCode(201);
        }
        return Api.as(As.ADMIN).queryParam("limit", 1).get("/api/v1/certifying-bodies").then().statusCode(200).extract().path("next");
    }
}
