package nl.nvvk.keurmerk.certificate;

import static nl.nvvk.keurmerk.audit.AuditPackages.aPackage;
import static nl.nvvk.keurmerk.audit.AuditPackages.aPackageFor;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import nl.nvvk.keurmerk.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The certificate as a document: read back as text, its QR code decoded from the rendered page, PDF/A checked. */
@QuarkusTest
class CertificateDocumentTest {
    private static final String DOCUMENT = "/api/v1/certificates/{id}/document.pdf";
    private static final String PDF = "application/pdf, application/problem+json";
    private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    @Test
    void an_active_certificate_reads_as_the_keurmerk_in_dutch_with_a_qr_code_to_the_verification_page_of_its_number() {
        AuditPackages pack = aPackage().with("status", "SUBMITTED");
        String id = CertificateResourceTest.granted(pack);
        JsonPath certificate = Api.as(As.ADMIN).get("/api/v1/certificates/{id}", id).then().extract().jsonPath();
        String number = certificate.getString("number");
        JsonPath published = Api.as(As.ANONYMOUS).get("/api/v1/public/certificates/{number}", number).then().statusCode(200).extract().jsonPath();

        byte[] pdf = Api.withToken(Fixtures.memberToken(pack.kvk())).accept(PDF).get(DOCUMENT, id).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("inline; filename=\"NVVK-Keurmerk-" + number.substring(5) + ".pdf\""))
                .extract().asByteArray();

        Pdfs.keep(pdf, "certificate-active");
        String text = Pdfs.text(pdf);
        assertThat(text).contains("NVVK Keurmerk", published.getString("organisation.name"), "KvK-nummer " + pack.kvk(),
                "Kwaliteitskader NVVK, versie " + published.getString("frameworkVersion"),
                "Intake en plan van aanpak", "Schuldbemiddeling",
                published.getString("certifyingBody.name") + " (" + Fixtures.OUR_BODY + ")", number,
                "Geldig van " + day(certificate.getString("validFrom")), "Geldig tot en met " + day(certificate.getString("validUntil")),
                "Status Geldig", "https://keurmerk.example.test/api/v1/public/verify/" + number);
        assertThat(text).doesNotContain("NIET GELDIG", "GESCHORST", "INTAKE_AND_PLAN");
        assertThat(Pdfs.qrCode(pdf)).isEqualTo("https://keurmerk.example.test/api/v1/public/verify/" + number);
        Pdfs.assertArchival(pdf);
    }

    @Test
    void a_certificate_no_longer_in_force_says_so_on_its_face() {
        String suspended = CertificateResourceTest.granted(aPackage().with("status", "SUBMITTED"));
        step(suspended, "suspension");
        assertThat(Pdfs.text(document(suspended))).contains("GESCHORST", "geschorst door de NVVK", "Status Geschorst");

        String withdrawn = CertificateResourceTest.granted(aPackage().with("status", "SUBMITTED"));
        step(withdrawn, "withdrawal");
        assertThat(Pdfs.text(document(withdrawn))).contains("NIET GELDIG", "ingetrokken door de NVVK", "Status Ingetrokken");

        AuditPackages first = aPackage().with("status", "SUBMITTED");
        String earlier = CertificateResourceTest.granted(first);
        String later = CertificateResourceTest.granted(aPackageFor(first.kvk()).with("status", "SUBMITTED").with("type", "RECERTIFICATION"));
        String laterNumber = Api.as(As.ADMIN).get("/api/v1/certificates/{id}", later).then().extract().path("number");
        byte[] superseded = document(earlier);
        Pdfs.keep(superseded, "certificate-superseded");
        assertThat(Pdfs.text(superseded)).contains("NIET GELDIG", "vervangen door certificaat " + laterNumber, "Status Vervangen");
        // The QR code still answers for the day it is scanned: the page of this very number says it was superseded.
        String earlierNumber = Api.as(As.ADMIN).get("/api/v1/certificates/{id}", earlier).then().extract().path("number");
        assertThat(Pdfs.qrCode(superseded)).endsWith("/api/v1/public/verify/" + earlierNumber);
        assertThat(Pdfs.text(document(later))).doesNotContain("NIET GELDIG");
    }

    @Test
    void the_document_carries_the_etag_of_the_certificate_and_a_suspension_moves_it() {
        String id = CertificateResourceTest.granted(aPackage().with("status", "SUBMITTED"));
        String etag = Api.as(As.ADMIN).accept(PDF).get(DOCUMENT, id).then().statusCode(200).extract().header("ETag");
        Api.as(As.ADMIN).accept(PDF).header("If-None-Match", etag).get(DOCUMENT, id).then().statusCode(304);
        step(id, "suspension");
        Api.as(As.ADMIN).accept(PDF).header("If-None-Match", etag).get(DOCUMENT, id).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "OTHER_CERTIFIER,404", "OTHER_MEMBER,404", "CERTIFIER_WITHOUT_BODY,403",
            "MEMBER_WITHOUT_ORGANISATION,403", "EXPIRED,401"})
    void only_nvvk_the_body_and_the_organisation_get_the_document(As caller, int status) {
        String id = CertificateResourceTest.granted(aPackage().with("status", "SUBMITTED"));
        Api.malformedAs(caller).accept(PDF).get(DOCUMENT, id).then().spec(problem(status));
    }

    @Test
    void nvvk_and_the_body_it_rests_on_get_it_too_and_a_bad_or_unknown_id_is_a_problem() {
        String id = CertificateResourceTest.granted(aPackage().with("status", "SUBMITTED"));
        Api.as(As.ADMIN).accept(PDF).get(DOCUMENT, id).then().statusCode(200).contentType("application/pdf");
        Api.as(As.CERTIFIER).accept(PDF).get(DOCUMENT, id).then().statusCode(200);
        Api.malformedAs(As.ADMIN).accept(PDF).get(DOCUMENT, "not-a-uuid").then().spec(problem(422)).body("errors[0].field", equalTo("id"));
        Api.malformedAs(As.ADMIN).accept(PDF).get(DOCUMENT, "3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b").then().spec(problem(404))
                .body("type", startsWith("https://"));
    }

    private static byte[] document(String id) {
        return Api.as(As.ADMIN).accept(PDF).get(DOCUMENT, id).then().statusCode(200).extract().asByteArray();
    }

    private static void step(String id, String step) {
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("reason", "Tekortkomingen niet binnen de termijn hersteld."))
                .post("/api/v1/certificates/{id}/" + step, id).then().statusCode(200);
    }

    private static String day(String iso) {
        return DUTCH_DAY.format(LocalDate.parse(iso));
    }
}
