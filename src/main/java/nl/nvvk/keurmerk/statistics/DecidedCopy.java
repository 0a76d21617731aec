package nl.nvvk.keurmerk.statistics;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.nvvk.keurmerk.audit.AuditService;
import nl.nvvk.keurmerk.audit.AuditType;
import nl.nvvk.keurmerk.audit.Classification;
import nl.nvvk.keurmerk.audit.DecisionOutcome;
import nl.nvvk.keurmerk.audit.OrganisationResults.DecidedAudit;
import nl.nvvk.keurmerk.audit.OrganisationResults.DecidedFinding;
import nl.nvvk.keurmerk.audit.Weight;
import nl.nvvk.keurmerk.framework.FrameworkService;
import nl.nvvk.keurmerk.framework.NormCatalogue;
import nl.nvvk.keurmerk.organisation.OrganisationKind;
import nl.nvvk.keurmerk.shared.concurrency.Interner;
import nl.nvvk.keurmerk.shared.error.Unavailable;
import nl.nvvk.keurmerk.shared.security.SystemActors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This replica's copy of every decided audit, as the figures count it: per audit its dimensions and
 * one byte per norm of its version (classification and weight), one per area (development level).
 * Ten thousand audits of fifty findings take a few megabytes, and a figure is one pass over them
 * in memory (see docs/statistics-and-peer-consultation.md, "Trend statistics": why not SQL
 * aggregates or summary tables).
 *
 * <p>A decided audit never changes, so the copy only grows: it is read whole once (in the
 * background at start, or by the first figure asked), then, whenever a figure is asked and the copy
 * is older than {@code keurmerk.statistics.max-staleness}, it reads the audits decided since its last
 * read began, less an overlap longer than any transaction, so a decision that committed late is not
 * missed; an audit read twice simply replaces itself. Its improvement actions do change (until they
 * close), so they are read again the same way by when they last changed.
 */
@ApplicationScoped
public class DecidedCopy {
    private static final Logger LOG = Logger.getLogger(DecidedCopy.class);
    /** Longer than any transaction may run (quarkus.transaction-manager.default-transaction-timeout, 60 s). */
    static final Duration OVERLAP = Duration.ofMinutes(5);

    /** One decided audit, compactly. results[i] is the finding on the version's i-th norm (0: none); areaLevels[a-1] area a's level (0: none). */
    record Counted(UUID id, UUID organisationId, UUID frameworkId, String bodyCode, OrganisationKind kind, AuditType type, LocalDate reportOn,
                   int decisionYear, Instant decidedAt, DecisionOutcome decision, byte[] results, byte[] areaLevels) {

        int reportYear() {
            return reportOn.getYear();
        }

        Classification classification(int norm) {
            int code = results[norm] & 0x3;
            return code == 0 ? null : Classification.values()[code - 1];
        }

        Weight weight(int norm) {
            int code = (results[norm] >> 2) & 0x3;
            return code == 0 ? null : Weight.values()[code - 1];
        }

        int areaLevel(int area) {
            return area >= 1 && area <= areaLevels.length ? areaLevels[area - 1] : 0;
        }
    }

    /** One improvement action of a decided audit: its finding's weight, due day, whether pending, and the day it closed (null: not closed). */
    record CountedAction(UUID auditId, Weight weight, LocalDate dueOn, boolean pending, LocalDate closedOn) {
    }

    private final AuditService audits;
    private final FrameworkService frameworks;
    private final SystemActors actors;
    private final Clock clock;
    private final Duration maxStaleness;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "decided-audits-copy");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Counted> audited = new ConcurrentHashMap<>();
    private final Map<UUID, CountedAction> actions = new ConcurrentHashMap<>();
    /** Per version: its norms' ids in catalogue order. */
    private final Map<UUID, Map<UUID, Integer>> normIndex = new ConcurrentHashMap<>();
    /** One copy of each value many audits share (a version's id, a body's code, a day). Reader thread only. */
    private final Interner shared = new Interner();
    /** When the last read that succeeded began; null before the first. Touched by the reader thread only, read by any. */
    private volatile Instant readFrom;
    private volatile long readAtNanos;

    DecidedCopy(AuditService audits, FrameworkService frameworks, SystemActors actors, Clock clock,
                @ConfigProperty(name = "keurmerk.statistics.max-staleness", defaultValue = "1s") Duration maxStaleness) {
        this.audits = audits;
        this.frameworks = frameworks;
        this.actors = actors;
        this.clock = clock;
        this.maxStaleness = maxStaleness;
    }

    /**
     * Reads the copy in the background, so the first figure asked finds it ready; readiness does not wait for it.
     * Begun after the public register's first read (observers run in priority order), which readiness does wait
     * for: on two cores the two reads side by side made the start of a large register seconds slower.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent start) {
        reader.submit(this::read);
    }

    void onStop(@Observes ShutdownEvent stop) {
        reader.shutdownNow();
    }

    /** The decided audits, at most max-staleness old. */
    Collection<Counted> audits() {
        fresh();
        return audited.values();
    }

    /** The improvement actions of the decided audits, at most max-staleness old. */
    Collection<CountedAction> actions() {
        fresh();
        return actions.values();
    }

    /** A decided audit by id (every action's audit is in the copy: both are read in one go, audits first). */
    Counted audit(UUID id) {
        return audited.get(id);
    }

    private void fresh() {
        if (readFrom == null || System.nanoTime() - readAtNanos > maxStaleness.toNanos()) {
            Future<?> read = reader.submit(this::readIfStale);
            try {
                read.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new Unavailable("figures-unavailable", "The figures are being read; try again shortly", 5);
            } catch (ExecutionException | TimeoutException failed) {
                LOG.warn("Reading the decided audits failed", failed);
                throw new Unavailable("figures-unavailable", "The figures could not be read just now; try again shortly", 5);
            }
        }
    }

    /** The index of each norm of a version in the audits' results. */
    Map<UUID, Integer> normIndexOf(UUID frameworkId) {
        return normIndex.computeIfAbsent(frameworkId, id -> {
            List<NormCatalogue.CatalogueNorm> norms = frameworks.catalogueInUse(id).norms();
            Map<UUID, Integer> index = new HashMap<>();
            for (int i = 0; i < norms.size(); i++) {
                index.put(norms.get(i).id(), i);
            }
            return Map.copyOf(index);
        });
    }

    /** Several requests may ask at once: the first one's read serves the others. */
    private void readIfStale() {
        if (readFrom == null || System.nanoTime() - readAtNanos > maxStaleness.toNanos()) {
            read();
        }
    }

    private void read() {
        Instant began = Instant.now(clock);
        long beganNanos = System.nanoTime();
        Instant since = readFrom == null ? Instant.EPOCH : readFrom.minus(OVERLAP);
        int[] read = {0};
        actors.run("statistics", () -> {
            audits.decidedSince(since, audit -> {
                audited.put(audit.id(), counted(audit));
                read[0]++;
            });
            ZoneId zone = clock.getZone();
            audits.decidedActionsSince(since, action -> actions.put(action.id(), new CountedAction(action.auditId(), action.weight(), action.dueOn(),
                    action.pending(), action.closedAt() == null ? null : action.closedAt().atZone(zone).toLocalDate())));
            return null;
        });
        if (readFrom == null) {
            LOG.infof("Read %d decided audits for the figures in %d ms", read[0], (System.nanoTime() - beganNanos) / 1_000_000);
        }
        readFrom = began;
        readAtNanos = beganNanos;
    }

    private Counted counted(DecidedAudit audit) {
        Map<UUID, Integer> index = normIndexOf(audit.frameworkId());
        byte[] results = new byte[index.size()];
        for (DecidedFinding finding : audit.findings()) {
            Integer at = index.get(finding.normId());
            if (at != null) {
                results[at] = (byte) ((finding.classification().ordinal() + 1) | (finding.weight() == null ? 0 : (finding.weight().ordinal() + 1) << 2));
            }
        }
        int areas = audit.areaLevels().keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        byte[] levels = new byte[areas];
        audit.areaLevels().forEach((area, level) -> levels[area - 1] = level.byteValue());
        ZoneId zone = clock.getZone();
        LocalDate reportOn = audit.reportOn() == null ? audit.decidedAt().atZone(zone).toLocalDate() : audit.reportOn();
        return new Counted(audit.id(), audit.organisationId(), shared.intern(audit.frameworkId()), shared.intern(audit.bodyCode()),
                audit.organisationKind(), audit.type(), shared.intern(reportOn), audit.decidedAt().atZone(zone).getYear(), audit.decidedAt(),
                audit.decision(), results, levels);
    }
}
