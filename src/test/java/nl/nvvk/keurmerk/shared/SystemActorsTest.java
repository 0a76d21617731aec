package nl.nvvk.keurmerk.shared;

import static nl.nvvk.keurmerk.organisation.OrganisationFixtures.anOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import jakarta.inject.Inject;
import nl.nvvk.keurmerk.organisation.OrganisationDtos.OrganisationRequest;
import nl.nvvk.keurmerk.organisation.OrganisationService;
import nl.nvvk.keurmerk.shared.security.Caller;
import nl.nvvk.keurmerk.shared.security.SystemActors;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.api.Test;

/** Background work acts as a named system actor, and the change history says so. */
@QuarkusTest
class SystemActorsTest {
    private static final Executor JOB_THREAD = runnable -> new Thread(runnable, "test-job").start();

    @Inject
    SystemActors systemActors;
    @Inject
    OrganisationService organisations;
    @Inject
    ObjectMapper json;
    @Inject
    Caller caller;

    @Test
    void a_change_made_by_a_job_is_recorded_as_its_system_actor() throws Exception {
        OrganisationRequest request = json.convertValue(anOrganisation().body(), OrganisationRequest.class);
        // A job runs on a thread of its own, outside any caller's request.
        String id = CompletableFuture.supplyAsync(() -> systemActors.run("demo-import", () -> organisations.register(request)), JOB_THREAD)
                .get(30, TimeUnit.SECONDS).body().id().toString();

        Api.as(As.ADMIN).queryParam("resourceType", "organisation").queryParam("resourceId", id).get("/api/v1/change-history")
                .then().statusCode(200)
                .body("items[0].action", equalTo("registered"))
                .body("items[0].actorSubject", equalTo("system:demo-import"))
                .body("items[0].actorRole", equalTo("system"))
                .body("items[0].actorTenant", nullValue());
    }

    @Test
    void in_a_request_context_a_scheduler_opened_the_job_acts_as_its_system_actor_and_then_gives_it_back() {
        // A test method runs in a request context of its own, as a scheduled job does.
        String seenBy = systemActors.run("nightly-job", () -> caller.subject() + " " + caller.scope().kind());
        assertThat(seenBy).isEqualTo("system:nightly-job SYSTEM");
        assertThat(caller.role()).isNotEqualTo("system");
    }

    @Test
    void a_system_actor_has_a_plain_name() {
        assertThatThrownBy(() -> systemActors.run("Nightly Job!", () -> null)).isInstanceOf(IllegalArgumentException.class);
    }
}
