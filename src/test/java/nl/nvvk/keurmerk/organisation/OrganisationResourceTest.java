package nl.nvvk.keurmerk.organisation;

import static nl.nvvk.keurmerk.organisation.OrganisationFixtures.anOrganisation;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures.Registered;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class OrganisationResourceTest {
    private static final String ORGANISATIONS = "/api/v1/organisations";
    private static final String ONE = "/api/v1/organisations/{id}";

    // --- role matrix -------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "EXPIRED,401", "FORGED,401", "NO_ROLE,403", "CERTIFIER_WITHOUT_BODY,403",
            "MEMBER_WITHOUT_ORGANISATION,403", "OTHER_MEMBER,404", "CERTIFIER,200", "ADMIN,200"})
    void reading_an_organisation(As caller, int status) {
        Registered organisation = anOrganisation().register();
        var answer = Api.as(caller).get(ONE, organisation.id()).then();
        if (status == 200) {
            answer.statusCode(200).body("kvkNumber", equalTo(organisation.kvk())).header("ETag", notNullValue());
        } else {
            answer.spec(problem(status));
        }
    }

    @Test
    void a_member_reads_its_own_organisation() {
        Registered organisation = anOrganisation().register();
        Api.withToken(Fixtures.memberToken(organisation.kvk())).get(ONE, organisation.id())
                .then().statusCode(200).body("kvkNumber", equalTo(organisation.kvk()));
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER_WITHOUT_BODY,403", "MEMBER_WITHOUT_ORGANISATION,403",
            "CERTIFIER,200", "ADMIN,200", "MEMBER,200"})
    void listing_organisations(As caller, int status) {
        var answer = Api.as(caller).get(ORGANISATIONS).then();
        if (status == 200) {
            answer.statusCode(200).body("items", notNullValue());
        } else {
            answer.spec(problem(status));
        }
    }

    @Test
    void a_member_lists_only_its_own_organisation() {
        Registered own = anOrganisation().register();
        anOrganisation().register();
        Api.withToken(Fixtures.memberToken(own.kvk())).queryParam("limit", 200).get(ORGANISATIONS)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].kvkNumber", equalTo(own.kvk()));
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "MEMBER,403", "OTHER_MEMBER,403"})
    void only_nvvk_registers_organisations(As caller, int status) {
        OrganisationFixtures request = anOrganisation();
        Api.as(caller).contentType("application/json").body(request.body()).post(ORGANISATIONS).then().spec(problem(status));
        assertNotRegistered(request.kvk());
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "MEMBER,403"})
    void only_nvvk_revises_organisations(As caller, int status) {
        Registered organisation = anOrganisation().register();
        Api.as(caller).contentType("application/json").header("If-Match", organisation.etag())
                .body(organisation.bodyWith("name", "Gekaapt")).put(ONE, organisation.id()).then().spec(problem(status));
        assertUnchanged(organisation);
    }

    @Test
    void a_member_cannot_revise_even_its_own_organisation() {
        Registered organisation = anOrganisation().register();
        Api.withToken(Fixtures.memberToken(organisation.kvk())).contentType("application/json").header("If-Match", organisation.etag())
                .body(organisation.bodyWith("name", "Eigen naam")).put(ONE, organisation.id()).then().spec(problem(403));
        assertUnchanged(organisation);
    }

    // --- behaviour ---------------------------------------------------------------------------

    @Test
    void nvvk_registers_an_organisation_and_reads_it_back() {
        OrganisationFixtures request = anOrganisation().with("name", "Kredietbank Waterland");
        String location = Api.as(As.ADMIN).contentType("application/json").body(request.body()).post(ORGANISATIONS)
                .then().statusCode(201).header("ETag", "\"0\"").body("kvkNumber", equalTo(request.kvk()))
                .extract().header("Location");

        Api.as(As.ADMIN).get(location).then().statusCode(200)
                .body("name", equalTo("Kredietbank Waterland"))
                .body("address.postalCode", equalTo("1234 AB"))
                .body("servicesOffered", hasItems("DEBT_MEDIATION", "INTAKE_AND_PLAN"));
    }

    @Test
    void revising_with_the_current_etag_changes_the_organisation_and_its_etag() {
        Registered organisation = anOrganisation().register();
        String newEtag = Api.as(As.ADMIN).contentType("application/json").header("If-Match", organisation.etag())
                .body(organisation.bodyWith("name", "Gemeente Nieuwdorp")).put(ONE, organisation.id())
                .then().statusCode(200).body("name", equalTo("Gemeente Nieuwdorp")).extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(organisation.etag());
    }

    @Test
    void a_read_naming_the_current_etag_answers_304_until_the_organisation_changes() {
        Registered organisation = anOrganisation().register();
        Api.as(As.CERTIFIER).header("If-None-Match", organisation.etag()).get(ONE, organisation.id())
                .then().statusCode(304).header("ETag", organisation.etag()).body(emptyString());

        Api.as(As.ADMIN).contentType("application/json").header("If-Match", organisation.etag())
                .body(organisation.bodyWith("name", "Gemeente Veranderd")).put(ONE, organisation.id()).then().statusCode(200);

        Api.as(As.CERTIFIER).header("If-None-Match", organisation.etag()).get(ONE, organisation.id())
                .then().statusCode(200).body("name", equalTo("Gemeente Veranderd"));
        // Another tenant learns nothing from a matching ETag: still 404.
        Api.as(As.OTHER_MEMBER).header("If-None-Match", organisation.etag()).get(ONE, organisation.id())
                .then().spec(problem(404));
    }

    @Test
    void revising_without_if_match_answers_428_and_changes_nothing() {
        Registered organisation = anOrganisation().register();
        Api.malformedAs(As.ADMIN).contentType("application/json").body(organisation.bodyWith("name", "Zonder ETag"))
                .put(ONE, organisation.id()).then().spec(problem(428));
        assertUnchanged(organisation);
    }

    @Test
    void revising_with_a_stale_etag_answers_412_and_changes_nothing() {
        Registered organisation = anOrganisation().register();
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", organisation.etag())
                .body(organisation.bodyWith("name", "Eerste wijziging")).put(ONE, organisation.id()).then().statusCode(200);

        Api.as(As.ADMIN).contentType("application/json").header("If-Match", organisation.etag())
                .body(organisation.bodyWith("name", "Tweede wijziging")).put(ONE, organisation.id()).then().spec(problem(412));
        Api.as(As.ADMIN).get(ONE, organisation.id()).then().body("name", equalTo("Eerste wijziging"));
    }

    @Test
    void the_kvk_number_cannot_change() {
        Registered organisation = anOrganisation().register();
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", organisation.etag())
                .body(organisation.bodyWith("kvkNumber", Fixtures.uniqueKvk())).put(ONE, organisation.id())
                .then().spec(problem(422)).body("errors.field", hasItem("kvkNumber"));
        assertUnchanged(organisation);
    }

    @Test
    void a_second_registration_of_a_kvk_number_answers_409_and_changes_nothing() {
        Registered first = anOrganisation().register();
        Api.as(As.ADMIN).contentType("application/json").body(first.bodyWith("name", "Dubbel")).post(ORGANISATIONS)
                .then().spec(problem(409)).body("errors.field", hasItem("kvkNumber"));
        assertUnchanged(first);
    }

    @Test
    void concurrent_registrations_of_one_kvk_number_give_one_organisation_and_no_500() throws Exception {
        OrganisationFixtures request = anOrganisation();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> Api.as(As.ADMIN).contentType("application/json").body(request.body())
                        .post(ORGANISATIONS).then().extract().statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        Api.as(As.ADMIN).queryParam("kvkNumber", request.kvk()).get(ORGANISATIONS).then().body("items", hasSize(1));
    }

    @Test
    void revising_an_unknown_organisation_answers_404() {
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", "\"0\"").body(anOrganisation().body())
                .put(ONE, "0b7e9a52-3d0c-4c55-9d1e-6f2a8b4c1d00").then().spec(problem(404));
    }

    // --- validation: problem+json and nothing stored -------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kvkNumber|1234567",
            "kvkNumber|123456789",
            "kvkNumber|1234567a",
            "name|''",
            "website|ftp://elders.example",
            "membershipStatus|",
            "kind|"})
    void invalid_fields_answer_422_naming_the_field(String field, String value) {
        OrganisationFixtures request = anOrganisation().with(field, value);
        Api.malformedAs(As.ADMIN).contentType("application/json").body(request.body()).post(ORGANISATIONS)
                .then().spec(problem(422)).body("errors.field", hasItem(field));
        if (field.equals("kvkNumber")) {
            Api.as(As.ADMIN).queryParam("name", request.body().get("name")).get(ORGANISATIONS).then().body("items", hasSize(0));
        } else {
            assertNotRegistered(request.kvk());
        }
    }

    /** The strict reading is the service's, not the audit push's alone. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"kind|0", "name|12.5", "memberSince|\"2019-1-1\"", "memberSince|\"1899-12-31\"", "memberSince|20000"})
    void a_value_not_in_the_type_the_contract_gives_is_400_naming_the_field(String field, String json) throws Exception {
        OrganisationFixtures request = anOrganisation().with(field, "@raw@");
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(request.body()).replace("\"@raw@\"", json);
        Api.malformedAs(As.ADMIN).contentType("application/json").body(body).post(ORGANISATIONS)
                .then().spec(problem(400)).body("errors[0].field", equalTo(field));
        assertNotRegistered(request.kvk());
    }

    @Test
    void a_too_long_name_answers_422() {
        OrganisationFixtures request = anOrganisation().with("name", "x".repeat(201));
        Api.malformedAs(As.ADMIN).contentType("application/json").body(request.body()).post(ORGANISATIONS)
                .then().spec(problem(422)).body("errors.field", hasItem("name"));
        assertNotRegistered(request.kvk());
    }

    @Test
    void every_missing_required_field_is_listed_at_once() {
        Api.malformedAs(As.ADMIN).contentType("application/json").body(Map.of()).post(ORGANISATIONS)
                .then().spec(problem(422))
                .body("errors.field", hasItems("kvkNumber", "name", "kind", "membershipStatus"));
    }

    @Test
    void an_invalid_postal_code_is_named_by_its_path() {
        OrganisationFixtures request = anOrganisation().with("address", Map.of("street", "Dorpsstraat 2", "postalCode", "0123 ab", "city", "X"));
        Api.malformedAs(As.ADMIN).contentType("application/json").body(request.body()).post(ORGANISATIONS)
                .then().spec(problem(422)).body("errors.field", hasItem("address.postalCode"));
        assertNotRegistered(request.kvk());
    }

    @Test
    void a_member_needs_a_membership_date() {
        OrganisationFixtures request = anOrganisation().without("memberSince");
        Api.as(As.ADMIN).contentType("application/json").body(request.body()).post(ORGANISATIONS)
                .then().spec(problem(422)).body("errors.field", hasItem("memberSince"));
        assertNotRegistered(request.kvk());
    }

    @Test
    void an_unknown_property_is_rejected_not_ignored() {
        OrganisationFixtures request = anOrganisation().with("nmae", "typo");
        Api.malformedAs(As.ADMIN).contentType("application/json").body(request.body()).post(ORGANISATIONS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("nmae"));
        assertNotRegistered(request.kvk());
    }

    @Test
    void a_value_of_the_wrong_type_answers_400() {
        OrganisationFixtures request = anOrganisation().with("servicesOffered", "DEBT_MEDIATION").with("memberSince", "gisteren");
        Api.malformedAs(As.ADMIN).contentType("application/json").body(request.body()).post(ORGANISATIONS)
                .then().spec(problem(400));
        assertNotRegistered(request.kvk());
    }

    @Test
    void an_unknown_enum_code_answers_400() {
        OrganisationFixtures request = anOrganisation().with("kind", "BANK");
        Api.malformedAs(As.ADMIN).contentType("application/json").body(request.body()).post(ORGANISATIONS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("kind"));
        assertNotRegistered(request.kvk());
    }

    @Test
    void malformed_json_answers_400() {
        Api.malformedAs(As.ADMIN).contentType("application/json").body("{\"kvkNumber\": \"12345678\",").post(ORGANISATIONS)
                .then().spec(problem(400));
        assertNotRegistered("12345678");
    }

    @Test
    void an_empty_body_answers_422() {
        Api.malformedAs(As.ADMIN).contentType("application/json").post(ORGANISATIONS).then().spec(problem(422));
    }

    // --- listing ------------------------------------------------------------------------------

    @Test
    void pages_follow_the_name_order_without_gaps_or_repeats() {
        String marker = "Paginatest " + Fixtures.uniqueKvk();
        for (String name : List.of("Delta", "alfa", "Charlie", "bravo", "Echo")) {
            anOrganisation().with("name", marker + " " + name).register();
        }
        Set<String> seen = new HashSet<>();
        List<String> names = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(As.CERTIFIER).queryParam("name", marker).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(ORGANISATIONS).then().statusCode(200).extract().jsonPath();
            List<String> pageNames = page.getList("items.name");
            assertThat(pageNames.size()).isLessThanOrEqualTo(2);
            pageNames.forEach(n -> assertThat(seen.add(n)).as("no repeats").isTrue());
            names.addAll(pageNames);
            cursor = page.getString("next");
        } while (cursor != null);
        assertThat(names).containsExactly(marker + " alfa", marker + " bravo", marker + " Charlie", marker + " Delta", marker + " Echo");
    }

    @Test
    void filters_by_kvk_number_kind_and_service() {
        Registered bank = anOrganisation().with("kind", "CREDIT_BANK").with("servicesOffered", List.of("WSNP")).register();
        Api.as(As.ADMIN).queryParam("kvkNumber", bank.kvk()).get(ORGANISATIONS)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].kind", equalTo("CREDIT_BANK"));
        Api.as(As.ADMIN).queryParam("kvkNumber", bank.kvk()).queryParam("serviceType", "DEBT_MEDIATION").get(ORGANISATIONS)
                .then().statusCode(200).body("items", hasSize(0));
        Api.as(As.ADMIN).queryParam("kvkNumber", bank.kvk()).queryParam("kind", "MUNICIPALITY").get(ORGANISATIONS)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @ParameterizedTest
    @CsvSource({"limit,0", "limit,201", "kvkNumber,123", "cursor,not-a-cursor"})
    void invalid_list_parameters_answer_422(String parameter, String value) {
        Api.malformedAs(As.ADMIN).queryParam(parameter, value).get(ORGANISATIONS).then().spec(problem(422))
                .body("errors.field", hasItem(parameter));
    }

    private static void assertUnchanged(Registered organisation) {
        Api.as(As.ADMIN).get(ONE, organisation.id()).then().statusCode(200)
                .header("ETag", organisation.etag())
                .body("name", equalTo(organisation.body().get("name")));
    }

    private static void assertNotRegistered(String kvk) {
        Api.as(As.ADMIN).queryParam("kvkNumber", kvk).get(ORGANISATIONS).then().statusCode(200).body("items", hasSize(0));
    }
}
