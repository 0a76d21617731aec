package nl.nvvk.keurmerk.audit;

import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_AUDIT;
import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_PACKAGE;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import nl.nvvk.keurmerk.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The audit as a report: the heemskerk package pushed whole, its report read back as text holds every part of it. */
@QuarkusTest
class AuditReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT = ONE_AUDIT + "/report.pdf";
    private static final String PDF = "application/pdf, application/problem+json";
    private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    @Test
    void the_report_of_the_heemskerk_audit_holds_every_part_of_the_pushed_package_and_then_nvvks_decision() throws IOException {
        Pushed pushed = heemskerk("SUBMITTED");
        ObjectNode sent = pushed.body();

        byte[] pdf = Api.withToken(Fixtures.memberToken(pushed.kvk())).accept(PDF).get(REPORT, pushed.id()).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", equalTo("inline; filename=\"Rapportage-" + pushed.reference() + ".pdf\""))
                .extract().asByteArray();
        Pdfs.keep(pdf, "audit-report");
        String text = Pdfs.text(pdf);

        List<String> parts = new ArrayList<>(List.of("Gemeente Heemskerk (test)", pushed.kvk(), pushed.reference(), "Initieel onderzoek",
                "versie 1.1", "Ingediend", "online 2,5, totaal 16", "Professionals 3", "Ondersteuning 0,7", "Management en control 0,7",
                "Vroegsignalering", "Afbouw en nazorg", "Teamleider", "Reviewer verslag",
                "Zelfscan " + day(sent.get("selfAssessmentOn")), "Rapportage " + day(sent.get("reportOn")),
                "Advies Positief onder voorwaarden", "Vervolgonderzoek uiterlijk 16 juni 2024", "Plaats Hendrik-Ido-Ambacht",
                "Datum 28 juni 2023", "De NVVK heeft nog niet besloten over dit onderzoek.",
                "Ontwikkelniveau niveau 2", "Weging: Afwijking", "Verbeteractie: Versiebeheer invoeren voor beleidsstukken (eigenaar teamleider",
                "Werkinstructies actualiseren", "Opgelost: ja", "Alle werkinstructies zijn herschreven."));
        for (String field : List.of("organisationSketch", "course", "improvementPlansAssessed", "feedbackToNvvk")) {
            parts.add(words(sent.get(field)));
        }
        sent.get("team").forEach(member -> parts.add(member.get("name").asText()));
        sent.get("interviews").forEach(interview -> parts.add(interview.get("function").asText() + " (" + interview.get("interviewees").asInt() + ")"));
        sent.get("visits").forEach(visit -> parts.add(day(visit.get("visitedOn"))));
        parts.add(words(sent.get("advice").get("motivation")));
        parts.add(words(sent.get("advice").get("conditions")));
        parts.add(words(sent.get("signOff").get("signedBy")));
        for (JsonNode area : sent.get("areas")) {
            parts.add(words(area.get("conclusion")));
            area.get("evidence").forEach(evidence -> parts.add(words(evidence)));
            area.path("improvementPoints").forEach(point -> parts.add(words(point)));
        }
        for (JsonNode finding : sent.get("findings")) {
            parts.add(finding.get("norm").asText() + " ");
            parts.add(words(finding.get("narrative")));
        }
        assertThat(text).contains(parts);
        assertThat(text).contains("Koers", "Voldoet");
        Pdfs.assertArchival(pdf);

        Map<String, Object> decision = Map.of("outcome", "GRANT_WITH_CONDITIONS", "motivation", "Het onderzoek toont aan dat de organisatie voldoet.",
                "conditions", "Vervolgonderzoek naar de normen 1.4 en 4.3.");
        String number = Api.as(As.ADMIN).contentType("application/json").body(decision).post(ONE_AUDIT + "/decision", pushed.id())
                .then().statusCode(200).extract().path("decision.certificate.number");
        String decided = Pdfs.text(Api.as(As.ADMIN).accept(PDF).get(REPORT, pushed.id()).then().statusCode(200).extract().asByteArray());
        assertThat(decided).contains("Besluit NVVK", "Besluit Toekennen onder voorwaarden", "Voorwaarden Vervolgonderzoek naar de normen 1.4 en 4.3.",
                "Certificaat " + number, "Het onderzoek toont aan dat de organisatie voldoet.", "Status Besloten")
                .doesNotContain("nog niet besloten");
    }

    @Test
    void a_member_gets_the_report_only_once_the_audit_is_submitted_and_its_body_gets_it_before() throws IOException {
        Pushed running = heemskerk("IN_PROGRESS");
        Api.withToken(Fixtures.memberToken(running.kvk())).accept(PDF).get(REPORT, running.id()).then().spec(problem(404));
        byte[] pdf = Api.as(As.CERTIFIER).accept(PDF).get(REPORT, running.id()).then().statusCode(200).extract().asByteArray();
        assertThat(Pdfs.text(pdf)).contains("Status In uitvoering");
        Api.as(As.ADMIN).accept(PDF).get(REPORT, running.id()).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "OTHER_CERTIFIER,404", "OTHER_MEMBER,404", "CERTIFIER_WITHOUT_BODY,403", "EXPIRED,401"})
    void another_tenant_and_the_wrong_role_get_no_report(As caller, int status) throws IOException {
        Pushed pushed = heemskerk("SUBMITTED");
        Api.malformedAs(caller).accept(PDF).get(REPORT, pushed.id()).then().spec(problem(status));
    }

    @Test
    void a_bad_id_is_422_naming_it_and_an_unknown_one_404() {
        Api.malformedAs(As.ADMIN).accept(PDF).get(REPORT, "42").then().spec(problem(422)).body("errors[0].field", equalTo("id"));
        Api.malformedAs(As.ADMIN).accept(PDF).get(REPORT, "3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b").then().spec(problem(404));
    }

    private record Pushed(String id, String kvk, String reference, ObjectNode body) {
    }

    /** The heemskerk audit with a level on its first area, a weighted finding with an action, and a point from the previous audit. */
    private static Pushed heemskerk(String status) throws IOException {
        AuditPackages.ensureBody(Fixtures.OUR_BODY);
        String kvk = OrganisationFixtures.anOrganisation().with("name", "Gemeente Heemskerk (test)").register().kvk();
        ObjectNode body = (ObjectNode) JSON.readTree(Files.readString(Path.of("src", "test", "resources", "audits", "heemskerk-2023.json")));
        body.put("organisation", kvk).put("status", status);
        ((ObjectNode) body.get("areas").get(0)).put("developmentLevel", 2);
        for (JsonNode finding : body.get("findings")) {
            if (finding.get("norm").asText().equals("1.4")) {
                ObjectNode weighted = (ObjectNode) finding;
                weighted.put("classification", "NEEDS_IMPROVEMENT").put("weight", "DEVIATION");
                weighted.putArray("actions").addObject().put("description", "Versiebeheer invoeren voor beleidsstukken").put("owner", "teamleider");
            }
        }
        ArrayNode previous = body.putArray("previousPoints");
        previous.addObject().put("point", "Werkinstructies actualiseren").put("followUp", "Alle werkinstructies zijn herschreven.").put("resolved", true);
        String reference = "KIWA-RAPPORT-" + kvk;
        String id = Api.as(As.CERTIFIER).contentType("application/json").body(body.toString()).put(ONE_PACKAGE, reference)
                .then().statusCode(201).extract().path("id");
        return new Pushed(id, kvk, reference, body);
    }

    /** A pushed text as the report's text reads: whitespace, line breaks included, as single spaces. */
    private static String words(JsonNode text) {
        return text.asText().strip().replaceAll("\\s+", " ");
    }

    private static String day(JsonNode iso) {
        return DUTCH_DAY.format(LocalDate.parse(iso.asText()));
    }
}
