package nl.nvvk.keurmerk.certificate;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import nl.nvvk.keurmerk.certificate.RegisteredCertificate.OutOfForce;
import nl.nvvk.keurmerk.certificate.RegisteredCertificate.Position;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.shared.concurrency.Interner;
import nl.nvvk.keurmerk.shared.error.Unavailable;
import org.jboss.logging.Logger;

/**
 * The public register, held in memory by every replica so that a verification does no database work.
 *
 * <p>Each replica reads the register whole at start, then every {@code refresh-interval} reads the
 * register's change log (V9) past the version it holds: one indexed query that usually finds
 * nothing, and otherwise the changed certificates, or every certificate of a renamed organisation or
 * body. Versions are numbered in commit order, so no change is skipped. A change committed on this
 * replica is read before the request that made it is answered; on the others within one refresh.
 *
 * <p>Fail closed on staleness: when the last refresh that succeeded began longer than
 * {@code max-staleness} ago, every public answer is a 503, never a status that may have changed since.
 *
 * <p>It holds public data only and reads all of it as the system; it is not a tenant's view, and
 * nothing but the public endpoints reads it.
 */
@ApplicationScoped
public class PublicRegister {
    private static final Logger LOG = Logger.getLogger(PublicRegister.class);
    /** A certificate's status changes after issue, oldest first, as "SUSPENDED 2026-…Z" (see {@link #outOfForce}). */
    private static final String STEP = "h.to_status || ' ' || to_char(h.occurred_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    private static final String COLUMNS = """
            select c.id, c.number, c.status, c.status_changed_at, c.issued_on, c.valid_from, c.valid_until, c.scope::text,
                   o.kvk_number, o.name, o.city, b.code, b.name, f.version, s.number, %s
            from certificate c
            join organisation o on o.id = c.organisation_id
            join certifying_body b on b.id = c.certifying_body_id
            join framework f on f.id = c.framework_id
            left join certificate s on s.id = c.superseded_by
            """;
    /** Every certificate: the status changes grouped in one pass, not looked up once per certificate. */
    private static final String ALL = COLUMNS.formatted("coalesce(h.steps, '{}')") + """
            left join (select h.certificate_id, array_agg(%s order by h.occurred_at, h.id) as steps
                       from certificate_status_change h where h.from_status is not null group by h.certificate_id) h on h.certificate_id = c.id
            """.formatted(STEP);
    /** The few certificates a refresh reads: their status changes looked up by the index. */
    private static final String CHANGED = COLUMNS.formatted("array(select " + STEP
            + " from certificate_status_change h where h.certificate_id = c.id and h.from_status is not null order by h.occurred_at, h.id)")
            + " where c.id = any(?) or c.organisation_id = any(?) or c.certifying_body_id = any(?)";
    private static final String CHANGES_SINCE =
            "select version, certificate_id, organisation_id, certifying_body_id from register_change where version > ? order by version limit ?";

    /** What one version of the register indexes; a full reload builds a new one, a refresh changes it in place. */
    private record Index(Map<String, RegisteredCertificate> byNumber, Map<String, RegisteredCertificate> newestByKvk,
                         ConcurrentSkipListMap<Position, RegisteredCertificate> inOrder) {
        static Index empty() {
            return new Index(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentSkipListMap<>());
        }

        /** The new entry is in place before the old one goes, so a concurrent list or export never misses the certificate. */
        void put(RegisteredCertificate certificate) {
            Position position = certificate.position();
            inOrder.put(position, certificate);
            RegisteredCertificate earlier = byNumber.put(certificate.number(), certificate);
            if (earlier != null && !earlier.position().equals(position)) {
                inOrder.remove(earlier.position());
            }
            newestByKvk.compute(certificate.kvkNumber(), (kvk, newest) ->
                    newest == null || newest.id().equals(certificate.id()) || certificate.newerThan(newest) ? certificate : newest);
        }
    }

    private final DataSource database;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final RegisterConfig config;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "public-register");
        thread.setDaemon(true);
        return thread;
    });

    private volatile Index index = Index.empty();
    /** The change-log version this replica's copy has read up to; touched by the refresher thread only. */
    private volatile long version = -1;
    /** System.nanoTime() at the start of the last refresh that succeeded: the copy is at least that fresh. */
    private volatile long freshSince = Long.MIN_VALUE;
    private volatile Instant lastPruned = Instant.EPOCH;
    /** One copy of each value many certificates share (a body's code and name, a place, a framework version, a day). Refresher thread only. */
    private final Interner shared = new Interner();

    PublicRegister(DataSource database, TransactionSynchronizationRegistry transactions, Clock clock, RegisterConfig config) {
        this.database = database;
        this.transactions = transactions;
        this.clock = clock;
        this.config = config;
    }

    /** Read whole before the service takes traffic; Flyway has migrated by now. */
    void start(@Observes StartupEvent started) throws Exception {
        refresher.submit(this::refresh).get();
        // A copy is as fresh as the start of the read that made it: a large register, read whole for longer than the
        // staleness bound, is current only after one catch-up, which is done now rather than a refresh interval later.
        if (version >= 0 && !isFresh()) {
            refresher.submit(this::refresh).get();
        }
        long interval = config.refreshInterval().toNanos();
        refresher.scheduleWithFixedDelay(this::refresh, interval, interval, TimeUnit.NANOSECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        refresher.shutdownNow();
    }

    // --- reading ---------------------------------------------------------------------------------

    Optional<RegisteredCertificate> byNumber(String number) {
        return Optional.ofNullable(current().byNumber().get(number));
    }

    /** The organisation's latest certificate: the one in force, or else the one that lapsed last. */
    Optional<RegisteredCertificate> newestOf(String kvkNumber) {
        return Optional.ofNullable(current().newestByKvk().get(kvkNumber));
    }

    /** Every certificate after {@code position} (from the start when null), in the register's order. */
    Collection<RegisteredCertificate> after(Position position) {
        ConcurrentSkipListMap<Position, RegisteredCertificate> inOrder = current().inOrder();
        return position == null ? inOrder.values() : inOrder.tailMap(position, false).values();
    }

    /**
     * How many certificates have each status today, by this replica's copy as it stands (for the
     * metrics: a stale copy counts too, rather than failing a scrape).
     */
    Map<CertificateStatus, Long> countByStatus() {
        LocalDate today = LocalDate.now(clock);
        Map<CertificateStatus, Long> counts = new EnumMap<>(CertificateStatus.class);
        for (CertificateStatus status : CertificateStatus.values()) {
            counts.put(status, 0L);
        }
        index.byNumber().values().forEach(certificate -> counts.merge(certificate.statusOn(today), 1L, Long::sum));
        return counts;
    }

    /** The change-log version the copy holds: the same on every replica that has read up to it. */
    long version() {
        current();
        return version;
    }

    /** Whether this replica's copy is within its staleness bound (readiness). */
    boolean isFresh() {
        // Never loaded (version -1): not fresh, however long ago that was; the subtraction would overflow.
        return version >= 0 && System.nanoTime() - freshSince <= config.maxStaleness().toNanos();
    }

    private Index current() {
        if (!isFresh()) {
            throw new Unavailable("register-unavailable",
                    "The public register cannot confirm that its copy is current (the database is not answering); retry in a second", 1);
        }
        return index;
    }

    // --- keeping current ---------------------------------------------------------------------------

    /**
     * Called inside a transaction that changes a certificate: once it has committed, this replica
     * reads the change before the request is answered, so the caller's next public read shows it.
     */
    void readAfterCommit() {
        Object key = PublicRegister.class;
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    refreshNow();
                }
            }
        });
    }

    /** One refresh on the refresher's thread (after any running one), waited for briefly; the scheduled refresh follows anyway. */
    private void refreshNow() {
        try {
            refresher.submit(this::refresh).get(config.maxStaleness().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            LOG.debugf("Immediate register refresh did not finish: %s", e);
        }
    }

    /** On the refresher's thread only. A failure leaves the copy as it is, and the staleness bound takes over. */
    private void refresh() {
        long began = System.nanoTime();
        try (Connection connection = database.getConnection()) {
            if (version < 0) {
                reload(connection);
            } else {
                catchUp(connection);
            }
            freshSince = began;
            prune(connection);
        } catch (Throwable e) {
            // Anything at all: an exception escaping a scheduled task would end the refreshes for good.
            LOG.warnf("The public register could not be refreshed (it answers 503 once its copy is %s old): %s", config.maxStaleness(), e.toString());
        }
    }

    private void catchUp(Connection connection) throws SQLException {
        int limit = config.maxIncrementalChanges();
        long first = 0;
        long last = 0;
        int count = 0;
        Set<UUID> certificates = new HashSet<>();
        Set<UUID> organisations = new HashSet<>();
        Set<UUID> bodies = new HashSet<>();
        try (PreparedStatement changes = connection.prepareStatement(CHANGES_SINCE)) {
            changes.setLong(1, version);
            changes.setInt(2, limit + 1);
            try (ResultSet rows = changes.executeQuery()) {
                while (rows.next()) {
                    last = rows.getLong(1);
                    first = count++ == 0 ? last : first;
                    addIfPresent(certificates, rows.getObject(2, UUID.class));
                    addIfPresent(organisations, rows.getObject(3, UUID.class));
                    addIfPresent(bodies, rows.getObject(4, UUID.class));
                }
            }
        }
        if (count == 0) {
            return;
        }
        // Versions have no gaps (a counter, one version per transaction): a gap means the log was pruned past this copy.
        if (count > limit || first != version + 1) {
            reload(connection);
            return;
        }
        try (PreparedStatement changed = connection.prepareStatement(CHANGED)) {
            changed.setArray(1, connection.createArrayOf("uuid", certificates.toArray()));
            changed.setArray(2, connection.createArrayOf("uuid", organisations.toArray()));
            changed.setArray(3, connection.createArrayOf("uuid", bodies.toArray()));
            Index current = index;
            try (ResultSet rows = changed.executeQuery()) {
                while (rows.next()) {
                    current.put(read(rows));
                }
            }
        }
        version = last;
    }

    /** The whole register and the version it is at, read in one snapshot. */
    private void reload(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (Statement sql = connection.createStatement()) {
            // Rows are small (about 300 bytes): fewer round trips for the whole register.
            sql.setFetchSize(10_000);
            long at;
            try (ResultSet row = sql.executeQuery("select version from register_version")) {
                row.next();
                at = row.getLong(1);
            }
            Index fresh = Index.empty();
            try (ResultSet rows = sql.executeQuery(ALL)) {
                while (rows.next()) {
                    fresh.put(read(rows));
                }
            }
            connection.commit();
            index = fresh;
            version = at;
            LOG.debugf("Public register read whole: %d certificates at version %d", fresh.byNumber().size(), at);
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Any replica may prune; deleting what another already deleted is harmless. */
    private void prune(Connection connection) throws SQLException {
        Instant now = Instant.now(clock);
        if (lastPruned.plusSeconds(3600).isAfter(now)) {
            return;
        }
        // A prefix of the versions, never one from the middle: a replica behind it then sees a gap and reloads.
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from register_change where version <= (select max(version) from register_change where changed_at < ?)")) {
            delete.setObject(1, OffsetDateTime.ofInstant(now.minus(config.changeLogRetention()), ZoneId.of("UTC")));
            delete.executeUpdate();
        }
        lastPruned = now;
    }

    private RegisteredCertificate read(ResultSet row) throws SQLException {
        UUID id = row.getObject(1, UUID.class);
        String number = row.getString(2);
        CertificateStatus status = CertificateStatus.valueOf(row.getString(3));
        Instant statusChangedAt = row.getObject(4, OffsetDateTime.class).toInstant();
        LocalDate issuedOn = shared.intern(row.getObject(5, LocalDate.class));
        LocalDate validFrom = shared.intern(row.getObject(6, LocalDate.class));
        LocalDate validUntil = shared.intern(row.getObject(7, LocalDate.class));
        Set<ServiceType> scope = scope(row.getString(8));
        String kvk = row.getString(9);
        String name = row.getString(10);
        String place = shared.intern(row.getString(11));
        String bodyCode = shared.intern(row.getString(12));
        String bodyName = shared.intern(row.getString(13));
        String frameworkVersion = shared.intern(row.getString(14));
        String supersededBy = row.getString(15);
        List<OutOfForce> outOfForce = outOfForce(row.getArray(16));
        long content = RegisteredCertificate.contentHash(number, status, statusChangedAt, issuedOn, validFrom, validUntil, scope, kvk, name,
                place, bodyCode, bodyName, frameworkVersion, supersededBy, outOfForce);
        return new RegisteredCertificate(id, number, status, statusChangedAt, issuedOn, validFrom,
                validUntil, scope, kvk, name, place, bodyCode, bodyName, frameworkVersion, supersededBy, outOfForce, content);
    }

    /**
     * The days a certificate did not count, from its status changes after issue ("SUSPENDED 2026-…Z"),
     * by the Dutch calendar: out from the day of a suspension, withdrawal or supersession, back from
     * the day of a reinstatement.
     */
    private List<OutOfForce> outOfForce(Array changes) throws SQLException {
        String[] steps = (String[]) changes.getArray();
        if (steps.length == 0) {
            return List.of();
        }
        ZoneId zone = clock.getZone();
        List<OutOfForce> periods = new ArrayList<>();
        LocalDate outSince = null;
        for (String step : steps) {
            int space = step.indexOf(' ');
            CertificateStatus to = CertificateStatus.valueOf(step.substring(0, space));
            LocalDate day = Instant.parse(step.substring(space + 1)).atZone(zone).toLocalDate();
            if (to == CertificateStatus.ACTIVE) {
                if (outSince != null) {
                    periods.add(new OutOfForce(outSince, day));
                    outSince = null;
                }
            } else if (outSince == null) {
                outSince = day;
            }
        }
        if (outSince != null) {
            periods.add(new OutOfForce(outSince, null));
        }
        return List.copyOf(periods);
    }

    /**
     * A scope as PostgreSQL writes the jsonb array of service types: {@code ["A", "B"]}. Read by hand,
     * a hundred thousand times at start, where a JSON parser per row cost a third of the reload.
     */
    static Set<ServiceType> scope(String array) {
        if (!array.startsWith("[")) {
            throw new IllegalStateException("A certificate's scope is not a JSON array of service types: " + array);
        }
        Set<ServiceType> scope = EnumSet.noneOf(ServiceType.class);
        int at = array.indexOf('"');
        while (at >= 0) {
            int end = array.indexOf('"', at + 1);
            scope.add(ServiceType.valueOf(array.substring(at + 1, end)));
            at = array.indexOf('"', end + 1);
        }
        return scope;
    }

    private static void addIfPresent(Set<UUID> ids, UUID id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
