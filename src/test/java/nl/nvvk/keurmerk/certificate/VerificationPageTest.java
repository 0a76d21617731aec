package nl.nvvk.keurmerk.certificate;

import static nl.nvvk.keurmerk.audit.AuditPackages.aPackage;
import static nl.nvvk.keurmerk.audit.AuditPackages.aPackageFor;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.api.Test;

/** The verification page as HTTP sees it: languages, freshness, ETags, the search, errors for people and for scripts. */
@QuarkusTest
class VerificationPageTest {
    private static final String PAGE = "/api/v1/public/verify/{number}";
    private static final String SEARCH = "/api/v1/public/verify";
    /** What curl and most scripts send. */
    private static final String SCRIPT = "*/*";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void a_certificate_page_says_in_dutch_that_it_is_valid_today_with_a_strict_policy_and_an_etag_per_language() {
        String number = numberOf(CertificateResourceTest.granted(aPackage().with("status", "SUBMITTED")));
        ExtractableResponse<Response> dutch = Api.as(As.ANONYMOUS).accept(BROWSER).get(PAGE, number).then().statusCode(200)
                .contentType("text/html").header("Content-Language", "nl")
                .header("Content-Security-Policy", startsWith("default-src 'none'; style-src 'self'"))
                .header("X-Content-Type-Options", "nosniff").header("Vary", containsString("Accept-Language"))
                .header("Cache-Control", "public, max-age=0, must-revalidate")
                .body(startsWith("<!DOCTYPE html>"), containsString("<html lang=\"nl\">"), containsString("Certificaat " + number),
                        containsString("<strong>Geldig</strong>"), containsString("Dit Keurmerk is vandaag"),
                        containsString("Intake en plan van aanpak"), not(containsString("<script")))
                .extract();
        String etag = dutch.header("ETag");
        Api.as(As.ANONYMOUS).accept(BROWSER).header("If-None-Match", etag).get(PAGE, number).then().statusCode(304);

        String english = Api.as(As.ANONYMOUS).accept(BROWSER).header("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5").get(PAGE, number)
                .then().statusCode(200).header("Content-Language", "en")
                .body(containsString("<html lang=\"en\">"), containsString("<strong>Valid</strong>"), containsString("Intake and plan of action"))
                .extract().header("ETag");
        assertThat(english).isNotEqualTo(etag);
        Api.as(As.ANONYMOUS).accept(BROWSER).header("Accept-Language", "en").header("If-None-Match", etag).get(PAGE, number).then().statusCode(200);
        Api.as(As.ANONYMOUS).accept(BROWSER).header("Accept-Language", "en").queryParam("lang", "nl").get(PAGE, number).then()
                .header("Content-Language", "nl");
        Api.as(As.ANONYMOUS).accept(BROWSER).header("Accept-Language", "de-DE,fr;q=0.8").get(PAGE, number).then().header("Content-Language", "nl");
    }

    @Test
    void a_suspension_shows_on_the_page_at_once_and_moves_its_etag() {
        String id = CertificateResourceTest.granted(aPackage().with("status", "SUBMITTED"));
        String number = numberOf(id);
        String etag = Api.as(As.ANONYMOUS).accept(BROWSER).get(PAGE, number).then().statusCode(200).extract().header("ETag");
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("reason", "Tekortkomingen niet hersteld."))
                .post("/api/v1/certificates/{id}/suspension", id).then().statusCode(200);
        Api.as(As.ANONYMOUS).accept(BROWSER).header("If-None-Match", etag).get(PAGE, number).then().statusCode(200)
                .body(containsString("Niet geldig: Geschorst"), containsString("geschorst door de NVVK"), containsString("status-suspended"));
    }

    @Test
    void a_superseded_certificate_links_to_the_one_that_took_its_place() {
        var first = aPackage().with("status", "SUBMITTED");
        String earlier = numberOf(CertificateResourceTest.granted(first));
        String later = numberOf(CertificateResourceTest.granted(aPackageFor(first.kvk()).with("status", "SUBMITTED").with("type", "RECERTIFICATION")));
        Api.as(As.ANONYMOUS).accept(BROWSER).get(PAGE, earlier).then().statusCode(200)
                .body(containsString("Niet geldig: Vervangen"), containsString("<a href=\"/api/v1/public/verify/" + later + "\">" + later + "</a>"));
    }

    @Test
    void the_search_sends_a_number_typed_anyhow_or_a_kvk_number_on_to_the_certificates_page() {
        var pack = aPackage().with("status", "SUBMITTED");
        String number = numberOf(CertificateResourceTest.granted(pack));
        Api.as(As.ANONYMOUS).accept(BROWSER).get(SEARCH).then().statusCode(200)
                .body(containsString("<label for=\"q\">Certificaatnummer of KvK-nummer</label>"), containsString("Een NVVK Keurmerk controleren"));
        Api.as(As.ANONYMOUS).accept(BROWSER).redirects().follow(false).queryParam("q", number.toLowerCase().replace("-", " ")).get(SEARCH)
                .then().statusCode(303).header("Location", endsWith("/api/v1/public/verify/" + number));
        Api.as(As.ANONYMOUS).accept(BROWSER).redirects().follow(false).queryParam("q", pack.kvk()).queryParam("lang", "en").get(SEARCH)
                .then().statusCode(303).header("Location", endsWith("/api/v1/public/verify/" + number + "?lang=en"));
    }

    @Test
    void a_browser_gets_a_page_that_says_what_was_wrong_and_a_script_gets_problem_details_naming_the_parameter() {
        String wrongCheck = "NVVK-7KQ2-M9XH-4DPF";
        Api.as(As.ANONYMOUS).accept(BROWSER).queryParam("q", wrongCheck).get(SEARCH).then().statusCode(422).contentType("text/html")
                .body(containsString("Dit is geen certificaatnummer of KvK-nummer"), containsString("aria-invalid=\"true\""),
                        containsString("value=\"" + wrongCheck + "\""));
        Api.malformedAs(As.ANONYMOUS).accept(SCRIPT).queryParam("q", wrongCheck).get(SEARCH).then().spec(problem(422)).body("errors[0].field", equalTo("q"));
        Api.malformedAs(As.ANONYMOUS).accept(SCRIPT).queryParam("q", "x".repeat(41)).get(SEARCH).then().spec(problem(422)).body("errors[0].field", equalTo("q"));
        Api.as(As.ANONYMOUS).accept(BROWSER).queryParam("q", "99999999").get(SEARCH).then().statusCode(404).contentType("text/html")
                .body(containsString("Er is geen Keurmerk met dit nummer"));
        Api.malformedAs(As.ANONYMOUS).accept(SCRIPT).queryParam("q", "99999999").get(SEARCH).then().spec(problem(404));
        Api.as(As.ANONYMOUS).accept(BROWSER).get(PAGE, wrongCheck).then().statusCode(422).contentType("text/html");
        Api.malformedAs(As.ANONYMOUS).accept(SCRIPT).get(PAGE, wrongCheck).then().spec(problem(422)).body("errors[0].field", equalTo("number"));
        Api.malformedAs(As.ANONYMOUS).accept(SCRIPT).get(PAGE, "NVVK-0000-0000-0000").then().spec(problem(404));
        Api.malformedAs(As.ANONYMOUS).accept(SCRIPT).queryParam("lang", "de").get(SEARCH).then().spec(problem(422)).body("errors[0].field", equalTo("lang"));
        Api.malformedAs(As.ANONYMOUS).accept(BROWSER).queryParam("lang", "<b>").get(PAGE, wrongCheck).then().statusCode(422);
    }

    @Test
    void what_an_organisation_is_called_is_printed_never_interpreted() {
        String kvk = OrganisationFixtures.anOrganisation().with("name", "Gemeente <script>alert(1)</script> & Co").register().kvk();
        String number = numberOf(CertificateResourceTest.granted(aPackageFor(kvk).with("status", "SUBMITTED")));
        Api.as(As.ANONYMOUS).accept(BROWSER).get(PAGE, number).then().statusCode(200)
                .body(containsString("Gemeente &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"), not(containsString("<script")));
        Api.malformedAs(As.ANONYMOUS).accept(BROWSER).queryParam("q", "\"><script>x</script>").get(SEARCH).then().statusCode(422)
                .body(not(containsString("<script")));
    }

    @Test
    void the_style_sheet_is_served_and_tokens_do_not_matter() {
        io.restassured.RestAssured.given().get("/assets/verification.css").then().statusCode(200).contentType(containsString("text/css"));
        String number = numberOf(CertificateResourceTest.granted(aPackage().with("status", "SUBMITTED")));
        Api.as(As.MEMBER).accept(BROWSER).get(PAGE, number).then().statusCode(200);
        Api.as(As.CERTIFIER).accept(BROWSER).get(PAGE, number).then().statusCode(200);
    }

    static String numberOf(String certificate) {
        return Api.as(As.ADMIN).get("/api/v1/certificates/{id}", certificate).then().extract().path("number");
    }
}
