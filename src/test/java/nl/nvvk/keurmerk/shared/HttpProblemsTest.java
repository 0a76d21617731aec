package nl.nvvk.keurmerk.shared;

import static io.restassured.RestAssured.given;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.api.Test;

/** Failures outside any one resource still answer problem+json. */
@QuarkusTest
class HttpProblemsTest {

    @Test
    void an_unknown_path_answers_404_problem() {
        given().accept("application/json").get("/api/v1/onbekend").then().spec(problem(404));
        given().get("/nergens").then().spec(problem(404));
    }

    @Test
    void an_unsupported_method_answers_405_problem_saying_which_methods_are_allowed() {
        given().header("Authorization", "Bearer " + As.ADMIN.token()).delete("/api/v1/organisations")
                .then().spec(problem(405)).header("Allow", "GET, POST");
        given().header("Authorization", "Bearer " + As.ADMIN.token()).delete("/api/v1/organisations/{id}", UUID.randomUUID())
                .then().spec(problem(405)).header("Allow", "GET, PUT");
        given().post("/api/v1/frameworks/{id}", UUID.randomUUID())
                .then().spec(problem(405)).header("Allow", "GET, PUT");
    }

    @Test
    void a_body_over_one_megabyte_answers_413_problem() {
        String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        given().header("Authorization", "Bearer " + As.ADMIN.token()).contentType("application/json").body(huge)
                .post("/api/v1/organisations").then().spec(problem(413));
    }

    @Test
    void a_body_that_is_not_json_answers_415_problem() {
        Api.malformedAs(As.ADMIN).contentType("text/plain").body("kvk=12345678").post("/api/v1/organisations")
                .then().spec(problem(415));
    }

    @Test
    void an_id_that_is_not_a_uuid_answers_422_naming_the_path_parameter() {
        Api.malformedAs(As.ADMIN).get("/api/v1/organisations/{id}", "12345678").then().spec(problem(422))
                .body("errors[0].field", equalTo("id")).body("errors[0].message", containsString("UUID"));
        Api.malformedAs(As.ANONYMOUS).get("/api/v1/norms/{id}", "3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7").then().spec(problem(422))
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void a_missing_token_answers_401_with_a_bearer_challenge() {
        Api.as(As.ANONYMOUS).get("/api/v1/organisations").then().spec(problem(401)).header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void expired_and_forged_tokens_answer_401() {
        Api.as(As.EXPIRED).get("/api/v1/organisations").then().spec(problem(401));
        Api.as(As.FORGED).get("/api/v1/organisations").then().spec(problem(401));
        // Signed by the realm, but issued for another application: not for this API, whatever its roles.
        Api.as(As.WRONG_AUDIENCE).get("/api/v1/organisations").then().spec(problem(401));
        Api.as(As.WRONG_AUDIENCE).get("/api/v1/frameworks").then().spec(problem(401));
        given().header("Authorization", "Bearer not.a.token").get("/api/v1/organisations").then().spec(problem(401));
    }

    @Test
    void a_tenant_claim_is_required_for_certifiers_and_members_even_on_public_reads() {
        Api.as(As.CERTIFIER_WITHOUT_BODY).get("/api/v1/frameworks").then().spec(problem(403))
                .body("detail", containsString("certifying_body"));
        Api.as(As.MEMBER_WITHOUT_ORGANISATION).get("/api/v1/frameworks").then().spec(problem(403))
                .body("detail", containsString("organisation"));
    }
}
