package nl.nvvk.keurmerk.shared.ratelimit;

import static io.restassured.RestAssured.given;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import nl.nvvk.keurmerk.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Budgets of a few requests per 3 seconds, and 127.0.0.1 trusted as a proxy so each test can be
 * clients of its own through X-Forwarded-For. Every burst starts a fresh client, so it runs well
 * inside one window.
 */
@QuarkusTest
@TestProfile(RateLimitTest.TinyBudgets.class)
class RateLimitTest {
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final String FRAMEWORKS = "/api/v1/frameworks";
    private static final String ORGANISATIONS = "/api/v1/organisations";

    public static class TinyBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("keurmerk.rate-limit.public-read.requests", "5"),
                    Map.entry("keurmerk.rate-limit.public-read.window", "3s"),
                    Map.entry("keurmerk.rate-limit.authenticated-read.requests", "5"),
                    Map.entry("keurmerk.rate-limit.authenticated-read.window", "3s"),
                    Map.entry("keurmerk.rate-limit.write.requests", "3"),
                    Map.entry("keurmerk.rate-limit.write.window", "3s"),
                    Map.entry("keurmerk.rate-limit.trusted-proxies", "127.0.0.1"));
        }
    }

    @Test
    void a_burst_over_the_budget_gets_429_problem_with_retry_after_and_the_ratelimit_fields() {
        String client = newAddress();
        for (int remaining = 4; remaining >= 0; remaining--) {
            from(client).get(FRAMEWORKS).then().statusCode(200)
                    .header("RateLimit-Policy", "\"public-read\";q=5;w=3")
                    .header("RateLimit", matchesPattern("\"public-read\";r=" + remaining + ";t=[1-3]"));
        }
        from(client).get(FRAMEWORKS).then().spec(problem(429))
                .body("title", equalTo("Too many requests"))
                .body("detail", containsString("'public-read'"))
                .header("Retry-After", matchesPattern("[1-3]"))
                .header("RateLimit-Policy", "\"public-read\";q=5;w=3")
                .header("RateLimit", matchesPattern("\"public-read\";r=0;t=[1-3]"));
    }

    @Test
    void every_2xx_and_4xx_api_answer_counts_and_carries_the_fields() {
        String client = newAddress();
        from(client).get(FRAMEWORKS).then().statusCode(200).header("RateLimit", matchesPattern("\"public-read\";r=4;t=\\d+"));
        given().header("X-Forwarded-For", client).accept("application/json").get("/api/v1/onbekend").then().spec(problem(404))
                .header("RateLimit-Policy", "\"public-read\";q=5;w=3")
                .header("RateLimit", matchesPattern("\"public-read\";r=3;t=\\d+"));
        from(client).get(ORGANISATIONS).then().spec(problem(401))
                .header("RateLimit", matchesPattern("\"public-read\";r=2;t=\\d+"));
        given().header("X-Forwarded-For", client).contentType("application/json").body("{\"name\": \"" + "x".repeat(1_100_000) + "\"}")
                .post(ORGANISATIONS).then().spec(problem(413))
                .header("RateLimit-Policy", "\"write\";q=3;w=3")
                .header("RateLimit", matchesPattern("\"write\";r=2;t=\\d+"));
    }

    @Test
    void the_budget_recovers_after_retry_after() throws InterruptedException {
        String client = newAddress();
        IntStream.range(0, 5).forEach(i -> from(client).get(FRAMEWORKS).then().statusCode(200));
        long retryAfter = Long.parseLong(from(client).get(FRAMEWORKS).then().statusCode(429).extract().header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 3L);

        Thread.sleep(retryAfter * 1_000);

        from(client).get(FRAMEWORKS).then().statusCode(200).header("RateLimit", matchesPattern("\"public-read\";r=4;t=\\d+"));
    }

    @Test
    void one_clients_burst_does_not_limit_another() {
        String client = newAddress();
        exhaustPublicReads(client);
        from(newAddress()).get(FRAMEWORKS).then().statusCode(200).header("RateLimit", matchesPattern("\"public-read\";r=4;t=\\d+"));

        // Callers with a valid token are counted by subject, even behind an address that is spent.
        String certifier = Fixtures.certifierToken(Fixtures.uniqueBodyCode());
        String member = Fixtures.memberToken(Fixtures.uniqueKvk());
        for (int remaining = 4; remaining >= 0; remaining--) {
            from(client, certifier).get(FRAMEWORKS).then().statusCode(200)
                    .header("RateLimit-Policy", "\"authenticated-read\";q=5;w=3")
                    .header("RateLimit", matchesPattern("\"authenticated-read\";r=" + remaining + ";t=\\d+"));
        }
        from(client, certifier).get(FRAMEWORKS).then().spec(problem(429)).body("detail", containsString("'authenticated-read'"));
        from(client, member).get(FRAMEWORKS).then().statusCode(200).header("RateLimit", matchesPattern("\"authenticated-read\";r=4;t=\\d+"));
    }

    @Test
    void writes_have_their_own_budget() {
        String client = newAddress();
        for (int remaining = 2; remaining >= 0; remaining--) {
            write(client, null).then().spec(problem(401))
                    .header("RateLimit-Policy", "\"write\";q=3;w=3")
                    .header("RateLimit", matchesPattern("\"write\";r=" + remaining + ";t=\\d+"));
        }
        write(client, null).then().spec(problem(429)).header("Retry-After", matchesPattern("[1-3]"))
                .body("detail", containsString("'write'"));
        from(client).get(FRAMEWORKS).then().statusCode(200).header("RateLimit", matchesPattern("\"public-read\";r=4;t=\\d+"));

        String certifier = Fixtures.certifierToken(Fixtures.uniqueBodyCode());
        IntStream.range(0, 3).forEach(i -> write(client, certifier).then().spec(problem(403)));
        write(client, certifier).then().spec(problem(429));
        write(newAddress(), null).then().spec(problem(401)).header("RateLimit", matchesPattern("\"write\";r=2;t=\\d+"));
    }

    @Test
    void random_invalid_tokens_from_one_address_share_its_budget() {
        List<String> forged = IntStream.range(0, 6).mapToObj(i -> Tokens.forged("intruder-" + i, List.of("nvvk-admin"))).toList();
        String client = newAddress();
        for (int i = 0; i < 5; i++) {
            from(client, forged.get(i)).get(FRAMEWORKS).then().spec(problem(401))
                    .header("RateLimit", matchesPattern("\"public-read\";r=" + (4 - i) + ";t=\\d+"));
        }
        from(client, forged.get(5)).get(FRAMEWORKS).then().spec(problem(429));
        from(client, "not.a.token").get(FRAMEWORKS).then().spec(problem(429));
    }

    @Test
    void health_and_metrics_are_never_limited() {
        String client = newAddress();
        exhaustPublicReads(client);
        for (int i = 0; i < 8; i++) {
            given().header("X-Forwarded-For", client).get("/q/health/live").then().statusCode(200).header("RateLimit", nullValue());
        }
        given().header("X-Forwarded-For", client).get("/q/metrics").then().statusCode(200).header("RateLimit", nullValue());
    }

    private static void exhaustPublicReads(String client) {
        IntStream.range(0, 5).forEach(i -> from(client).get(FRAMEWORKS).then().statusCode(200));
        from(client).get(FRAMEWORKS).then().statusCode(429);
    }

    /** An empty organisation: refused (401, 403) or counted before its content is looked at. */
    private static Response write(String address, String token) {
        RequestSpecification request = Api.malformedAs(As.ANONYMOUS).header("X-Forwarded-For", address);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.contentType("application/json").body("{}").post(ORGANISATIONS);
    }

    /** A client address of its own (TEST-NET-2, RFC 5737). */
    private static String newAddress() {
        int n = CLIENTS.incrementAndGet();
        return "198.51.100." + n;
    }

    private static RequestSpecification from(String address) {
        return Api.as(As.ANONYMOUS).header("X-Forwarded-For", address);
    }

    private static RequestSpecification from(String address, String token) {
        return Api.withToken(token).header("X-Forwarded-For", address);
    }
}
