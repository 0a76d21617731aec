package nl.nvvk.keurmerk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.nvvk.keurmerk.shared.history.HistoryChain;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * After V20 the entries written before it await their places like new ones, and the sealer gives them
 * theirs in the order they happened, each with the hash verification recomputes. Runs the migrations
 * on a database of its own.
 */
@QuarkusTest
class HistoryChainMigrationTest {

    @Inject
    AgroalDataSource database;

    @Test
    void entries_written_before_v20_are_sealed_in_the_order_they_happened() throws SQLException {
        String url = createDatabase("keurmerk_v20_migration");
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").target("19").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres"); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into change_history (id, resource_type, resource_id, action, actor_subject, actor_role, actor_tenant, occurred_at, changes)
                    values ('0193a1b2-0000-7000-8000-000000000003', 'organisation', '6e2f3a4b-5c6d-4e7f-8a9b-9c0d1e2f3a4b', 'revised',
                            'nvvk-staff', 'nvvk-admin', null, '2024-03-01T10:00:00.123456Z', '{"name": {"from": "A", "to": "B"}, "fte": {"from": 1.50, "to": 2}}'),
                           ('0193a1b2-0000-7000-8000-000000000001', 'organisation', '6e2f3a4b-5c6d-4e7f-8a9b-9c0d1e2f3a4b', 'registered',
                            'nvvk-staff', 'nvvk-admin', null, '2024-01-01T09:00:00Z', '{"name": {"from": null, "to": "A"}}'),
                           ('0193a1b2-0000-7000-8000-000000000002', 'audit', '7f3a4b5c-6d7e-4f8a-9b0c-0d1e2f3a4b5c', 'pushed',
                            'kiwa-system', 'certifier', 'KIWA', '2024-02-01T08:30:00Z', '{}')""");
        }

        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres"); Statement sql = connection.createStatement()) {
            try (ResultSet awaiting = sql.executeQuery("select count(*) from change_history where sequence is null")) {
                awaiting.next();
                assertThat(awaiting.getLong(1)).as("entries awaiting their place right after the migration").isEqualTo(3);
            }
            assertThat(HistoryChain.seal(connection, 2)).isEqualTo(2);
            assertThat(HistoryChain.seal(connection, 2)).isEqualTo(1);
            assertThat(HistoryChain.seal(connection, 2)).isZero();
            List<String> order = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("""
                    select c.id, c.hash = change_history_hash(c.sequence, c.id, c.resource_type, c.resource_id, c.action, c.actor_subject,
                                        c.actor_role, c.actor_tenant, c.occurred_at, c.changes,
                                        coalesce(lag(c.hash) over (order by c.sequence), '\\x0000000000000000000000000000000000000000000000000000000000000000'))
                    from change_history c order by c.sequence""")) {
                while (rows.next()) {
                    order.add(rows.getString(1));
                    assertThat(rows.getBoolean(2)).as("entry %s sealed on its predecessor", rows.getString(1)).isTrue();
                }
            }
            assertThat(order).containsExactly("0193a1b2-0000-7000-8000-000000000001", "0193a1b2-0000-7000-8000-000000000002",
                    "0193a1b2-0000-7000-8000-000000000003");
            try (ResultSet head = sql.executeQuery("""
                    select k.length, k.head = c.hash from change_history_chain k join change_history c on c.sequence = k.length""")) {
                assertThat(head.next()).isTrue();
                assertThat(head.getLong(1)).isEqualTo(3);
                assertThat(head.getBoolean(2)).as("the head is the last entry's hash").isTrue();
            }
        }
    }

    private String createDatabase(String name) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists " + name);
            sql.execute("create database " + name);
            return connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        }
    }
}
