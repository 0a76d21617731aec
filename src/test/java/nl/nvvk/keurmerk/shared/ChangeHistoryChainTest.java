package nl.nvvk.keurmerk.shared;

import static nl.nvvk.keurmerk.organisation.OrganisationFixtures.anOrganisation;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.nvvk.keurmerk.shared.history.HistoryChain;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures.Registered;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The change history's hash chain: entries altered, deleted or inserted behind the service's back are
 * found, and concurrent writers leave the chain intact. Every tampering is undone before the test ends
 * (the tests share one database), and the chain is verified intact again.
 */
@QuarkusTest
class ChangeHistoryChainTest {
    private static final String VERIFICATION = "/api/v1/change-history/verification";
    private static final String FORGED = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
    /** Generous against a loaded machine: the sealer runs every 50 ms in the tests, every 500 ms in production. */
    private static final Duration SEALED_WITHIN = Duration.ofSeconds(10);

    @Inject
    AgroalDataSource database;

    @AfterEach
    void the_chain_is_intact_again() {
        JsonPath answer = verify();
        assertThat(answer.getBoolean("intact")).as("verification after the test: %s", answer.prettify()).isTrue();
    }

    @Test
    void an_untouched_history_verifies_up_to_its_last_entry() {
        Registered organisation = anOrganisation().register();
        JsonPath last = lastEntryOf(organisation);

        JsonPath answer = verify();

        assertThat(answer.getBoolean("intact")).isTrue();
        assertThat(answer.getLong("verified")).isEqualTo(answer.getLong("length")).isGreaterThanOrEqualTo(last.getLong("sequence"));
        assertThat(answer.getString("firstBreak")).isNull();
        if (answer.getLong("length") == last.getLong("sequence")) {
            assertThat(answer.getString("head")).isEqualTo(last.getString("hash"));
        }
        assertThat(last.getString("hash")).matches("[0-9a-f]{64}");
    }

    @Test
    void an_entry_gets_its_place_after_its_commit_next_to_the_entry_before_it() throws SQLException {
        Registered organisation = anOrganisation().register();
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", organisation.etag())
                .body(organisation.bodyWith("name", "Gemeente Hernoemd")).put("/api/v1/organisations/{id}", organisation.id())
                .then().statusCode(200);

        List<JsonPath> entries = entriesOf(organisation);

        assertThat(entries.get(1).getLong("sequence")).isGreaterThan(entries.get(0).getLong("sequence"));
        try (Connection connection = database.getConnection();
             PreparedStatement link = connection.prepareStatement("""
                     select c.hash = change_history_hash(c.sequence, c.id, c.resource_type, c.resource_id, c.action, c.actor_subject,
                                                         c.actor_role, c.actor_tenant, c.occurred_at, c.changes, p.hash)
                     from change_history c join change_history p on p.sequence = c.sequence - 1 where c.id = cast(? as uuid)""")) {
            link.setString(1, entries.get(1).getString("id"));
            try (ResultSet row = link.executeQuery()) {
                assertThat(row.next()).as("the entry before it in the chain").isTrue();
                assertThat(row.getBoolean(1)).as("the sealer's hash (Java) is the one the database recomputes").isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "changes = jsonb_set(changes, '{name,to}', '\"Gemeente Vervalst\"')",
            "actor_subject = 'someone-else'",
            "actor_tenant = 'KIWA'",
            "occurred_at = occurred_at - interval '1 microsecond'",
            "resource_id = gen_random_uuid()",
            "action = 'retired'"})
    void an_entry_altered_in_the_database_is_named(String alteration) throws SQLException {
        Registered organisation = anOrganisation().register();
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", organisation.etag())
                .body(organisation.bodyWith("name", "Gemeente Hernoemd")).put("/api/v1/organisations/{id}", organisation.id())
                .then().statusCode(200);
        JsonPath registered = entriesOf(organisation).get(0);
        try (Tampering tampering = new Tampering(registered.getString("id"))) {
            tampering.execute("update change_history set " + alteration + " where id = ?");

            JsonPath answer = verify();

            assertThat(answer.getBoolean("intact")).isFalse();
            assertThat(answer.getLong("verified")).isEqualTo(registered.getLong("sequence") - 1);
            assertThat(answer.getString("firstBreak.problem")).isEqualTo("ALTERED");
            assertThat(answer.getLong("firstBreak.sequence")).isEqualTo(registered.getLong("sequence"));
            assertThat(answer.getString("firstBreak.changeId")).isEqualTo(registered.getString("id"));
            assertThat(answer.getString("firstBreak.resourceType")).isEqualTo("organisation");
        }
    }

    @Test
    void an_entry_deleted_from_the_middle_is_found_at_the_gap() throws SQLException {
        Registered organisation = anOrganisation().register();
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", organisation.etag())
                .body(organisation.bodyWith("name", "Gemeente Hernoemd")).put("/api/v1/organisations/{id}", organisation.id())
                .then().statusCode(200);
        List<JsonPath> entries = entriesOf(organisation);
        try (Tampering tampering = new Tampering(entries.get(0).getString("id"))) {
            tampering.execute("delete from change_history where id = ?");

            JsonPath answer = verify();

            assertThat(answer.getBoolean("intact")).isFalse();
            assertThat(answer.getString("firstBreak.problem")).isEqualTo("MISSING");
            assertThat(answer.getLong("firstBreak.sequence")).isEqualTo(entries.get(1).getLong("sequence"));
            assertThat(answer.getString("firstBreak.changeId")).isEqualTo(entries.get(1).getString("id"));
            assertThat(answer.getString("firstBreak.detail")).contains("from " + entries.get(0).getLong("sequence") + " on");
        }
    }

    @Test
    void the_last_entry_deleted_is_found_against_the_recorded_head() throws SQLException {
        Registered organisation = anOrganisation().register();
        JsonPath last = lastEntryOf(organisation);
        try (Tampering tampering = new Tampering(last.getString("id"))) {
            tampering.execute("delete from change_history where id = ?");

            JsonPath answer = verify();

            assertThat(answer.getBoolean("intact")).isFalse();
            assertThat(answer.getString("firstBreak.problem")).isEqualTo("MISSING");
            assertThat(answer.getLong("firstBreak.sequence")).isEqualTo(last.getLong("sequence"));
            assertThat(answer.getString("firstBreak.changeId")).isNull();
        }
    }

    @Test
    void a_head_altered_in_the_database_is_found_at_the_last_entry() throws SQLException {
        anOrganisation().register();
        long length = verify().getLong("length");
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("create temporary table original_head as select * from change_history_chain");
            try {
                sql.execute("update change_history_chain set head = sha256('vervalst'::bytea)");

                JsonPath answer = verify();

                assertThat(answer.getBoolean("intact")).isFalse();
                assertThat(answer.getString("firstBreak.problem")).isEqualTo("ALTERED");
                assertThat(answer.getLong("firstBreak.sequence")).isEqualTo(length);
                assertThat(answer.getString("firstBreak.detail")).contains("head");
            } finally {
                sql.execute("update change_history_chain c set head = o.head from original_head o where c.id = o.id");
                sql.execute("drop table original_head");
            }
        }
    }

    @Test
    void an_entry_forged_with_a_correctly_computed_hash_is_found_past_the_head() throws SQLException {
        Registered organisation = anOrganisation().register();
        JsonPath last = lastEntryOf(organisation);
        try (Tampering tampering = new Tampering(last.getString("id"))) {
            // Whoever forges it knows the algorithm: the forged entry's own hash matches its content and its predecessor.
            tampering.forge(FORGED, """
                    insert into change_history (id, resource_type, resource_id, action, actor_subject, actor_role, actor_tenant,
                                                occurred_at, changes, sequence, hash)
                    select '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', resource_type, resource_id, 'revised', actor_subject, actor_role, actor_tenant,
                           occurred_at, '{"name": {"from": "a", "to": "b"}}', sequence + 1,
                           change_history_hash(sequence + 1, '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', resource_type, resource_id, 'revised',
                                               actor_subject, actor_role, actor_tenant, occurred_at, '{"name": {"from": "a", "to": "b"}}', hash)
                    from change_history where id = ?""");

            JsonPath answer = verify();

            assertThat(answer.getBoolean("intact")).isFalse();
            assertThat(answer.getString("firstBreak.problem")).isEqualTo("INSERTED");
            assertThat(answer.getLong("firstBreak.sequence")).isEqualTo(last.getLong("sequence") + 1);
            assertThat(answer.getString("firstBreak.changeId")).isEqualTo(FORGED);
            assertThat(answer.getLong("verified")).isEqualTo(last.getLong("sequence"));
        }
    }

    @Test
    void the_last_entry_replaced_with_its_hash_recomputed_no_longer_matches_the_head() throws SQLException {
        Registered organisation = anOrganisation().register();
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", organisation.etag())
                .body(organisation.bodyWith("name", "Gemeente Hernoemd")).put("/api/v1/organisations/{id}", organisation.id())
                .then().statusCode(200);
        JsonPath last = lastEntryOf(organisation);
        try (Tampering tampering = new Tampering(last.getString("id"))) {
            tampering.execute("""
                    update change_history c set actor_subject = 'someone-else',
                           hash = change_history_hash(c.sequence, c.id, c.resource_type, c.resource_id, c.action, 'someone-else', c.actor_role,
                                                      c.actor_tenant, c.occurred_at, c.changes, p.hash)
                    from change_history p where p.sequence = c.sequence - 1 and c.id = ?""");

            JsonPath answer = verify();

            assertThat(answer.getBoolean("intact")).isFalse();
            assertThat(answer.getString("firstBreak.problem")).isEqualTo("ALTERED");
            assertThat(answer.getString("firstBreak.changeId")).isEqualTo(last.getString("id"));
        }
    }

    @Test
    void concurrent_writers_and_sealers_of_several_replicas_leave_one_unbroken_chain() throws Exception {
        long before = verify().getLong("length");
        int writers = 8;
        int sealers = 3;
        ExecutorService pool = Executors.newFixedThreadPool(writers + sealers);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> written = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            written.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < 3; round++) {
                    Registered organisation = anOrganisation().register();
                    Api.as(As.ADMIN).contentType("application/json").header("If-Match", organisation.etag())
                            .body(organisation.bodyWith("name", "Gemeente Gelijktijdig")).put("/api/v1/organisations/{id}", organisation.id())
                            .then().statusCode(200);
                }
                return null;
            }));
        }
        // Besides the service's own sealer: three more, as other replicas would run, sealing two entries at a time.
        List<Future<Integer>> sealed = new ArrayList<>();
        for (int i = 0; i < sealers; i++) {
            sealed.add(pool.submit(() -> {
                start.await();
                int entries = 0;
                try (Connection connection = database.getConnection()) {
                    while (writing.get()) {
                        entries += HistoryChain.seal(connection, 2);
                    }
                }
                return entries;
            }));
        }
        start.countDown();
        for (Future<?> writer : written) {
            writer.get();
        }
        writing.set(false);
        for (Future<Integer> sealer : sealed) {
            sealer.get();
        }
        pool.shutdown();

        JsonPath answer = verify();
        assertThat(answer.getBoolean("intact")).as(answer.prettify()).isTrue();
        assertThat(answer.getLong("length")).isGreaterThanOrEqualTo(before + 2L * 3 * writers);
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "MEMBER,403", "OTHER_MEMBER,403"})
    void only_nvvk_verifies_the_history(As caller, int status) {
        Api.as(caller).get(VERIFICATION).then().spec(problem(status));
    }

    @Test
    void a_parameter_it_does_not_take_is_refused_by_name() {
        Api.malformedAs(As.ADMIN).queryParam("from", "1").get(VERIFICATION).then().spec(problem(422))
                .body("errors.field", hasItem("from"));
    }

    /** The verification once every committed entry has its place (the sealer runs every 50 ms in the tests). */
    private static JsonPath verify() {
        long deadline = System.nanoTime() + SEALED_WITHIN.toNanos();
        JsonPath answer;
        do {
            answer = Api.as(As.ADMIN).get(VERIFICATION).then().statusCode(200).extract().jsonPath();
        } while (answer.getLong("awaitingSeal") > 0 && System.nanoTime() < deadline && pause());
        assertThat(answer.getLong("awaitingSeal")).as("entries still awaiting their place after %s", SEALED_WITHIN).isZero();
        return answer;
    }

    /** The organisation's history entries, once each has its place in the chain. */
    private static List<JsonPath> entriesOf(Registered organisation) {
        long deadline = System.nanoTime() + SEALED_WITHIN.toNanos();
        while (true) {
            JsonPath page = Api.as(As.ADMIN).queryParam("resourceType", "organisation").queryParam("resourceId", organisation.id())
                    .get("/api/v1/change-history").then().statusCode(200).extract().jsonPath();
            List<JsonPath> entries = new ArrayList<>();
            for (int i = 0; i < page.getList("items").size(); i++) {
                entries.add(new JsonPath(page.prettify()).setRootPath("items[" + i + "]"));
            }
            boolean sealed = entries.stream().allMatch(entry -> entry.getString("sequence") != null);
            if (sealed || System.nanoTime() > deadline) {
                assertThat(sealed).as("every entry has its place after %s", SEALED_WITHIN).isTrue();
                return entries;
            }
            pause();
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(20);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath lastEntryOf(Registered organisation) {
        List<JsonPath> entries = entriesOf(organisation);
        return entries.get(entries.size() - 1);
    }

    /** Changes history rows behind the service's back, and puts the original rows back when closed. */
    private final class Tampering implements AutoCloseable {
        private final Connection connection;
        private final String id;
        private final List<String> forged = new ArrayList<>();

        Tampering(String id) throws SQLException {
            this.id = id;
            this.connection = database.getConnection();
            try (PreparedStatement copy = connection.prepareStatement("create temporary table original as select * from change_history where id = cast(? as uuid)")) {
                copy.setString(1, id);
                copy.execute();
            }
        }

        void execute(String sql) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql.replace("= ?", "= cast(? as uuid)"))) {
                statement.setString(1, id);
                statement.execute();
            }
        }

        /** Inserts an entry the service did not write; it is deleted again when closed. */
        void forge(String forgedId, String sql) throws SQLException {
            forged.add(forgedId);
            execute(sql);
        }

        @Override
        public void close() throws SQLException {
            try (Statement sql = connection.createStatement()) {
                for (String forgedId : forged) {
                    sql.execute("delete from change_history where id = '%s'".formatted(forgedId));
                }
                sql.execute("delete from change_history where id in (select id from original)");
                sql.execute("insert into change_history select * from original");
                sql.execute("drop table original");
            } finally {
                connection.close();
            }
        }
    }
}
