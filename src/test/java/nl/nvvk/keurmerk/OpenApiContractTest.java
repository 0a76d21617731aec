package nl.nvvk.keurmerk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The committed contract is what the build generates. When the API changes, this test writes the
 * new document to target/openapi/openapi.yaml; review it and copy it over openapi/openapi.yaml.
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    @Test
    void committed_contract_matches_the_generated_one() throws IOException {
        String generated = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path fresh = Path.of("target", "openapi", "openapi.yaml");
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, generated);
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT) : "";
        assertEquals(committed, generated,
                "openapi/openapi.yaml is out of date: review target/openapi/openapi.yaml and copy it to openapi/openapi.yaml");
    }
}
