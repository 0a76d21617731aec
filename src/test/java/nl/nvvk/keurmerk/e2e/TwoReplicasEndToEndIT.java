package nl.nvvk.keurmerk.e2e;

import static io.restassured.RestAssured.given;
import static nl.nvvk.keurmerk.testing.LocalKeycloak.clientToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.testing.Feed;
import nl.nvvk.keurmerk.testing.Fixtures;
import nl.nvvk.keurmerk.testing.LocalKeycloak;
import nl.nvvk.keurmerk.testing.PackagedService;
import nl.nvvk.keurmerk.testing.TestEnvironment;
import nl.nvvk.keurmerk.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged jar (the one Quarkus starts, and a second one started here) on one
 * PostgreSQL, with real Keycloak tokens: a certifying body's system (client credentials) and NVVK's,
 * through the main flow across both, and the refusals of tokens that must not pass.
 */
@QuarkusIntegrationTest
class TwoReplicasEndToEndIT {
    private static PackagedService second;
    private static String one;
    private static String two;

    @BeforeAll
    static void startTheSecondReplica() throws Exception {
        List<String> settings = new java.util.ArrayList<>(List.of(
                "quarkus.oidc.auth-server-url=" + LocalKeycloak.REALM_URL, "quarkus.oidc.public-key=", "quarkus.oidc.token.issuer=",
                "keurmerk.paging.cursor-key=end-to-end-cursor-key-not-a-secret-001", "keurmerk.schedule.milestones-every=1s"));
        TestEnvironment.WEBHOOKS_TO_LOOPBACK.forEach((name, value) -> settings.add(name + "=" + value));
        second = PackagedService.start(Path.of("target", "e2e", "second-replica.log"), TestEnvironment.databasePort(), settings);
        two = second.base;
    }

    /** The replica Quarkus started, where REST Assured points for this test. */
    @BeforeEach
    void findTheFirstReplica() {
        one = "http://127.0.0.1:" + RestAssured.port;
    }

    @AfterAll
    static void stopTheSecondReplica() throws Exception {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void pushed_on_one_replica_decided_on_the_other_verified_on_both_and_a_suspension_shows_on_the_other_within_a_second() throws Exception {
        String admin = clientToken("nvvk-admin-system", "nvvk-admin-system-demo-secret");
        String kiwa = clientToken("kiwa-system", "kiwa-system-demo-secret");
        String keurtoets = clientToken("keurtoets-system", "keurtoets-system-demo-secret");
        admitBody(admin, "KIWA");
        String kvk = Fixtures.uniqueKvk();
        at(one, admin).contentType("application/json").body(Map.of("kvkNumber", kvk, "name", "Organisatie " + kvk, "kind", "MUNICIPALITY",
                "membershipStatus", "MEMBER", "memberSince", "2020-01-01")).post("/api/v1/organisations").then().statusCode(201);

        // The body's system pushes and submits on replica one; the shortcoming's action was due on 2023-09-28.
        AuditPackages pack = AuditPackages.of(kvk).withAction("1.4", "SHORTCOMING");
        String audit = at(one, kiwa).contentType("application/json").body(pack.body()).put(AuditPackages.ONE_PACKAGE, pack.reference())
                .then().statusCode(201).extract().path("id");
        at(one, kiwa).post("/api/v1/audits/{id}/submission", audit).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        // Another body's system finds it on neither replica.
        at(one, keurtoets).get("/api/v1/audits/{id}", audit).then().statusCode(404);
        at(two, keurtoets).get("/api/v1/audits/{id}", audit).then().statusCode(404);

        // NVVK decides on replica two; both verify the certificate publicly.
        String number = at(two, admin).contentType("application/json").body(Map.of("outcome", "GRANT", "motivation", "Voldoet aan het kwaliteitskader."))
                .post("/api/v1/audits/{id}/decision", audit).then().statusCode(200).extract().path("decision.certificate.number");
        given().baseUri(two).get("/api/v1/public/certificates/{number}", number).then().statusCode(200).body("status", equalTo("ACTIVE"));
        assertThat(publicStatusWithin(one, number, "ACTIVE", 1_000)).as("ms until replica one shows the grant").isLessThan(1_000);

        // A suspension on replica one shows on replica two within a second.
        String certificate = at(one, admin).queryParam("kvkNumber", kvk).get("/api/v1/certificates").then().statusCode(200).extract().path("items[0].id");
        at(one, admin).contentType("application/json").body(Map.of("reason", "Klacht in onderzoek.")).post("/api/v1/certificates/{id}/suspension", certificate)
                .then().statusCode(200);
        given().baseUri(one).get("/api/v1/public/certificates/{number}", number).then().body("status", equalTo("SUSPENDED"));
        long shownAfter = publicStatusWithin(two, number, "SUSPENDED", 1_000);
        System.out.printf("two replicas: a suspension made on replica one showed on replica two after %d ms%n", shownAfter);
        assertThat(shownAfter).as("ms until replica two shows the suspension").isLessThan(1_000);
        // The verification page people open reads the same copy: replica two's page says so too.
        given().baseUri(two).accept("text/html").get("/api/v1/public/verify/{number}", number).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Niet geldig: Geschorst"));

        // Both replicas run the milestone job every second (clustered Quartz); the overdue action is one event.
        String action = at(one, admin).get("/api/v1/audits/{id}", audit).then().statusCode(200)
                .extract().path("findings.find { it.norm.number == '1.4' }.actions[0].id");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (overdueEvents(admin, action) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        Thread.sleep(4_000);
        assertThat(overdueEvents(admin, action)).as("IMPROVEMENT_ACTION_OVERDUE events for the action").isEqualTo(1);
        assertThat(count("select count(*) from qrtz_scheduler_state where last_checkin_time > extract(epoch from now()) * 1000 - 30000"))
                .as("replicas checked in to Quartz's cluster").isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from milestone where subject_id = '" + action + "'")).isEqualTo(1);
    }

    @Test
    void two_replicas_deliver_each_event_to_a_subscriber_once() throws Exception {
        String admin = clientToken("nvvk-admin-system", "nvvk-admin-system-demo-secret");
        String kiwa = clientToken("kiwa-system", "kiwa-system-demo-secret");
        admitBody(admin, "KIWA");
        java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger> byId = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Set<String> subjects = java.util.concurrent.ConcurrentHashMap.newKeySet();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byId.computeIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), id -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
            subjects.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("data").get("subjectId").asText());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String subscription = at(one, kiwa).contentType("application/json")
                    .body(Map.of("targetUrl", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "eventTypes", List.of("AUDIT_SUBMITTED")))
                    .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("id");
            java.util.Set<String> audits = new java.util.HashSet<>();
            for (int i = 0; i < 20; i++) {
                String kvk = Fixtures.uniqueKvk();
                at(one, admin).contentType("application/json").body(Map.of("kvkNumber", kvk, "name", "Organisatie " + kvk, "kind", "MUNICIPALITY",
                        "membershipStatus", "MEMBER", "memberSince", "2020-01-01")).post("/api/v1/organisations").then().statusCode(201);
                AuditPackages pack = AuditPackages.of(kvk).with("status", "SUBMITTED");
                audits.add(at(i % 2 == 0 ? one : two, kiwa).contentType("application/json").body(pack.body()).put(AuditPackages.ONE_PACKAGE, pack.reference())
                        .then().statusCode(201).extract().path("id"));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!subjects.containsAll(audits) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(2_000); // a second sender would have sent by now
            assertThat(subjects).containsAll(audits);
            assertThat(byId.values().stream().map(java.util.concurrent.atomic.AtomicInteger::get).filter(n -> n > 1).toList())
                    .as("webhook-ids delivered more than once").isEmpty();
            assertThat(count("select count(*) from webhook_delivery where subscription_id = '" + subscription + "' and status = 'DELIVERED' and attempts = 1"))
                    .isEqualTo(byId.size());
            at(two, kiwa).get("/api/v1/webhook-subscriptions/{id}/deliveries", subscription).then().statusCode(200);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void tampered_unsigned_other_issuers_and_expired_tokens_answer_401_on_both_replicas() throws Exception {
        String kiwa = clientToken("kiwa-system", "kiwa-system-demo-secret");
        String[] parts = kiwa.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String claimsNvvk = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"certifying_body\":\"KIWA\"", "\"certifying_body\":\"KEURTOETS\"").getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + claimsNvvk + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        // Another issuer: the same Keycloak's master realm (its admin), and a key nobody here trusts (the unit tests').
        String otherRealm = masterToken();
        String foreign = Tokens.issue("auditor-one", List.of("certifier"), Map.of("certifying_body", "KIWA"));
        String expired = expiredToken();
        // A portal user, by the password grant, is served by both replicas like the systems are.
        String member = LocalKeycloak.userToken("lid.zonnedijk", "lid-zonnedijk-demo");
        for (String replica : List.of(one, two)) {
            at(replica, kiwa).get("/api/v1/organisations").then().statusCode(200);
            at(replica, member).get("/api/v1/recertification-schedules").then().statusCode(200);
            for (String refused : List.of(tampered, unsigned, otherRealm, foreign, expired)) {
                at(replica, refused).get("/api/v1/organisations").then().statusCode(401);
            }
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** Polls the public answer until it shows the status; answers how many ms that took (or the limit). */
    private static long publicStatusWithin(String replica, String number, String status, long limitMillis) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (status.equals(given().baseUri(replica).get("/api/v1/public/certificates/{number}", number).path("status"))) {
                return elapsed;
            }
            if (elapsed >= limitMillis) {
                return limitMillis;
            }
            Thread.sleep(20);
        }
    }

    private static int overdueEvents(String admin, String action) {
        return Feed.about(() -> at(one, admin), "IMPROVEMENT_ACTION_OVERDUE", action).size();
    }

    private static final String KEYCLOAK = LocalKeycloak.REALM_URL.substring(0, LocalKeycloak.REALM_URL.indexOf("/realms/"));

    /** The local Keycloak's administrator (start-local.sh's bootstrap admin), a token of the master realm. */
    private static String masterToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli").formParam("username", "admin")
                .formParam("password", "admin").post(KEYCLOAK + "/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    /** A token Keycloak signed that has expired: keurtoets-system's tokens live 2 s for a moment. */
    @SuppressWarnings("unchecked")
    private static String expiredToken() throws InterruptedException {
        String keycloak = KEYCLOAK;
        String master = masterToken();
        String clients = keycloak + "/admin/realms/keurmerkregister/clients";
        Map<String, Object> client = given().auth().oauth2(master).queryParam("clientId", "keurtoets-system").get(clients)
                .then().statusCode(200).extract().jsonPath().getMap("[0]");
        Map<String, Object> attributes = new HashMap<>((Map<String, Object>) client.get("attributes"));
        Object before = attributes.get("access.token.lifespan");
        try {
            attributes.put("access.token.lifespan", "2");
            update(master, clients, client, attributes);
            String token = clientToken("keurtoets-system", "keurtoets-system-demo-secret");
            Thread.sleep(3_500);
            return token;
        } finally {
            if (before == null) {
                attributes.remove("access.token.lifespan");
            } else {
                attributes.put("access.token.lifespan", before);
            }
            update(master, clients, client, attributes);
        }
    }

    private static void update(String master, String clients, Map<String, Object> client, Map<String, Object> attributes) {
        Map<String, Object> changed = new HashMap<>(client);
        changed.put("attributes", attributes);
        given().auth().oauth2(master).contentType("application/json").body(changed).put(clients + "/" + client.get("id")).then().statusCode(204);
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:%d/postgres".formatted(TestEnvironment.databasePort()),
                "postgres", "postgres"); ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void admitBody(String admin, String code) {
        int status = at(one, admin).contentType("application/json").body(Map.of("code", code, "name", "Kiwa Nederland", "accreditationStatus", "ACCREDITED"))
                .post("/api/v1/certifying-bodies").then().extract().statusCode();
        assertThat(status).isIn(201, 409);
    }

    private static RequestSpecification at(String replica, String token) {
        return given().baseUri(replica).header("Authorization", "Bearer " + token);
    }
}
