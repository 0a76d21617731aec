package nl.nvvk.keurmerk.webhook;

import static nl.nvvk.keurmerk.audit.AuditPackages.aPackage;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signed webhooks from the outbox, to receivers on 127.0.0.1 (the test profile allows them; production does not). */
@QuarkusTest
class WebhookTest {
    private static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";
    private static final String ONE = SUBSCRIPTIONS + "/{id}";
    private static final Duration SOON = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Receiver> receivers = new ArrayList<>();
    private final List<Runnable> cleanUp = new ArrayList<>();

    @AfterEach
    void unsubscribe() {
        cleanUp.forEach(Runnable::run);
        receivers.forEach(Receiver::close);
    }

    @Test
    void a_certifier_receives_its_audits_events_signed_as_standard_webhooks_sign_them() throws Exception {
        Receiver receiver = receiver();
        Map<String, Object> made = subscribe(() -> Api.as(As.CERTIFIER), receiver, List.of());
        String secret = (String) made.get("secret");
        assertThat(secret).startsWith("whsec_");
        Api.as(As.CERTIFIER).get(ONE, made.get("id")).then().statusCode(200).body("secret", nullValue()).body("ownerKind", equalTo("CERTIFYING_BODY"))
                .body("owner", equalTo(Fixtures.OUR_BODY));

        String audit = aPackage().pushSubmitted();
        Receiver.Received hook = receiver.await(r -> subject(r).equals(audit) && type(r).equals("AUDIT_SUBMITTED"), SOON);

        assertThat(verifies(secret, hook)).as("the signature, checked independently").isTrue();
        long timestamp = Long.parseLong(hook.header("webhook-timestamp"));
        assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).as("webhook-timestamp is now").isLessThan(300);
        JsonNode payload = JSON.readTree(hook.body());
        assertThat(payload.get("data").get("certifyingBody").asText()).isEqualTo(Fixtures.OUR_BODY);
        assertThat(payload.get("data").get("subjectType").asText()).isEqualTo("audit");
        assertThat(hook.header("Content-Type")).startsWith("application/json");

        String deliveryId = hook.header("webhook-id");
        awaitLog(made.get("id"), () -> Api.as(As.CERTIFIER), deliveryId, "DELIVERED");
        Api.as(As.CERTIFIER).queryParam("status", "DELIVERED").get(ONE + "/deliveries", made.get("id")).then().statusCode(200)
                .body("items.id", hasItem(deliveryId)).body("items.find { it.id == '" + deliveryId + "' }.attempts", equalTo(1))
                .body("items.find { it.id == '" + deliveryId + "' }.lastStatus", equalTo(200))
                .body("items.find { it.id == '" + deliveryId + "' }.lastAnswer", equalTo("ok"));
    }

    @Test
    void each_subscriber_gets_exactly_the_events_its_scope_admits_and_of_its_types() throws Exception {
        Receiver ours = receiver();
        Receiver otherBody = receiver();
        Receiver otherMember = receiver();
        Receiver member = receiver();
        Receiver nvvkDecisions = receiver();
        AuditPackages pack = aPackage();
        subscribe(() -> Api.as(As.CERTIFIER), ours, List.of());
        subscribe(() -> Api.as(As.OTHER_CERTIFIER), otherBody, List.of());
        subscribe(() -> Api.as(As.OTHER_MEMBER), otherMember, List.of());
        // The organisation does not exist before the package: register it by pushing, then subscribe as it, then act.
        String audit = pack.pushSubmitted();
        subscribe(() -> Api.withToken(Fixtures.memberToken(pack.kvk())), member, List.of());
        subscribe(() -> Api.as(As.ADMIN), nvvkDecisions, List.of("AUDIT_DECIDED"));

        Api.as(As.ADMIN).contentType("application/json").body(Map.of("outcome", "REFUSE", "motivation", "Voldoet niet."))
                .post("/api/v1/audits/{id}/decision", audit).then().statusCode(200);
        ours.await(r -> subject(r).equals(audit) && type(r).equals("AUDIT_DECIDED"), SOON);
        member.await(r -> subject(r).equals(audit) && type(r).equals("AUDIT_DECIDED"), SOON);
        nvvkDecisions.await(r -> subject(r).equals(audit) && type(r).equals("AUDIT_DECIDED"), SOON);
        Thread.sleep(1_000); // rounds run every 50 ms: anything else would have come by now
        assertThat(otherBody.drain().stream().filter(r -> subject(r).equals(audit)).toList()).as("another body").isEmpty();
        assertThat(otherMember.drain().stream().filter(r -> subject(r).equals(audit)).toList()).as("another organisation").isEmpty();
        assertThat(nvvkDecisions.drain().stream().map(WebhookTest::type).filter(t -> !t.equals("AUDIT_DECIDED")).toList()).as("other types").isEmpty();
        assertThat(member.drain().stream().map(WebhookTest::organisation).filter(kvk -> !kvk.equals(pack.kvk())).toList()).as("other organisations").isEmpty();
    }

    @Test
    void a_failing_receiver_is_retried_with_growing_waits_and_in_feed_order_per_organisation() throws Exception {
        Receiver receiver = receiver();
        receiver.answer(200, 503, 500);
        String id = (String) subscribe(() -> Api.as(As.CERTIFIER), receiver, List.of("AUDIT_SUBMITTED", "AUDIT_DECIDED")).get("id");
        String audit = aPackage().pushSubmitted();
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("outcome", "REFUSE", "motivation", "Voldoet niet."))
                .post("/api/v1/audits/{id}/decision", audit).then().statusCode(200);

        Receiver.Received first = receiver.await(r -> subject(r).equals(audit), SOON);
        Receiver.Received second = receiver.await(r -> subject(r).equals(audit), SOON);
        Receiver.Received third = receiver.await(r -> subject(r).equals(audit), SOON);
        assertThat(List.of(first, second, third)).extracting(r -> r.header("webhook-id")).containsOnly(first.header("webhook-id"));
        assertThat(type(first)).isEqualTo("AUDIT_SUBMITTED");
        assertThat((second.atNanos() - first.atNanos()) / 1e6).as("ms before the first retry").isGreaterThanOrEqualTo(75);
        assertThat((third.atNanos() - second.atNanos()) / 1e6).as("ms before the second retry").isGreaterThanOrEqualTo(150);
        // The decision waited for the submission to be delivered: feed order per organisation.
        Receiver.Received decided = receiver.await(r -> subject(r).equals(audit) && type(r).equals("AUDIT_DECIDED"), SOON);
        assertThat(decided.atNanos()).isGreaterThan(third.atNanos());
        awaitLog(id, () -> Api.as(As.CERTIFIER), first.header("webhook-id"), "DELIVERED");
        Api.as(As.CERTIFIER).get(ONE + "/deliveries", id).then()
                .body("items.find { it.id == '" + first.header("webhook-id") + "' }.attempts", equalTo(3));
    }

    @Test
    void a_receiver_failing_past_the_window_pauses_the_subscription_which_says_why_and_resumes_with_the_delivery_asked_again() throws Exception {
        Receiver receiver = receiver();
        receiver.answer(500);
        String id = (String) subscribe(() -> Api.as(As.CERTIFIER), receiver, List.of("AUDIT_SUBMITTED")).get("id");
        String audit = aPackage().pushSubmitted();
        String delivery = receiver.await(r -> subject(r).equals(audit), SOON).header("webhook-id");

        long until = System.nanoTime() + SOON.toNanos();
        while (!Boolean.TRUE.equals(Api.as(As.CERTIFIER).get(ONE, id).then().extract().path("paused")) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        Api.as(As.CERTIFIER).get(ONE, id).then().body("paused", equalTo(true)).body("pauseReason", org.hamcrest.Matchers.containsString("answer 500"));
        awaitLog(id, () -> Api.as(As.CERTIFIER), delivery, "FAILED");

        receiver.answer(200);
        receiver.drain();
        Api.as(As.CERTIFIER).post(ONE + "/resumption", id).then().statusCode(200).body("paused", equalTo(false)).body("pauseReason", nullValue());
        Api.malformedAs(As.CERTIFIER).post(ONE + "/resumption", id).then().spec(problem(409));
        Api.as(As.CERTIFIER).post(ONE + "/deliveries/{delivery}/redelivery", id, delivery).then().statusCode(200).body("status", equalTo("PENDING"));
        receiver.await(r -> delivery.equals(r.header("webhook-id")), SOON);
        awaitLog(id, () -> Api.as(As.CERTIFIER), delivery, "DELIVERED");
    }

    @Test
    void after_a_rotation_both_secrets_sign_during_the_overlap() throws Exception {
        Receiver receiver = receiver();
        Map<String, Object> made = subscribe(() -> Api.as(As.CERTIFIER), receiver, List.of("AUDIT_SUBMITTED"));
        String old = (String) made.get("secret");
        String rotated = Api.as(As.CERTIFIER).post(ONE + "/secret-rotation", made.get("id")).then().statusCode(200)
                .body("previousSecretValidUntil", org.hamcrest.Matchers.notNullValue()).extract().path("secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(old);
        Api.as(As.CERTIFIER).get(ONE, made.get("id")).then().body("secret", nullValue());

        String audit = aPackage().pushSubmitted();
        Receiver.Received hook = receiver.await(r -> subject(r).equals(audit), SOON);
        assertThat(hook.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(verifies(rotated, hook)).isTrue();
        assertThat(verifies(old, hook)).isTrue();
        assertThat(verifies("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), hook)).as("another secret").isFalse();
    }

    @Test
    void a_bad_subscription_is_422_naming_the_field_and_nothing_is_stored() {
        int before = Api.as(As.CERTIFIER).queryParam("limit", 200).get(SUBSCRIPTIONS).then().extract().path("items.size()");
        for (String url : List.of("ftp://example.org/hook", "not a url", "/relative/hook", "https://user:secret@example.org/hook", "https://example.org/a#b")) {
            Api.malformedAs(As.CERTIFIER).contentType("application/json").body(Map.of("targetUrl", url)).post(SUBSCRIPTIONS)
                    .then().spec(problem(422)).body("errors[0].field", equalTo("targetUrl"));
        }
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(Map.of("active", true)).post(SUBSCRIPTIONS)
                .then().spec(problem(422)).body("errors[0].field", equalTo("targetUrl"));
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(Map.of("targetUrl", "https://example.org/hook", "eventTypes", List.of("NOTHING")))
                .post(SUBSCRIPTIONS).then().spec(problem(400));
        assertThat((int) Api.as(As.CERTIFIER).queryParam("limit", 200).get(SUBSCRIPTIONS).then().extract().path("items.size()")).isEqualTo(before);

        Receiver receiver = receiverQuietly();
        String id = (String) subscribe(() -> Api.as(As.CERTIFIER), receiver, List.of("AUDIT_SUBMITTED")).get("id");
        Api.malformedAs(As.CERTIFIER).queryParam("status", "LOST").get(ONE + "/deliveries", id).then().spec(problem(422)).body("errors[0].field", equalTo("status"));
        Api.malformedAs(As.CERTIFIER).get(ONE, "nope").then().spec(problem(422)).body("errors[0].field", equalTo("id"));
        Api.malformedAs(As.CERTIFIER).contentType("application/json").body(Map.of("targetUrl", "https://example.org/other")).put(ONE, id)
                .then().spec(problem(428));
        String unknown = java.util.UUID.randomUUID().toString();
        Api.malformedAs(As.CERTIFIER).post(ONE + "/deliveries/{delivery}/redelivery", id, unknown).then().spec(problem(404));
        Api.malformedAs(As.CERTIFIER).header("Accept-Language", "nl").post(ONE + "/deliveries/{delivery}/redelivery", id, unknown)
                .then().spec(problem(404)).header("Content-Language", "nl").body("detail", equalTo("Geen aflevering met id " + unknown));
        Api.malformedAs(As.CERTIFIER).header("Accept-Language", "nl").post(ONE + "/resumption", id).then().spec(problem(409))
                .header("Content-Language", "nl").body("title", equalTo("Conflict met de huidige toestand"))
                .body("detail", equalTo("Abonnement " + id + " is niet gepauzeerd"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER_WITHOUT_BODY,403", "MEMBER_WITHOUT_ORGANISATION,403", "EXPIRED,401"})
    void only_nvvk_a_body_or_a_member_organisation_subscribes(As caller, int status) {
        Api.malformedAs(caller).contentType("application/json").body(Map.of("targetUrl", "https://example.org/hook")).post(SUBSCRIPTIONS)
                .then().spec(problem(status));
        Api.malformedAs(caller).get(SUBSCRIPTIONS).then().spec(problem(status));
    }

    @Test
    void another_tenant_neither_sees_nor_changes_a_subscription() {
        Receiver receiver = receiverQuietly();
        Map<String, Object> made = subscribe(() -> Api.as(As.CERTIFIER), receiver, List.of("AUDIT_SUBMITTED"));
        Object id = made.get("id");
        for (As other : List.of(As.OTHER_CERTIFIER, As.MEMBER, As.OTHER_MEMBER)) {
            Api.malformedAs(other).get(ONE, id).then().spec(problem(404));
            Api.malformedAs(other).post(ONE + "/secret-rotation", id).then().spec(problem(404));
            Api.malformedAs(other).get(ONE + "/deliveries", id).then().spec(problem(404));
            Api.as(other).queryParam("limit", 200).get(SUBSCRIPTIONS).then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        }
        Api.as(As.ADMIN).get(ONE, id).then().statusCode(200).body("secret", nullValue());
    }

    private Receiver receiver() throws Exception {
        Receiver receiver = new Receiver();
        receivers.add(receiver);
        return receiver;
    }

    private Receiver receiverQuietly() {
        try {
            return receiver();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> subscribe(Supplier<RequestSpecification> as, Receiver receiver, List<String> types) {
        Map<String, Object> request = new HashMap<>(Map.of("targetUrl", receiver.url()));
        if (!types.isEmpty()) {
            request.put("eventTypes", types);
        }
        Map<String, Object> made = as.get().contentType("application/json").body(request).post(SUBSCRIPTIONS).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(SUBSCRIPTIONS + "/")).body("active", equalTo(true))
                .body("targetUrl", equalTo(receiver.url())).extract().as(Map.class);
        cleanUp.add(() -> {
            String etag = as.get().get(ONE, made.get("id")).then().statusCode(200).extract().header("ETag");
            as.get().header("If-Match", etag).contentType("application/json").body(Map.of("targetUrl", receiver.url(), "active", false))
                    .put(ONE, made.get("id")).then().statusCode(200).body("active", equalTo(false));
        });
        return made;
    }

    private static void awaitLog(Object subscription, Supplier<RequestSpecification> as, String delivery, String status) throws InterruptedException {
        long until = System.nanoTime() + SOON.toNanos();
        String seen = null;
        while (System.nanoTime() < until) {
            seen = as.get().queryParam("limit", 200).get(ONE + "/deliveries", subscription).then().statusCode(200)
                    .extract().path("items.find { it.id == '" + delivery + "' }.status");
            if (status.equals(seen)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Delivery " + delivery + " is " + seen + ", not " + status);
    }

    /** The receiver's side of Standard Webhooks, written here from the specification: HMAC-SHA256 of "id.timestamp.body". */
    static boolean verifies(String secret, Receiver.Received hook) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] signed = (hook.header("webhook-id") + "." + hook.header("webhook-timestamp") + ".").getBytes(StandardCharsets.UTF_8);
        mac.update(signed);
        byte[] expected = mac.doFinal(hook.body());
        for (String signature : hook.header("webhook-signature").split(" ")) {
            if (signature.startsWith("v1,") && java.security.MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    private static String subject(Receiver.Received hook) {
        return field(hook, "subjectId");
    }

    private static String type(Receiver.Received hook) {
        return field(hook, "type");
    }

    private static String organisation(Receiver.Received hook) {
        return field(hook, "organisation");
    }

    private static String field(Receiver.Received hook, String name) {
        try {
            JsonNode value = JSON.readTree(hook.body()).get("data").get(name);
            return value == null ? "" : value.asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
