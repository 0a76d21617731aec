package nl.nvvk.keurmerk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.nvvk.keurmerk.audit.PackageBatch.Item;
import nl.nvvk.keurmerk.audit.PackageBatch.Outcome;
import nl.nvvk.keurmerk.shared.error.DatabaseFailures;
import nl.nvvk.keurmerk.shared.error.JsonProblems;
import nl.nvvk.keurmerk.shared.error.Problem;
import nl.nvvk.keurmerk.shared.error.ProblemException;
import nl.nvvk.keurmerk.shared.error.StandardProblem;
import nl.nvvk.keurmerk.shared.error.Violations;
import org.jboss.logging.Logger;

/** Pushes a batch's packages one by one, each in its own transaction, and answers per package. */
@ApplicationScoped
public class PackageBatches {
    private static final Logger LOG = Logger.getLogger(PackageBatches.class);

    private final AuditService audits;
    private final ObjectMapper json;
    private final Validator validator;
    private final DatabaseFailures database;

    PackageBatches(AuditService audits, ObjectMapper json, Validator validator, DatabaseFailures database) {
        this.audits = audits;
        this.json = json;
        this.validator = validator;
        this.database = database;
    }

    public PackageBatch.Result push(PackageBatch batch, String path) {
        List<Outcome> outcomes = new ArrayList<>(batch.packages().size());
        for (Item item : batch.packages()) {
            outcomes.add(push(item, path));
        }
        return new PackageBatch.Result(outcomes);
    }

    private Outcome push(Item item, String path) {
        try {
            AuditPackage contents = json.treeToValue(item.contents(), AuditPackage.class);
            Set<ConstraintViolation<AuditPackage>> violations = validator.validate(contents);
            if (!violations.isEmpty()) {
                throw Violations.of(violations);
            }
            AuditService.Pushed pushed = audits.push(item.reference(), contents);
            return new Outcome(item.reference(), pushed.created() ? 201 : 200, pushed.receipt().body(), null);
        } catch (JsonProcessingException e) {
            return failed(item, JsonProblems.of(e, path));
        } catch (ProblemException e) {
            return failed(item, e.at(path));
        } catch (RuntimeException e) {
            ProblemException known = database.problemFor(e).orElse(null);
            if (known != null) {
                return failed(item, known.at(path));
            }
            LOG.errorf(e, "Unexpected failure pushing package %s of a batch", item.reference());
            return failed(item, StandardProblem.INTERNAL_ERROR.at(path));
        }
    }

    private static Outcome failed(Item item, Problem problem) {
        return new Outcome(item.reference(), problem.status(), null, problem);
    }
}
