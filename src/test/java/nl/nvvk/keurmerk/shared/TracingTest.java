package nl.nvvk.keurmerk.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.CapturedLog;
import org.junit.jupiter.api.Test;

/** Tracing switched on by configuration alone: a request continues the caller's trace, and its log lines say which. */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {
    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // On, with nowhere to send spans: what matters here is that the trace is taken up.
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.exporter", "none");
        }
    }

    @Test
    void a_request_continues_the_trace_of_its_traceparent_and_its_log_lines_carry_the_trace_id() {
        try (CapturedLog log = CapturedLog.of("nl.nvvk.keurmerk.audit.AuditService")) {
            String audit = AuditPackages.aPackage().pushSubmitted();
            Api.as(As.ADMIN).header("traceparent", "00-" + TRACE + "-b7ad6b7169203331-01").contentType("application/json")
                    .body(Map.of("outcome", "GRANT", "motivation", "Voldoet.")).post(AuditPackages.ONE_AUDIT + "/decision", audit)
                    .then().statusCode(200).header("X-Request-Id", TRACE);
            assertThat(log.mdcOf("decided GRANT", "traceId")).containsExactly(TRACE);
        }
        given().get("/q/health/live").then().statusCode(200);
    }
}
