package nl.nvvk.keurmerk.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Browsers may call the API only from the configured portal origins. */
@QuarkusTest
class CorsTest {

    @Test
    void a_configured_portal_origin_may_call_the_api() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "If-Match,Authorization")
                .options("/api/v1/organisations").then()
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
        given().header("Origin", "http://localhost:3000").get("/api/v1/frameworks").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    @Test
    void any_other_origin_gets_no_cors_permission() {
        given().header("Origin", "https://elders.example").get("/api/v1/frameworks").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
