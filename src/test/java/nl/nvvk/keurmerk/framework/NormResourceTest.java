package nl.nvvk.keurmerk.framework;

import static nl.nvvk.keurmerk.framework.FrameworkDocuments.aDocument;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.nvvk.keurmerk.framework.FrameworkDocuments.Imported;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
class NormResourceTest {

    @ParameterizedTest
    @EnumSource(value = As.class, names = {"ANONYMOUS", "MEMBER", "CERTIFIER", "ADMIN"})
    void everyone_reads_the_norms_of_a_published_version(As caller) {
        Imported published = aDocument().importAsAdmin().publish();
        String id = Api.as(caller).queryParam("framework", published.id()).get("/api/v1/norms")
                .then().statusCode(200).body("items.number", contains("1.1", "1.2", "2.1"))
                .extract().jsonPath().getString("items[0].id");
        Api.as(caller).get("/api/v1/norms/{id}", id).then().statusCode(200)
                .body("key", equalTo("wet-en-regelgeving")).body("area.number", equalTo(1));
    }

    @ParameterizedTest
    @EnumSource(value = As.class, names = {"ANONYMOUS", "MEMBER", "CERTIFIER"})
    void the_norms_of_a_draft_are_not_found(As caller) {
        Imported draft = aDocument().importAsAdmin();
        // A draft is no framework version to anyone but NVVK: naming it is a bad parameter, as an unknown id is.
        Api.as(caller).queryParam("framework", draft.id()).get("/api/v1/norms").then().spec(problem(422))
                .body("errors[0].field", equalTo("framework"));
        Api.as(caller).queryParam("framework", "0b7e9a52-3d0c-4c55-9d1e-6f2a8b4c1d00").get("/api/v1/norms").then().spec(problem(422))
                .body("errors[0].field", equalTo("framework"));
        String normId = Api.as(As.ADMIN).queryParam("framework", draft.id()).get("/api/v1/norms")
                .then().statusCode(200).extract().jsonPath().getString("items[0].id");
        Api.as(caller).get("/api/v1/norms/{id}", normId).then().spec(problem(404));
    }

    @Test
    void a_service_type_filter_drops_norms_limited_to_other_services() {
        Imported published = aDocument()
                .normWith(1, "serviceTypes", List.of("WSNP"))
                .normWith(2, "serviceTypes", List.of("DEBT_MEDIATION", "PAYMENT_ARRANGEMENT"))
                .importAsAdmin().publish();
        Api.as(As.ANONYMOUS).queryParam("framework", published.id()).queryParam("serviceType", "DEBT_MEDIATION").get("/api/v1/norms")
                .then().statusCode(200).body("items.number", contains("1.1", "2.1"));
        Api.as(As.ANONYMOUS).queryParam("framework", published.id()).queryParam("serviceType", "WSNP").get("/api/v1/norms")
                .then().statusCode(200).body("items.number", contains("1.1", "1.2"));
    }

    @Test
    void filters_by_area_and_key_and_pages_in_number_order() {
        Imported published = aDocument().importAsAdmin().publish();
        Api.as(As.ANONYMOUS).queryParam("framework", published.id()).queryParam("area", 1).get("/api/v1/norms")
                .then().statusCode(200).body("items.number", contains("1.1", "1.2"));
        Api.as(As.ANONYMOUS).queryParam("framework", published.id()).queryParam("key", "belofte").get("/api/v1/norms")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].number", equalTo("2.1"));
        String next = Api.as(As.ANONYMOUS).queryParam("framework", published.id()).queryParam("limit", 2).get("/api/v1/norms")
                .then().statusCode(200).body("items.number", contains("1.1", "1.2")).extract().jsonPath().getString("next");
        Api.as(As.ANONYMOUS).queryParam("framework", published.id()).queryParam("limit", 2).queryParam("cursor", next).get("/api/v1/norms")
                .then().statusCode(200).body("items.number", contains("2.1")).body("next", equalTo(null));
    }

    @Test
    void unknown_norms_and_invalid_filters_answer_problems() {
        Api.as(As.ANONYMOUS).get("/api/v1/norms/{id}", "0b7e9a52-3d0c-4c55-9d1e-6f2a8b4c1d00").then().spec(problem(404));
        Api.malformedAs(As.ANONYMOUS).queryParam("area", 0).get("/api/v1/norms").then().spec(problem(422))
                .body("errors.field", hasItem("area"));
        Api.malformedAs(As.ANONYMOUS).queryParam("serviceType", "BUDGETBEHEER").get("/api/v1/norms").then().spec(problem(422))
                .body("errors[0].field", equalTo("serviceType"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("DEBT_MEDIATION"));
    }
}
