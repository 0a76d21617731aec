package nl.nvvk.keurmerk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.error.DatabaseFailures;
import nl.nvvk.keurmerk.shared.error.Duplicate;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.ProblemException;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** A constraint the database enforces answers by its cause, naming the field it guards. */
@QuarkusTest
class DatabaseFailuresTest {
    @Inject
    DatabaseFailures failures;
    @Inject
    EntityManager entities;
    @Inject
    AgroalDataSource database;

    @Test
    void every_unique_foreign_key_and_check_constraint_and_unique_index_of_the_schema_has_a_meaning() throws SQLException {
        Set<String> constraints = new TreeSet<>();
        try (Connection connection = database.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("""
                     select c.conname from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
                     where n.nspname = current_schema() and c.contype in ('u', 'f', 'c') and t.relname <> 'flyway_schema_history'
                       and t.relname not like 'qrtz\\_%'
                     union
                     select x.relname from pg_index i join pg_class x on x.oid = i.indexrelid join pg_namespace n on n.oid = x.relnamespace
                     where n.nspname = current_schema() and i.indisunique and not i.indisprimary
                       and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)""")) {
            while (rows.next()) {
                constraints.add(rows.getString(1));
            }
        }
        assertThat(constraints).isNotEmpty();
        assertThat(failures.knownConstraints()).as("constraints with a ConstraintMeaning, and meanings of constraints that exist")
                .containsExactlyInAnyOrderElementsOf(constraints);
    }

    @Test
    void a_foreign_key_violation_is_a_422_naming_the_field() {
        ProblemException problem = problemOf("insert into organisation_service (organisation_id, service_type) values ('%s', 'WSNP')"
                .formatted(UUID.randomUUID()));
        assertThat(problem).isInstanceOf(InvalidContent.class);
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("id"));
    }

    @Test
    void a_check_violation_is_a_422_naming_the_field() {
        ProblemException problem = problemOf("""
                insert into organisation (id, kvk_number, name, kind, membership_status, created_at, updated_at)
                values ('%s', '%s', 'Gemeente X', 'KINGDOM', 'MEMBER', now(), now())""".formatted(UUID.randomUUID(), Fixtures.uniqueKvk()));
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("kind"));
    }

    @Test
    void a_unique_violation_is_a_409_duplicate_naming_the_field() {
        String kvk = Fixtures.uniqueKvk();
        String insert = """
                insert into organisation (id, kvk_number, name, kind, membership_status, created_at, updated_at)
                values (gen_random_uuid(), '%s', 'Gemeente X', 'MUNICIPALITY', 'APPLICANT', now(), now())""".formatted(kvk);
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(insert).executeUpdate());
        ProblemException problem = problemOf(insert);
        assertThat(problem).isInstanceOf(Duplicate.class);
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.slug()).isEqualTo("duplicate");
        assertThat(problem.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("kvkNumber"));
    }

    private ProblemException problemOf(String statement) {
        Throwable failure = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(statement).executeUpdate()));
        assertThat(failure).as("the statement must fail").isNotNull();
        return failures.problemFor(failure).orElseThrow(() -> new AssertionError("not told by its cause", failure));
    }
}
