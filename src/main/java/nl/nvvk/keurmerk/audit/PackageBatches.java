package nl.nvvk.keurmerk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.nvvk.keurmerk.audit.PackageBatch.Item;
import nl.nvvk.keurmerk.audit.PackageBatch.Outcome;
import nl.nvvk.keurmerk.shared.error.DatabaseFailures;
import nl.nvvk.keurmerk.shared.error.Problem;
import nl.nvvk.keurmerk.shared.error.ProblemException;
import nl.nvvk.keurmerk.shared.error.StandardProblem;
import nl.nvvk.keurmerk.shared.metrics.BusinessMetrics;
import org.jboss.logging.Logger;

/** Pushes packages as sent: one on its own, or a batch's one by one, each in its own transaction, answering per package. */
@ApplicationScoped
public class PackageBatches {
    private static final Logger LOG = Logger.getLogger(PackageBatches.class);

    private final AuditService audits;
    private final PackageReader reader;
    private final DatabaseFailures database;
    private final BusinessMetrics metrics;

    PackageBatches(AuditService audits, PackageReader reader, DatabaseFailures database, BusinessMetrics metrics) {
        this.audits = audits;
        this.reader = reader;
        this.database = database;
        this.metrics = metrics;
    }

    public PackageBatch.Result push(PackageBatch batch, String path) {
        List<Outcome> outcomes = new ArrayList<>(batch.packages().size());
        for (Item item : batch.packages()) {
            outcomes.add(push(item, path));
        }
        return new PackageBatch.Result(outcomes);
    }

    /**
     * One package as its body sent it, on its own or as an item of a batch: the same bytes as the last
     * push of the reference answer from one read (a replay); anything else is read, checked and pushed.
     */
    public AuditService.Pushed pushOne(String reference, byte[] sent) {
        long started = System.nanoTime();
        String outcome = "refused";
        try {
            String sentHash = PackageReader.hashOf(sent);
            Optional<AuditService.Pushed> replayed = audits.replay(reference, sentHash);
            AuditService.Pushed pushed = replayed.orElseGet(() -> audits.push(reference, reader.read(sent), sentHash));
            outcome = replayed.isPresent() ? "replayed" : pushed.created() ? "created" : "updated";
            return pushed;
        } finally {
            metrics.pushed(outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private Outcome push(Item item, String path) {
        try {
            // An item is read from its bytes, exactly as its own PUT would be.
            AuditService.Pushed pushed = pushOne(item.reference(), reader.bytesOf(item.contents()));
            return new Outcome(item.reference(), pushed.created() ? 201 : 200, pushed.receipt().body(), null);
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
