package nl.nvvk.keurmerk.shared;

import static io.restassured.RestAssured.given;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.api.Test;

/**
 * Problems say their title and detail in Dutch when Accept-Language prefers Dutch, in English
 * otherwise, and tell caches so (Content-Language, Vary): in the REST layer and in the router.
 */
@QuarkusTest
class ProblemLanguageTest {
    private static final String DUTCH = "nl-NL,nl;q=0.9,en;q=0.8";
    /** Framework 1.1, published by the V2 migration. */
    private static final String PUBLISHED_FRAMEWORK = "7ad02515-e7b6-53cc-9d9f-41371d685f27";

    @Test
    void a_404_in_dutch_and_in_english() {
        UUID id = UUID.randomUUID();
        Api.as(As.ADMIN).header("Accept-Language", DUTCH).get("/api/v1/organisations/{id}", id).then().spec(problem(404))
                .header("Content-Language", "nl").header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("Niet gevonden")).body("detail", equalTo("Geen organisatie met id " + id))
                .body("type", equalTo("https://keurmerkregister.nvvk.nl/problems/not-found"));
        Api.as(As.ADMIN).get("/api/v1/organisations/{id}", id).then().spec(problem(404))
                .header("Content-Language", "en").header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("Not found")).body("detail", equalTo("No organisation with id " + id));
        Api.as(As.ANONYMOUS).header("Accept-Language", "nl").get("/api/v1/public/certificates/{number}", "NVVK-0000-0000-0000").then()
                .spec(problem(404)).body("detail", equalTo("Geen certificaat met nummer NVVK-0000-0000-0000"));
    }

    @Test
    void english_wins_when_it_is_preferred_and_when_nothing_is_asked() {
        UUID id = UUID.randomUUID();
        for (String english : new String[] {"en,nl;q=0.5", "de", "*", "nl;q=0, en;q=0.1"}) {
            Api.as(As.ADMIN).header("Accept-Language", english).get("/api/v1/organisations/{id}", id).then().spec(problem(404))
                    .header("Content-Language", "en").body("title", equalTo("Not found"));
        }
        Api.as(As.ADMIN).header("Accept-Language", "en;q=0.4, nl-BE;q=0.6").get("/api/v1/organisations/{id}", id).then().spec(problem(404))
                .header("Content-Language", "nl").body("title", equalTo("Niet gevonden"));
    }

    @Test
    void a_422_for_a_body_lists_the_fields_in_english_under_a_dutch_detail() {
        var body = OrganisationFixtures.anOrganisation().with("kvkNumber", "123").with("website", "ftp://x").body();
        Api.malformedAs(As.ADMIN).header("Accept-Language", "nl").contentType("application/json").body(body).post("/api/v1/organisations")
                .then().spec(problem(422)).header("Content-Language", "nl")
                .body("title", equalTo("Ongeldige invoer")).body("detail", matchesPattern("Het verzoek heeft [2-9] ongeldige velden"))
                .body("errors.field", hasItem("kvkNumber"));
        Api.malformedAs(As.ADMIN).contentType("application/json").body(body).post("/api/v1/organisations")
                .then().spec(problem(422)).header("Content-Language", "en")
                .body("title", equalTo("Validation failed")).body("detail", matchesPattern("The request has [2-9] invalid fields"));
    }

    @Test
    void a_422_for_a_parameter_names_it_under_a_dutch_detail() {
        Api.malformedAs(As.ANONYMOUS).header("Accept-Language", "nl").queryParam("limit", 0).get("/api/v1/public/certificates")
                .then().spec(problem(422)).header("Content-Language", "nl")
                .body("detail", equalTo("Het verzoek heeft 1 ongeldig veld")).body("errors[0].field", equalTo("limit"));
        Api.malformedAs(As.ANONYMOUS).header("Accept-Language", "nl").queryParam("kvk", "90000001").get("/api/v1/public/certificates")
                .then().spec(problem(422)).body("detail", equalTo("Het verzoek heeft 1 ongeldige queryparameter"))
                .body("errors[0].field", equalTo("kvk"));
        Api.malformedAs(As.ADMIN).header("Accept-Language", "nl").get("/api/v1/organisations/{id}", "12345678")
                .then().spec(problem(422)).body("title", equalTo("Ongeldige invoer")).body("errors[0].field", equalTo("id"));
        Api.malformedAs(As.ANONYMOUS).queryParam("limit", 0).get("/api/v1/public/certificates")
                .then().spec(problem(422)).header("Content-Language", "en").body("detail", equalTo("The request has 1 invalid field"));
    }

    @Test
    void a_400_for_malformed_json_in_dutch() {
        Api.malformedAs(As.ADMIN).header("Accept-Language", "nl").contentType("application/json").body(new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, 0x7B})
                .post("/api/v1/organisations").then().spec(problem(400)).header("Content-Language", "nl")
                .body("title", equalTo("Onjuiste JSON")).body("detail", equalTo("De inhoud van het verzoek is geen JSON-tekst (RFC 8259: UTF-8)"));
        Api.malformedAs(As.ADMIN).header("Accept-Language", "nl").contentType("application/json").body("{\"nmae\": \"x\"}")
                .post("/api/v1/organisations").then().spec(problem(400))
                .body("detail", equalTo("Onbekend veld 'nmae': het hoort niet bij deze bron"))
                .body("errors[0].message", equalTo("Unknown property 'nmae': it is not part of this resource"));
    }

    @Test
    void a_401_and_a_403_in_dutch_and_in_english() {
        Api.as(As.ANONYMOUS).header("Accept-Language", "nl").get("/api/v1/organisations").then().spec(problem(401))
                .header("WWW-Authenticate", "Bearer").header("Content-Language", "nl")
                .body("title", equalTo("Niet aangemeld")).body("detail", equalTo("Een geldig bearer-token van de NVVK-Keycloak-realm is vereist"));
        Api.as(As.ANONYMOUS).get("/api/v1/organisations").then().spec(problem(401)).header("Content-Language", "en")
                .body("title", equalTo("Unauthorized"));
        Api.as(As.NO_ROLE).header("Accept-Language", "nl").get("/api/v1/organisations").then().spec(problem(403))
                .header("Content-Language", "nl").body("title", equalTo("Niet toegestaan")).body("detail", equalTo("Uw rol mag dit niet"));
        Api.as(As.NO_ROLE).get("/api/v1/organisations").then().spec(problem(403)).body("detail", equalTo("Your role may not do this"));
        Api.as(As.CERTIFIER_WITHOUT_BODY).header("Accept-Language", "nl").get("/api/v1/frameworks").then().spec(problem(403))
                .body("detail", equalTo("Een token van een certificeerder moet de claim 'certifying_body' met de code van de instelling bevatten"));
    }

    @Test
    void a_409_domain_rule_in_dutch_and_in_english() {
        Api.as(As.ADMIN).header("Accept-Language", "nl").post("/api/v1/frameworks/{id}/publication", PUBLISHED_FRAMEWORK)
                .then().spec(problem(409)).header("Content-Language", "nl")
                .body("type", equalTo("https://keurmerkregister.nvvk.nl/problems/framework-not-draft"))
                .body("title", equalTo("Conflict met de huidige toestand"))
                .body("detail", equalTo("Kwaliteitskader KWALITEITSKADER 1.1 is PUBLISHED; alleen een concept kan worden gepubliceerd"));
        Api.as(As.ADMIN).post("/api/v1/frameworks/{id}/publication", PUBLISHED_FRAMEWORK).then().spec(problem(409))
                .body("title", equalTo("Conflict with the current state"))
                .body("detail", equalTo("Framework KWALITEITSKADER 1.1 is PUBLISHED; only a draft can be published"));
    }

    @Test
    void the_router_s_404_and_413_in_dutch_and_in_english() {
        router().header("Accept-Language", "nl").get("/api/v1/onbekend").then().spec(problem(404))
                .header("Content-Language", "nl").header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("Niet gevonden")).body("detail", equalTo("Geen bron op dit pad"));
        router().get("/api/v1/onbekend").then().spec(problem(404)).header("Content-Language", "en")
                .body("title", equalTo("Not found")).body("detail", equalTo("No resource at this path"));

        String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        router().header("Authorization", "Bearer " + As.ADMIN.token()).header("Accept-Language", "nl").contentType("application/json")
                .body(huge).post("/api/v1/organisations").then().spec(problem(413)).header("Content-Language", "nl")
                .body("title", equalTo("Verzoek te groot"))
                .body("detail", equalTo("De inhoud van het verzoek is groter dan deze dienst hier accepteert (1048576 bytes)"));
        router().header("Authorization", "Bearer " + As.ADMIN.token()).contentType("application/json")
                .body(huge).post("/api/v1/organisations").then().spec(problem(413)).header("Content-Language", "en")
                .body("detail", equalTo("The request body is larger than this service accepts here (1048576 bytes)"));
    }

    private static RequestSpecification router() {
        return given().accept("application/json");
    }
}
