package nl.nvvk.keurmerk.framework;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.api.Test;

/** Framework 1.1 is present in every environment, exactly as the audit report lists it. */
@QuarkusTest
class Kwaliteitskader11Test {

    @Test
    void version_1_1_has_the_7_areas_and_the_50_norms_of_the_audit_report() throws IOException {
        String id = Api.as(As.ANONYMOUS).queryParam("code", "KWALITEITSKADER")
                .get("/api/v1/frameworks").then().statusCode(200)
                .extract().jsonPath().<String>getList("items.findAll { it.version == '1.1' }.id").get(0);

        JsonPath framework = Api.as(As.ANONYMOUS).get("/api/v1/frameworks/{id}", id).then().statusCode(200).extract().jsonPath();

        assertThat(framework.getString("status")).isEqualTo("PUBLISHED");
        assertThat(framework.getString("publishedOn")).isEqualTo("2021-03-01");
        assertThat(framework.<String>getList("areas.title")).containsExactly(
                "Koers", "Leiderschap", "Organisatie", "Financiële hulpverlening", "Professionals",
                "Externe samenwerking, uitbesteding en inkoop", "Reflecteren, verbeteren en verantwoorden");
        assertThat(framework.<String>getList("developmentLevels.title")).containsExactly(
                "Beheerste processen", "Resultaatgericht", "Lerend en vernieuwend", "Integraal samenwerkend in de keten");
        List<String> numbered = framework.<String>getList("areas.norms.flatten().collect { it.number + ' ' + it.title }");
        assertThat(numbered).containsExactlyElementsOf(reportNorms()).hasSize(50);
    }

    @Test
    void norms_of_an_area_come_in_number_order_with_4_10_after_4_9() {
        List<String> numbers = Api.as(As.ANONYMOUS).queryParam("area", 4).get("/api/v1/norms")
                .then().statusCode(200).extract().jsonPath().getList("items.number");
        assertThat(numbers).containsExactly("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10", "4.11");
    }

    /** "1.1 Voldoen aan wet- en regelgeving" … as extracted from the audit report in shared/seeds. */
    private static List<String> reportNorms() throws IOException {
        try (InputStream in = Kwaliteitskader11Test.class.getResourceAsStream("/kwaliteitskader-1.1-norms.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
