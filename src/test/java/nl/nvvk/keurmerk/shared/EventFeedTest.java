package nl.nvvk.keurmerk.shared;

import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import io.restassured.specification.RequestSpecification;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Feed;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The event feed: written with each change, read in commit order, scoped like the resources. */
@QuarkusTest
class EventFeedTest {
    private static final String EVENTS = "/api/v1/events";

    @Inject
    AgroalDataSource database;

    @Test
    void a_grant_and_the_steps_on_its_certificate_are_events_in_the_order_they_happened() {
        String start = tail(As.ADMIN);
        AuditPackages pack = AuditPackages.aPackage();
        String audit = pack.pushSubmitted();
        String certificate = Api.as(As.ADMIN).contentType("application/json").body(Map.of("outcome", "GRANT", "motivation", "Voldoet."))
                .post("/api/v1/audits/{id}/decision", audit).then().statusCode(200).extract().path("decision.certificate.id");
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("reason", "Onderzoek loopt."))
                .post("/api/v1/certificates/{id}/suspension", certificate).then().statusCode(200);

        List<Map<String, Object>> events = readAll(As.ADMIN, start, Map.of());
        List<Map<String, Object>> ours = events.stream().filter(e -> pack.kvk().equals(e.get("organisation"))).toList();
        assertThat(ours).extracting(e -> e.get("type"))
                .containsExactly("AUDIT_SUBMITTED", "CERTIFICATE_ISSUED", "AUDIT_DECIDED", "CERTIFICATE_SUSPENDED");
        assertThat(ours.get(0)).containsEntry("subjectId", audit).containsEntry("certifyingBody", Fixtures.OUR_BODY);
        @SuppressWarnings("unchecked")
        Map<String, Object> decided = (Map<String, Object>) ours.get(2).get("data");
        assertThat(decided).containsEntry("outcome", "GRANT").containsEntry("reference", pack.reference()).containsKey("certificate");
        @SuppressWarnings("unchecked")
        Map<String, Object> suspended = (Map<String, Object>) ours.get(3).get("data");
        assertThat(suspended).containsEntry("reason", "Onderzoek loopt.").containsEntry("number", decided.get("certificate"));

        // The type filter; repeated for several.
        List<Map<String, Object>> steps = readAll(As.ADMIN, start, Map.of("type", List.of("CERTIFICATE_SUSPENDED", "AUDIT_SUBMITTED")));
        assertThat(steps).extracting(e -> e.get("type")).containsOnly("CERTIFICATE_SUSPENDED", "AUDIT_SUBMITTED");
        assertThat(steps).extracting(e -> e.get("subjectId")).contains(audit, certificate);
    }

    @Test
    void a_body_reads_only_its_own_audits_events_and_a_member_only_its_organisations() {
        String fromAdmin = tail(As.ADMIN);
        String fromOurs = tail(As.CERTIFIER);
        String fromOther = tail(As.OTHER_CERTIFIER);
        AuditPackages pack = AuditPackages.aPackage();
        String memberToken = Fixtures.memberToken(pack.kvk());
        Supplier<RequestSpecification> member = () -> Api.withToken(memberToken);
        String fromMember = tail(member, null);
        String audit = pack.pushSubmitted();

        assertThat(readAll(As.ADMIN, fromAdmin, Map.of())).extracting(e -> e.get("subjectId")).contains(audit);
        assertThat(readAll(As.CERTIFIER, fromOurs, Map.of())).extracting(e -> e.get("subjectId")).contains(audit)
                .allSatisfy(subject -> assertThat(subject).isNotNull());
        assertThat(readAll(As.CERTIFIER, fromOurs, Map.of())).extracting(e -> e.get("certifyingBody")).containsOnly(Fixtures.OUR_BODY);
        assertThat(readAll(As.OTHER_CERTIFIER, fromOther, Map.of())).extracting(e -> e.get("subjectId")).doesNotContain(audit);
        assertThat(readAll(member, fromMember, Map.of())).extracting(e -> e.get("subjectId")).containsExactly(audit);
        assertThat(readAll(As.OTHER_MEMBER, null, Map.of())).extracting(e -> e.get("organisation")).allMatch(Fixtures.OTHER_KVK::equals);
    }

    @Test
    void a_poll_that_finds_nothing_moves_its_cursor_past_what_it_read_so_the_next_one_does_not_read_it_again() {
        String audit = AuditPackages.aPackage().pushSubmitted();
        // Follow only reinstatements to their end: the last, empty, answer still moves the cursor.
        String next = null;
        // Bounded: a few pages of reinstatements at most.
        for (int i = 0; i < 100; i++) {
            var request = Api.as(As.ADMIN).queryParam("type", "CERTIFICATE_REINSTATED").queryParam("limit", 200);
            if (next != null) {
                request.queryParam("after", next);
            }
            Response page = request.get(EVENTS);
            page.then().statusCode(200);
            next = page.path("next");
            if (page.path("items.size()").equals(0)) {
                break;
            }
        }
        assertThat(next).as("a cursor even when nothing matched").isNotNull();
        // The submission, of another type, lies before that cursor: the next poll does not read past it again.
        assertThat(readAll(As.ADMIN, next, Map.of())).extracting(e -> e.get("subjectId")).doesNotContain(audit);
    }

    @ParameterizedTest(name = "{0} reading the feed: {1}")
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER_WITHOUT_BODY,403", "MEMBER_WITHOUT_ORGANISATION,403", "EXPIRED,401", "FORGED,401"})
    void only_nvvk_bodies_and_members_read_the_feed(As caller, int status) {
        Api.malformedAs(caller).get(EVENTS).then().spec(problem(status));
    }

    @Test
    void a_cursor_that_is_not_one_of_the_feed_and_bad_parameters_are_422_naming_them() {
        String listCursor = Api.as(As.ADMIN).queryParam("limit", 1).get("/api/v1/certificates").path("next");
        if (listCursor != null) {
            Api.malformedAs(As.ADMIN).queryParam("after", listCursor).get(EVENTS).then().spec(problem(422)).body("errors[0].field", equalTo("after"));
        }
        Api.malformedAs(As.ADMIN).queryParam("after", "bm90LWEtY3Vyc29y").get(EVENTS).then().spec(problem(422)).body("errors[0].field", equalTo("after"));
        Api.malformedAs(As.ADMIN).queryParam("type", "EVERYTHING").get(EVENTS).then().spec(problem(422)).body("errors.field", hasItem("type"));
        Api.malformedAs(As.ADMIN).queryParam("limit", 0).get(EVENTS).then().spec(problem(422)).body("errors.field", hasItem("limit"));
        Api.malformedAs(As.ADMIN).queryParam("cursor", "x").get(EVENTS).then().spec(problem(422)).body("errors.field", hasItem("cursor"));
    }

    /**
     * Two transactions: the first writes an event and stays open; the second writes one and commits.
     * The feed shows neither while the first is open (showing the second would let a reader pass the
     * first for good), then both, the first one first.
     */
    @Test
    void an_event_committed_after_a_later_one_is_not_skipped() throws Exception {
        String start = tail(As.ADMIN);
        UUID early = UUID.nameUUIDFromBytes(("early " + System.nanoTime()).getBytes());
        UUID late = UUID.nameUUIDFromBytes(("late " + System.nanoTime()).getBytes());
        try (Connection first = database.getConnection(); Connection second = database.getConnection()) {
            first.setAutoCommit(false);
            insertEvent(first, early);
            insertEvent(second, late);

            List<Map<String, Object>> whileOpen = readAll(As.ADMIN, start, Map.of());
            assertThat(whileOpen).extracting(e -> e.get("subjectId")).doesNotContain(late.toString(), early.toString());
            String position = tail(As.ADMIN, start);
            first.commit();
            List<Map<String, Object>> after = readAll(As.ADMIN, position, Map.of());
            assertThat(after).extracting(e -> e.get("subjectId")).containsSubsequence(early.toString(), late.toString());
        }
    }

    /** Writers push submitted audits while a reader follows the feed; the reader sees every one of them exactly once. */
    @Test
    void a_reader_following_the_feed_while_writers_commit_sees_every_event_once() throws Exception {
        String start = tail(As.CERTIFIER);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                writers.add(pool.submit(() -> {
                    List<String> audits = new ArrayList<>();
                    // Bounded: 8 pushes per writer.
                    for (int i = 0; i < 8; i++) {
                        audits.add(AuditPackages.aPackage().pushSubmitted());
                    }
                    return audits;
                }));
            }
            Future<List<String>> reader = pool.submit(() -> {
                List<String> seen = new ArrayList<>();
                String position = start;
                // Bounded: until the writers are done, then one last read; each read at most 200 events.
                for (int reads = 0; reads < 10_000; reads++) {
                    boolean last = !writing.get();
                    Response page = Api.as(As.CERTIFIER).queryParam("after", position).queryParam("limit", 7).get(EVENTS);
                    page.then().statusCode(200);
                    List<Map<String, Object>> items = page.path("items");
                    items.stream().filter(e -> "AUDIT_SUBMITTED".equals(e.get("type"))).forEach(e -> seen.add((String) e.get("subjectId")));
                    position = page.path("next");
                    if (last && items.isEmpty()) {
                        return seen;
                    }
                }
                return seen;
            });
            Set<String> written = new HashSet<>();
            for (Future<List<String>> writer : writers) {
                written.addAll(writer.get(120, TimeUnit.SECONDS));
            }
            writing.set(false);
            List<String> seen = reader.get(120, TimeUnit.SECONDS);
            assertThat(written).hasSize(24);
            assertThat(seen).as("every audit submitted, exactly once").doesNotHaveDuplicates().containsAll(written);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void insertEvent(Connection connection, UUID subject) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("insert into event (type, occurred_at, subject_type, subject_id, body_code, data) "
                + "values ('AUDIT_SUBMITTED', now(), 'audit', ?, 'TEST-NOBODY', '{}')")) {
            insert.setObject(1, subject);
            insert.executeUpdate();
        }
    }

    /** The cursor past every event the caller may read now. */
    private static String tail(As caller) {
        return tail(() -> Api.as(caller), null);
    }

    private static String tail(As caller, String from) {
        return tail(() -> Api.as(caller), from);
    }

    private static String tail(Supplier<RequestSpecification> caller, String from) {
        String position = from;
        // Bounded: a test database holds a few thousand events at most.
        for (int i = 0; i < 1_000; i++) {
            RequestSpecification request = caller.get().queryParam("limit", 200);
            if (position != null) {
                request.queryParam("after", position);
            }
            Response page = request.get(EVENTS);
            page.then().statusCode(200);
            String next = page.path("next");
            if (page.path("items.size()").equals(0)) {
                return next;
            }
            position = next;
        }
        throw new IllegalStateException("the feed did not end");
    }

    private static List<Map<String, Object>> readAll(As caller, String from, Map<String, Object> filters) {
        return readAll(() -> Api.as(caller), from, filters);
    }

    private static List<Map<String, Object>> readAll(Supplier<RequestSpecification> caller, String from, Map<String, Object> filters) {
        return Feed.read(caller, from, filters);
    }
}
