package nl.nvvk.keurmerk.shared.security;

import static nl.nvvk.keurmerk.testing.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With rate limiting off (a deployment that limits at its edge), nothing resolves the token before the
 * REST layer: the checks before an endpoint served on the event loop (public verification) must then
 * wait for the token without blocking, and answer as they do with the limiter on — never a 500.
 */
@QuarkusTest
@TestProfile(WithoutRateLimitingTest.RateLimitingOff.class)
class WithoutRateLimitingTest {
    /** Well-formed, never issued. */
    private static final String NEVER_ISSUED = "NVVK-0000-0000-0000";

    public static class RateLimitingOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("keurmerk.rate-limit.enabled", "false");
        }
    }

    @ParameterizedTest(name = "{0} verifying a certificate on the event loop: {1}")
    @CsvSource({"ANONYMOUS,404", "ADMIN,404", "CERTIFIER,404", "MEMBER,404", "NO_ROLE,404",
            "CERTIFIER_WITHOUT_BODY,403", "MEMBER_WITHOUT_ORGANISATION,403", "EXPIRED,401", "FORGED,401", "WRONG_AUDIENCE,401"})
    void every_caller_gets_its_answer_and_none_a_500(As caller, int status) {
        Api.malformedAs(caller).get("/api/v1/public/certificates/{number}", NEVER_ISSUED).then().spec(problem(status));
    }
}
