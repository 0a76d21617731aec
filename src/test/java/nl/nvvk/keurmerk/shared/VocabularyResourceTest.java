package nl.nvvk.keurmerk.shared;

import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
class VocabularyResourceTest {

    @ParameterizedTest
    @EnumSource(value = As.class, names = {"ANONYMOUS", "MEMBER", "CERTIFIER", "ADMIN"})
    void everyone_reads_the_vocabularies(As caller) {
        Api.as(caller).get("/api/v1/vocabularies").then().statusCode(200)
                .body("name", hasItems("serviceType", "frameworkStatus", "organisationKind", "membershipStatus", "accreditationStatus"));
    }

    @Test
    void the_13_service_types_carry_the_dutch_labels_of_a_certificate_scope() {
        Api.as(As.ANONYMOUS).get("/api/v1/vocabularies/{name}", "serviceType").then().statusCode(200)
                .body("terms", hasSize(13))
                .body("terms.find { it.code == 'DEBT_MEDIATION' }.nl", equalTo("Schuldbemiddeling"))
                .body("terms.find { it.code == 'WSNP' }.nl", equalTo("Wsnp"))
                .body("terms[0].nl", equalTo("Vroegsignalering"))
                .body("terms[12].nl", equalTo("Afbouw en nazorg"));
    }

    @Test
    void the_four_development_levels_are_coded_by_their_number_in_dutch_and_english() {
        Api.as(As.ANONYMOUS).get("/api/v1/vocabularies/{name}", "developmentLevel").then().statusCode(200)
                .body("terms.code", org.hamcrest.Matchers.contains("1", "2", "3", "4"))
                .body("terms.nl", org.hamcrest.Matchers.contains("Beheerste processen", "Resultaatgericht", "Lerend en vernieuwend",
                        "Integraal samenwerkend in de keten"))
                .body("terms[3].en", equalTo("Working together across the chain"));
    }

    @Test
    void an_unknown_vocabulary_answers_404() {
        Api.as(As.ANONYMOUS).get("/api/v1/vocabularies/{name}", "kleuren").then().spec(problem(404));
    }
}
