package nl.nvvk.keurmerk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V6 moves an audit's report lists from their own tables onto the audit's row: an audit stored
 * before it reads the same after it. Runs the migrations on a database of its own.
 */
@QuarkusTest
class ReportPartsMigrationTest {
    private static final String AUDIT = "'0b7c3a4e-1d2f-4a5b-8c6d-7e8f9a0b1c2d'";

    @Inject
    AgroalDataSource database;

    @Test
    void an_audit_stored_before_v6_keeps_its_scope_visits_team_interviews_areas_and_previous_points_in_order() throws SQLException {
        String url = createDatabase("keurmerk_v6_migration");
        flyway(url, "5").migrate();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres"); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into certifying_body (id, code, name, accreditation_status, created_at, updated_at)
                    values ('5d1e2f3a-4b5c-4d6e-8f7a-8b9c0d1e2f3a', 'CERT-NL', 'Certificering Nederland', 'ACCREDITED', now(), now());
                    insert into organisation (id, kvk_number, name, kind, membership_status, created_at, updated_at)
                    values ('6e2f3a4b-5c6d-4e7f-8a9b-9c0d1e2f3a4b', '12345678', 'Gemeente Zonnedijk', 'MUNICIPALITY', 'MEMBER', now(), now());
                    insert into audit (id, reference, certifying_body_id, body_code, organisation_id, organisation_kvk, framework_id, type,
                                       status, first_visit_on, created_at, updated_at)
                    select %s, 'REF-1', '5d1e2f3a-4b5c-4d6e-8f7a-8b9c0d1e2f3a', 'CERT-NL', '6e2f3a4b-5c6d-4e7f-8a9b-9c0d1e2f3a4b', '12345678',
                           id, 'INITIAL', 'IN_PROGRESS', '2023-06-16', now(), now() from framework limit 1;
                    insert into audit_service_type values (%1$s, 'INTAKE_AND_PLAN'), (%1$s, 'DEBT_MEDIATION');
                    insert into audit_visit values (%1$s, 1, '2023-06-20', 'tweede dag'), (%1$s, 0, '2023-06-16', null);
                    insert into audit_team_member values (%1$s, 0, 'Anouk Auditvelde', 'LEAD_AUDITOR'), (%1$s, 1, 'Bram Beoordeel', 'REVIEWER');
                    insert into audit_interview values (%1$s, 0, 'teamleider', 1), (%1$s, 1, 'schuldhulpverlener', 3);
                    insert into audit_area values (%1$s, 2, 'Voldoet.', '["werkinstructie"]', '[]'), (%1$s, 1, null, '[]', '["planning"]');
                    insert into audit_previous_point values (%1$s, 0, 'Wachttijden', 'Opgelost met extra intake', true);
                    """.formatted(AUDIT));
        }

        flyway(url, "latest").migrate();

        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             ResultSet audit = connection.createStatement().executeQuery("""
                     select scope = '["DEBT_MEDIATION", "INTAKE_AND_PLAN"]'::jsonb,
                            visits = '[{"visitedOn": "2023-06-16", "description": null}, {"visitedOn": "2023-06-20", "description": "tweede dag"}]'::jsonb,
                            team = '[{"name": "Anouk Auditvelde", "role": "LEAD_AUDITOR"}, {"name": "Bram Beoordeel", "role": "REVIEWER"}]'::jsonb,
                            interviews = '[{"function": "teamleider", "interviewees": 1}, {"function": "schuldhulpverlener", "interviewees": 3}]'::jsonb,
                            areas = '[{"areaNumber": 1, "conclusion": null, "evidence": [], "improvementPoints": ["planning"]},
                                      {"areaNumber": 2, "conclusion": "Voldoet.", "evidence": ["werkinstructie"], "improvementPoints": []}]'::jsonb,
                            previous_points = '[{"point": "Wachttijden", "followUp": "Opgelost met extra intake", "resolved": true}]'::jsonb,
                            to_regclass('audit_visit') is null
                     from audit where id = %s""".formatted(AUDIT))) {
            assertThat(audit.next()).isTrue();
            String[] parts = {"scope", "visits", "team", "interviews", "areas", "previous points", "the old tables dropped"};
            for (int i = 0; i < parts.length; i++) {
                assertThat(audit.getBoolean(i + 1)).as(parts[i]).isTrue();
            }
        }
    }

    @Test
    void the_database_refuses_a_report_list_item_of_the_wrong_shape() throws SQLException {
        String url = createDatabase("keurmerk_v6_checks");
        flyway(url, "latest").migrate();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres"); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into certifying_body (id, code, name, accreditation_status, created_at, updated_at)
                    values ('5d1e2f3a-4b5c-4d6e-8f7a-8b9c0d1e2f3a', 'CERT-NL', 'Certificering Nederland', 'ACCREDITED', now(), now());
                    insert into organisation (id, kvk_number, name, kind, membership_status, created_at, updated_at)
                    values ('6e2f3a4b-5c6d-4e7f-8a9b-9c0d1e2f3a4b', '12345678', 'Gemeente Zonnedijk', 'MUNICIPALITY', 'MEMBER', now(), now());
                    insert into audit (id, reference, certifying_body_id, body_code, organisation_id, organisation_kvk, framework_id, type,
                                       status, first_visit_on, created_at, updated_at, scope, visits, team, interviews, areas, previous_points)
                    select %s, 'REF-1', '5d1e2f3a-4b5c-4d6e-8f7a-8b9c0d1e2f3a', 'CERT-NL', '6e2f3a4b-5c6d-4e7f-8a9b-9c0d1e2f3a4b', '12345678',
                           id, 'INITIAL', 'IN_PROGRESS', '2023-06-16', now(), now(), '["DEBT_MEDIATION"]', '[{"visitedOn": "2023-06-16"}]',
                           '[]', '[]', '[]', '[]' from framework limit 1;
                    """.formatted(AUDIT));
            Map<String, String> refused = Map.of(
                    "scope = '[]'", "audit_scope_service_types",
                    "visits = '[{\"description\": \"zonder datum\"}]'", "audit_visits_dated",
                    "team = '[{\"name\": \"Anouk Auditvelde\"}]'", "audit_team_roles",
                    "team = '[{\"role\": \"AUDITOR\"}]'", "audit_team_roles",
                    "interviews = '[{\"function\": \"teamleider\", \"interviewees\": \"3\"}]'", "audit_interviewees_counted",
                    "interviews = '[{\"function\": \"teamleider\", \"interviewees\": 0}]'", "audit_interviewees_counted",
                    "areas = '[{\"areaNumber\": 100}]'", "audit_area_numbers",
                    "previous_points = '[{\"point\": \"Wachttijden\"}]'", "audit_previous_points_listed");
            for (Map.Entry<String, String> change : refused.entrySet()) {
                assertThatThrownBy(() -> sql.executeUpdate("update audit set %s where id = %s".formatted(change.getKey(), AUDIT)))
                        .as(change.getKey()).hasMessageContaining(change.getValue());
            }
            assertThat(sql.executeUpdate("update audit set team = '[{\"name\": \"Anouk Auditvelde\", \"role\": \"LEAD_AUDITOR\"}]',"
                    + " interviews = '[{\"function\": \"teamleider\", \"interviewees\": 1}]' where id = " + AUDIT)).isEqualTo(1);
        }
    }

    private String createDatabase(String name) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists " + name);
            sql.execute("create database " + name);
            return connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        }
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").target(target).load();
    }
}
