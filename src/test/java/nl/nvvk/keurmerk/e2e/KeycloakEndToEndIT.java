package nl.nvvk.keurmerk.e2e;

import static io.restassured.RestAssured.given;
import static nl.nvvk.keurmerk.testing.LocalKeycloak.clientToken;
import static nl.nvvk.keurmerk.testing.LocalKeycloak.userToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import nl.nvvk.keurmerk.testing.Fixtures;
import nl.nvvk.keurmerk.testing.LocalKeycloak;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar with real Keycloak tokens from the realm in docker/keycloak: roles and tenant
 * claims travel from Keycloak's mappers through quarkus-oidc into the access rules.
 */
@QuarkusIntegrationTest
class KeycloakEndToEndIT {

    @Test
    void nvvk_certifier_and_member_tokens_from_keycloak_get_their_own_access() {
        String admin = clientToken("nvvk-admin-system", "nvvk-admin-system-demo-secret");
        String kiwa = clientToken("kiwa-system", "kiwa-system-demo-secret");
        String member = userToken("lid.zonnedijk", "lid-zonnedijk-demo");

        String zonnedijk = organisationWithKvk(admin, "90000001");
        String other = organisationWithKvk(admin, Fixtures.uniqueKvk());

        as(kiwa).get("/api/v1/organisations/{id}", zonnedijk).then().statusCode(200);
        as(kiwa).contentType("application/json").body(organisation(Fixtures.uniqueKvk())).post("/api/v1/organisations")
                .then().statusCode(403);
        as(member).get("/api/v1/organisations/{id}", zonnedijk).then().statusCode(200).body("kvkNumber", equalTo("90000001"));
        as(member).get("/api/v1/organisations/{id}", other).then().statusCode(404);
        as(member).get("/api/v1/organisations").then().statusCode(200).body("items", hasSize(1));
        given().get("/api/v1/organisations").then().statusCode(401);
        given().get("/api/v1/frameworks").then().statusCode(200);
    }

    @Test
    void a_token_issued_for_another_application_is_refused_whatever_its_roles() {
        String reporting = clientToken("nvvk-reporting", "nvvk-reporting-demo-secret");
        as(reporting).get("/api/v1/organisations").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        as(reporting).get("/api/v1/frameworks").then().statusCode(401);
        as(clientToken("nvvk-admin-system", "nvvk-admin-system-demo-secret")).get("/api/v1/organisations").then().statusCode(200);
    }

    private static String organisationWithKvk(String admin, String kvk) {
        var existing = as(admin).queryParam("kvkNumber", kvk).get("/api/v1/organisations").then().statusCode(200).extract().jsonPath();
        if (!existing.getList("items").isEmpty()) {
            return existing.getString("items[0].id");
        }
        return as(admin).contentType("application/json").body(organisation(kvk)).post("/api/v1/organisations")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static Map<String, Object> organisation(String kvk) {
        return Map.of("kvkNumber", kvk, "name", "Organisatie " + kvk, "kind", "MUNICIPALITY",
                "membershipStatus", "APPLICANT");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
