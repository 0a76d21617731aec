package nl.nvvk.keurmerk.shared;

import static nl.nvvk.keurmerk.organisation.OrganisationFixtures.anOrganisation;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures.Registered;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ChangeHistoryResourceTest {

    @Test
    void every_change_records_who_when_and_what() {
        Registered organisation = anOrganisation().register();
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", organisation.etag())
                .body(organisation.bodyWith("name", "Gemeente Hernoemd")).put("/api/v1/organisations/{id}", organisation.id())
                .then().statusCode(200);

        Api.as(As.ADMIN).queryParam("resourceType", "organisation").queryParam("resourceId", organisation.id())
                .get("/api/v1/change-history").then().statusCode(200)
                .body("items.action", contains("registered", "revised"))
                .body("items[0].actorSubject", equalTo("nvvk-staff"))
                .body("items[0].actorRole", equalTo("nvvk-admin"))
                .body("items[0].changes.kvkNumber.to", equalTo(organisation.kvk()))
                .body("items[1].changes.name.from", equalTo(organisation.body().get("name")))
                .body("items[1].changes.name.to", equalTo("Gemeente Hernoemd"));
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "MEMBER,403"})
    void only_nvvk_reads_the_history(As caller, int status) {
        Registered organisation = anOrganisation().register();
        Api.as(caller).queryParam("resourceType", "organisation").queryParam("resourceId", organisation.id())
                .get("/api/v1/change-history").then().spec(problem(status));
    }

    @Test
    void the_resource_must_be_named() {
        Api.malformedAs(As.ADMIN).get("/api/v1/change-history").then().spec(problem(422))
                .body("errors.field", hasItem("resourceType"));
    }
}
