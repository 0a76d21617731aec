package nl.nvvk.keurmerk.shared;

import static nl.nvvk.keurmerk.organisation.OrganisationFixtures.anOrganisation;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures.Registered;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.TestEnvironment;
import org.junit.jupiter.api.Test;

/** The database going away is a 503 the client can retry, not a 500; the service recovers by itself. */
@QuarkusTest
class DatabaseOutageTest {
    @Inject
    AgroalDataSource database;

    @Test
    void with_the_database_stopped_every_request_answers_503_and_afterwards_nothing_is_lost() throws InterruptedException {
        Registered before = anOrganisation().register();
        OrganisationFixtures during = anOrganisation();

        TestEnvironment.stopDatabase();
        try {
            Api.as(As.ADMIN).get("/api/v1/organisations/{id}", before.id())
                    .then().spec(problem(503)).header("Retry-After", "5").body("type", equalTo("https://keurmerkregister.nvvk.nl/problems/database-unavailable"));
            Api.as(As.ADMIN).contentType("application/json").body(during.body()).post("/api/v1/organisations")
                    .then().spec(problem(503)).header("Retry-After", "5");
            Api.as(As.ANONYMOUS).get("/api/v1/frameworks").then().spec(problem(503));
            // The public register answers from memory, but only while it can confirm its copy is current: past a second, 503.
            Thread.sleep(1_200);
            Api.as(As.ANONYMOUS).get("/api/v1/public/certificates/{number}", "NVVK-0000-0000-0000").then().spec(problem(503))
                    .header("Retry-After", "1").body("type", equalTo("https://keurmerkregister.nvvk.nl/problems/register-unavailable"));
        } finally {
            TestEnvironment.startDatabase();
        }

        awaitRecovery();
        Api.as(As.ADMIN).get("/api/v1/organisations/{id}", before.id()).then().statusCode(200).body("name", equalTo(before.body().get("name")));
        Api.as(As.ADMIN).queryParam("kvkNumber", during.kvk()).get("/api/v1/organisations").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void with_every_pooled_connection_taken_a_request_answers_503_instead_of_waiting_forever() throws SQLException {
        List<Connection> taken = new ArrayList<>();
        try {
            // Bounded: the pool's own maximum.
            for (int i = 0; i < database.getConfiguration().connectionPoolConfiguration().maxSize(); i++) {
                taken.add(database.getConnection());
            }
            Api.as(As.ANONYMOUS).get("/api/v1/frameworks").then().spec(problem(503)).header("Retry-After", "5");
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
        Api.as(As.ANONYMOUS).get("/api/v1/frameworks").then().statusCode(200);
    }

    /** Pooled connections to the stopped server are discarded as they fail; a bounded wait for a fresh one, and for the public register to refresh. */
    private static void awaitRecovery() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = 0;
        while (Instant.now().isBefore(deadline)) {
            status = Api.as(As.ANONYMOUS).get("/api/v1/frameworks").then().extract().statusCode();
            int register = Api.as(As.ANONYMOUS).get("/api/v1/public/certificates/{number}", "NVVK-0000-0000-0000").then().extract().statusCode();
            if (status == 200 && register == 404) {
                return;
            }
            assertThat(status).as("while recovering").isIn(200, 503);
            assertThat(register).as("the register while recovering").isIn(404, 503);
            Thread.sleep(100);
        }
        assertThat(status).as("recovered within a minute").isEqualTo(200);
    }
}
