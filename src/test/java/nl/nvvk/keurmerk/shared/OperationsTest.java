package nl.nvvk.keurmerk.shared;

import static io.restassured.RestAssured.given;
import static nl.nvvk.keurmerk.audit.AuditPackages.ONE_AUDIT;
import static nl.nvvk.keurmerk.audit.AuditPackages.aPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.CapturedLog;
import org.junit.jupiter.api.Test;

/** What operations watches: health with the database, Prometheus metrics with the business's own, and request ids in the logs. */
@QuarkusTest
class OperationsTest {

    @Test
    void readiness_includes_the_database() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metrics_are_exposed_for_prometheus() {
        given().get("/api/v1/frameworks").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    void every_answer_carries_a_request_id_the_clients_own_when_plain_else_the_trace_id_else_a_fresh_one() {
        given().header("X-Request-Id", "portal-7f3a.42").get("/api/v1/frameworks").then().header("X-Request-Id", "portal-7f3a.42");
        given().header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").get("/api/v1/frameworks")
                .then().header("X-Request-Id", "4bf92f3577b34da6a3ce929d0e0e4736");
        String fresh = given().get("/api/v1/frameworks").then().header("X-Request-Id", matchesPattern("[0-9a-f]{32}")).extract().header("X-Request-Id");
        assertThat(given().get("/api/v1/frameworks").header("X-Request-Id")).isNotEqualTo(fresh);
        // Not plain (markup, too long): not taken, so it cannot reach a log line.
        given().header("X-Request-Id", "<script>").get("/api/v1/frameworks").then().header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
        given().header("X-Request-Id", "x".repeat(101)).get("/api/v1/frameworks").then().header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
        // Refusals too: a 401 and the router's 404.
        given().header("X-Request-Id", "no-token-1").get("/api/v1/organisations").then().statusCode(401).header("X-Request-Id", "no-token-1");
        given().header("X-Request-Id", "nowhere-1").get("/api/v1/nowhere").then().statusCode(404).header("X-Request-Id", "nowhere-1");
    }

    @Test
    void a_log_line_written_while_serving_a_request_on_a_worker_thread_carries_its_id() {
        try (CapturedLog log = CapturedLog.of("nl.nvvk.keurmerk.audit.AuditService")) {
            String audit = aPackage().pushSubmitted();
            Api.as(As.ADMIN).header("X-Request-Id", "decision-" + audit).contentType("application/json")
                    .body(Map.of("outcome", "GRANT", "motivation", "Voldoet.")).post(ONE_AUDIT + "/decision", audit).then().statusCode(200);
            assertThat(log.mdcOf("decided GRANT", "requestId")).containsExactly("decision-" + audit);
        }
    }

    @Test
    void pushes_decisions_and_certificates_by_status_are_counted() {
        double pushedBefore = metric("keurmerk_audit_push_seconds_count", "outcome=\"created\"");
        double grantsBefore = metric("keurmerk_audit_decisions_total", "outcome=\"GRANT\"");
        String audit = aPackage().pushSubmitted();
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("outcome", "GRANT", "motivation", "Voldoet.")).post(ONE_AUDIT + "/decision", audit)
                .then().statusCode(200);
        // A decision refused (already decided) is not counted.
        Api.malformedAs(As.ADMIN).contentType("application/json").body(Map.of("outcome", "GRANT", "motivation", "Nogmaals.")).post(ONE_AUDIT + "/decision", audit)
                .then().statusCode(409);

        assertThat(metric("keurmerk_audit_push_seconds_count", "outcome=\"created\"")).isEqualTo(pushedBefore + 1);
        assertThat(metric("keurmerk_audit_decisions_total", "outcome=\"GRANT\"")).isEqualTo(grantsBefore + 1);
        assertThat(metric("keurmerk_certificates", "status=\"ACTIVE\"")).isPositive();
        given().get("/q/metrics").then().body(containsString("keurmerk_audit_push_seconds_bucket"));
    }

    /** A series' value at /q/metrics, 0 when it has none yet. */
    private static double metric(String name, String label) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(label) + "[^}]*} ([0-9.E+-]+)$").matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
