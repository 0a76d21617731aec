package nl.nvvk.keurmerk.shared.error;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.postgresql.util.PSQLException;

/**
 * Tells database failures by their cause, so none of them reaches a client as a 500 or as a
 * misleading "concurrent change": a unique constraint is a 409 duplicate naming its field, a
 * foreign-key or check constraint a 422 naming its field, an unreachable database or an exhausted
 * connection pool a 503 with Retry-After.
 */
@ApplicationScoped
public class DatabaseFailures {
    private static final Logger LOG = Logger.getLogger(DatabaseFailures.class);
    private static final String UNIQUE = "23505";
    private static final String FOREIGN_KEY = "23503";
    private static final String CHECK = "23514";
    private static final String NOT_NULL = "23502";

    private final Map<String, ConstraintMeaning> meanings;
    private final int retryAfterSeconds;

    DatabaseFailures(@All List<ConstraintMeaning.Catalogue> catalogues,
                     @ConfigProperty(name = "keurmerk.database.retry-after", defaultValue = "5") int retryAfterSeconds) {
        this.meanings = catalogues.stream().flatMap(catalogue -> catalogue.meanings().stream())
                .collect(Collectors.toMap(ConstraintMeaning::constraint, Function.identity()));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The problem a failure means to a client, if it is one the database reported. */
    public Optional<ProblemException> problemFor(Throwable failure) {
        SQLException sql = null;
        ConstraintViolationException violation = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                // Another transaction changed the same row's version first.
                return Optional.of(concurrentChange());
            }
            if (cause instanceof ConstraintViolationException found && violation == null) {
                violation = found;
            }
            if (cause instanceof SQLException found) {
                sql = found;
            }
        }
        if (sql == null) {
            return Optional.empty();
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("23")) {
            return Optional.of(violated(state, constraintOf(sql, violation)));
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return Optional.of(concurrentChange());
        }
        if (state.startsWith("22")) {
            // Bean Validation keeps such values out; this is the safety net should one slip through.
            LOG.errorf("Data exception %s reached the database: %s", state, sql.getMessage());
            return Optional.of(InvalidContent.of("$", "a value is too long or malformed for what it is stored as"));
        }
        if (unreachable(state, sql)) {
            LOG.warnf("Database unavailable (%s): %s", state, sql.getMessage());
            return Optional.of(Unavailable.database(retryAfterSeconds));
        }
        return Optional.empty();
    }

    /** The names of the constraints the features have given a meaning. */
    public Set<String> knownConstraints() {
        return meanings.keySet();
    }

    /** PostgreSQL names the constraint in its error fields, whatever language its messages are in. */
    private static String constraintOf(SQLException sql, ConstraintViolationException violation) {
        if (sql instanceof PSQLException postgres && postgres.getServerErrorMessage() != null
                && postgres.getServerErrorMessage().getConstraint() != null) {
            return postgres.getServerErrorMessage().getConstraint();
        }
        return violation == null ? null : violation.getConstraintName();
    }

    private ProblemException violated(String state, String constraint) {
        ConstraintMeaning meaning = constraint == null ? null : meanings.get(constraint);
        if (meaning == null) {
            LOG.errorf("Constraint %s (SQL state %s) has no ConstraintMeaning; the client gets a generic answer", constraint, state);
        }
        String field = meaning == null ? "$" : meaning.field();
        return switch (state) {
            case UNIQUE -> new Duplicate(field, meaning == null ? "Already exists" : meaning.message());
            case FOREIGN_KEY, CHECK, NOT_NULL -> InvalidContent.of(field,
                    meaning != null ? meaning.message() : state.equals(NOT_NULL) ? "is required" : "is not allowed here");
            default -> new DomainRuleViolation("conflict", "The request conflicts with the current state");
        };
    }

    /**
     * 08: connection exception; 53: insufficient resources; 57P: the server is shutting down or
     * starting; 55P03 and 57014: a lock or the statement timed out. Agroal reports an exhausted pool
     * without an SQL state ("Sorry, acquisition timeout!").
     */
    private static boolean unreachable(String state, SQLException sql) {
        return sql instanceof SQLTransientConnectionException
                || state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.equals("55P03") || state.equals("57014")
                || (state.isEmpty() && sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout"));
    }

    /** Two writers met on the same data; the loser changed nothing and may retry. */
    public static DomainRuleViolation concurrentChange() {
        return new DomainRuleViolation("concurrent-change", "The request met a concurrent change to the same data and was not carried out; retry it");
    }
}
