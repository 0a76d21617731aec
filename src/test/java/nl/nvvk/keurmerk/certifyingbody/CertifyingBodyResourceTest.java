package nl.nvvk.keurmerk.certifyingbody;

import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class CertifyingBodyResourceTest {
    private static final String BODIES = "/api/v1/certifying-bodies";
    private static final String ONE = "/api/v1/certifying-bodies/{id}";

    static Map<String, Object> aBody() {
        String code = Fixtures.uniqueBodyCode();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Toetsing " + code + " B.V.");
        body.put("address", Map.of("street", "Keurlaan 12", "postalCode", "3511 AB", "city", "Utrecht"));
        body.put("website", "https://www.toetsing.example");
        body.put("accreditationStatus", "ACCREDITED");
        return body;
    }

    static Admitted admit(Map<String, Object> body) {
        var response = Api.as(As.ADMIN).contentType("application/json").body(body).post(BODIES).then().statusCode(201).extract();
        return new Admitted(response.jsonPath().getString("id"), response.header("ETag"), body);
    }

    record Admitted(String id, String etag, Map<String, Object> body) {
        Map<String, Object> with(String field, Object value) {
            Map<String, Object> copy = new LinkedHashMap<>(body);
            copy.put(field, value);
            return copy;
        }
    }

    // --- role matrix -------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER_WITHOUT_BODY,403", "MEMBER_WITHOUT_ORGANISATION,403",
            "MEMBER,200", "OTHER_CERTIFIER,200", "CERTIFIER,200", "ADMIN,200"})
    void reading_a_body(As caller, int status) {
        Admitted body = admit(aBody());
        var answer = Api.as(caller).get(ONE, body.id()).then();
        if (status == 200) {
            answer.statusCode(200).body("code", equalTo(body.body().get("code"))).header("ETag", notNullValue());
        } else {
            answer.spec(problem(status));
        }
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER_WITHOUT_BODY,403", "MEMBER,200", "CERTIFIER,200", "ADMIN,200"})
    void listing_bodies(As caller, int status) {
        var answer = Api.as(caller).get(BODIES).then();
        if (status == 200) {
            answer.statusCode(200).body("items", notNullValue());
        } else {
            answer.spec(problem(status));
        }
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "MEMBER,403"})
    void only_nvvk_admits_bodies(As caller, int status) {
        Map<String, Object> body = aBody();
        Api.as(caller).contentType("application/json").body(body).post(BODIES).then().spec(problem(status));
        assertNotAdmitted((String) body.get("code"));
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "MEMBER,403"})
    void only_nvvk_revises_bodies(As caller, int status) {
        Admitted body = admit(aBody());
        Api.as(caller).contentType("application/json").header("If-Match", body.etag()).body(body.with("accreditationStatus", "WITHDRAWN"))
                .put(ONE, body.id()).then().spec(problem(status));
        assertUnchanged(body);
    }

    // --- behaviour and validation --------------------------------------------------------------

    @Test
    void nvvk_suspends_an_accreditation_with_the_current_etag() {
        Admitted body = admit(aBody());
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", body.etag()).body(body.with("accreditationStatus", "SUSPENDED"))
                .put(ONE, body.id()).then().statusCode(200).body("accreditationStatus", equalTo("SUSPENDED"))
                .header("ETag", not(equalTo(body.etag())));
        Api.as(As.CERTIFIER).queryParam("code", body.body().get("code")).queryParam("accreditationStatus", "SUSPENDED").get(BODIES)
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void a_stale_etag_answers_412_and_changes_nothing() {
        Admitted body = admit(aBody());
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", "\"41\"").body(body.with("name", "Verouderd"))
                .put(ONE, body.id()).then().spec(problem(412));
        assertUnchanged(body);
    }

    @Test
    void a_missing_if_match_answers_428_and_changes_nothing() {
        Admitted body = admit(aBody());
        Api.malformedAs(As.ADMIN).contentType("application/json").body(body.with("name", "Zonder")).put(ONE, body.id())
                .then().spec(problem(428));
        assertUnchanged(body);
    }

    @Test
    void a_duplicate_code_answers_409() {
        Admitted body = admit(aBody());
        Api.as(As.ADMIN).contentType("application/json").body(body.with("name", "Tweede")).post(BODIES)
                .then().spec(problem(409)).body("errors.field", hasItem("code"));
        assertUnchanged(body);
    }

    @Test
    void the_code_cannot_change() {
        Admitted body = admit(aBody());
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", body.etag()).body(body.with("code", Fixtures.uniqueBodyCode()))
                .put(ONE, body.id()).then().spec(problem(422)).body("errors.field", hasItem("code"));
        assertUnchanged(body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"code|kiwa", "code|K", "name|''", "accreditationStatus|"})
    void invalid_fields_answer_422(String field, String value) {
        Map<String, Object> body = aBody();
        body.put(field, value);
        Api.malformedAs(As.ADMIN).contentType("application/json").body(body).post(BODIES)
                .then().spec(problem(422)).body("errors.field", hasItem(field));
    }

    @Test
    void an_unknown_property_answers_400_and_stores_nothing() {
        Map<String, Object> body = aBody();
        body.put("accreditationNumber", "RvA C 001");
        Api.malformedAs(As.ADMIN).contentType("application/json").body(body).post(BODIES)
                .then().spec(problem(400)).body("errors[0].field", equalTo("accreditationNumber"));
        assertNotAdmitted((String) body.get("code"));
    }

    @Test
    void an_unknown_body_answers_404() {
        Api.as(As.ADMIN).get(ONE, "0b7e9a52-3d0c-4c55-9d1e-6f2a8b4c1d00").then().spec(problem(404));
    }

    private static void assertUnchanged(Admitted body) {
        Api.as(As.ADMIN).get(ONE, body.id()).then().statusCode(200).header("ETag", body.etag())
                .body("name", equalTo(body.body().get("name")))
                .body("accreditationStatus", equalTo(body.body().get("accreditationStatus")));
    }

    private static void assertNotAdmitted(String code) {
        Api.as(As.ADMIN).queryParam("code", code).get(BODIES).then().statusCode(200).body("items", hasSize(0));
    }
}
