package nl.nvvk.keurmerk.audit;

import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_AUDIT;
import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The audit report of Gemeente Heemskerk, June 2023 (../shared/seeds), as a certifying body's system
 * would push it: all 50 findings, the 7 areas with their evidence, the scope, the team (invented
 * names), the dates and the advice. Every field comes back as it was pushed.
 */
@QuarkusTest
class HeemskerkAuditTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_heemskerk_2023_audit_pushed_as_one_package_reads_back_field_for_field() throws IOException {
        AuditPackages.ensureBody(Fixtures.OUR_BODY);
        String kvk = OrganisationFixtures.anOrganisation().with("name", "Gemeente Heemskerk (test)").register().kvk();
        ObjectNode pushed = (ObjectNode) JSON.readTree(Files.readString(Path.of("src", "test", "resources", "audits", "heemskerk-2023.json")));
        pushed.put("organisation", kvk);
        String reference = "KIWA-HEEMSKERK-2023-" + kvk;

        String id = Api.as(As.CERTIFIER).contentType("application/json").body(pushed.toString()).put(ONE_PACKAGE, reference)
                .then().statusCode(201).extract().path("id");
        JsonNode audit = JSON.readTree(Api.withToken(Fixtures.memberToken(kvk)).get(ONE_AUDIT, id).then().statusCode(200).extract().asString());

        assertThat(audit.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(audit.get("reference").asText()).isEqualTo(reference);
        assertThat(audit.get("organisation").asText()).isEqualTo(kvk);
        assertThat(audit.get("certifyingBody").asText()).isEqualTo(Fixtures.OUR_BODY);
        assertThat(audit.get("framework").get("code").asText()).isEqualTo("KWALITEITSKADER");
        assertThat(audit.get("framework").get("version").asText()).isEqualTo("1.1");
        assertThat(audit.get("submittedAt").isNull()).isFalse();
        for (String field : new String[] {"type", "visits", "selfAssessmentOn", "reportOn", "team", "interviews", "organisationSketch",
                "course", "previousPoints", "improvementPlansAssessed", "feedbackToNvvk", "advice", "signOff"}) {
            assertThat(audit.get(field)).as(field).isEqualTo(pushed.get(field));
        }
        assertThat(JSON.convertValue(audit.get("scope"), java.util.Set.class)).isEqualTo(JSON.convertValue(pushed.get("scope"), java.util.Set.class));
        assertThat(audit.get("hours").get("online").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(audit.get("hours").get("total").decimalValue()).isEqualByComparingTo("16");
        assertThat(audit.get("staffing").get("professionals").decimalValue()).isEqualByComparingTo("3");
        assertThat(audit.get("staffing").get("support").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(audit.get("staffing").get("management").decimalValue()).isEqualByComparingTo("0.7");

        Map<String, JsonNode> findings = new HashMap<>();
        audit.get("findings").forEach(f -> findings.put(f.get("norm").get("number").asText(), f));
        assertThat(findings).hasSize(50).containsOnlyKeys(AuditPackages.NORMS);
        pushed.get("findings").forEach(f -> {
            JsonNode read = findings.get(f.get("norm").asText());
            assertThat(read.get("classification")).isEqualTo(f.get("classification"));
            assertThat(read.get("narrative")).isEqualTo(f.get("narrative"));
            assertThat(read.get("norm").get("title").asText()).isNotBlank();
        });
        assertThat(audit.get("findings").get(0).get("norm").get("number").asText()).isEqualTo("1.1");
        assertThat(audit.get("findings").get(49).get("norm").get("number").asText()).isEqualTo("7.6");
        // Each area reads back as pushed, with its title from the framework beside it.
        assertThat(audit.get("areas")).hasSize(7);
        assertThat(audit.get("areas").get(0).get("title").asText()).isEqualTo("Koers");
        audit.get("areas").forEach(area -> ((com.fasterxml.jackson.databind.node.ObjectNode) area).remove("title"));
        assertThat(audit.get("areas")).isEqualTo(pushed.get("areas"));
        assertThat(audit.get("areas").get(3).get("evidence")).hasSize(9);
    }
}
