package nl.nvvk.keurmerk.shared.error;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

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
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return Optional.of(violated(violation));
            }
            if (unreachable(cause)) {
                LOG.warnf("Database unavailable: %s", cause.getMessage());
                return Optional.of(Unavailable.database(retryAfterSeconds));
            }
        }
        return Optional.empty();
    }

    /** The names of the constraints the features have given a meaning. */
    public java.util.Set<String> knownConstraints() {
        return meanings.keySet();
    }

    private ProblemException violated(ConstraintViolationException violation) {
        String state = violation.getSQLState() == null ? "" : violation.getSQLState();
        ConstraintMeaning meaning = violation.getConstraintName() == null ? null : meanings.get(violation.getConstraintName());
        if (meaning == null) {
            LOG.errorf("Constraint %s (SQL state %s) has no ConstraintMeaning; the client gets a generic answer",
                    violation.getConstraintName(), state);
        }
        String field = meaning == null ? "$" : meaning.field();
        return switch (state) {
            case UNIQUE -> new Duplicate(field, meaning == null ? "Already exists" : meaning.message());
            case FOREIGN_KEY, CHECK, NOT_NULL -> InvalidContent.of(field,
                    meaning != null ? meaning.message() : state.equals(NOT_NULL) ? "is required" : "is not allowed here");
            default -> new DomainRuleViolation("conflict", "The request conflicts with the current state");
        };
    }

    private static boolean unreachable(Throwable cause) {
        if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            // 08: connection exception; 53: insufficient resources; 57P: the server is shutting down or starting.
            if (state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"))) {
                return true;
            }
            // Agroal reports an exhausted pool without an SQL state ("Sorry, acquisition timeout!").
            return sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }
}
