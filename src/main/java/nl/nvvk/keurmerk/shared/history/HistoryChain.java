package nl.nvvk.keurmerk.shared.history;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import javax.sql.DataSource;
import nl.nvvk.keurmerk.shared.history.ChainVerification.Break;
import nl.nvvk.keurmerk.shared.concurrency.RoundLoop;
import nl.nvvk.keurmerk.shared.history.ChainVerification.Fault;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The change history as one hash chain (V20__change_history_chain.sql): each entry's hash covers its
 * content, its place and the previous entry's hash, and the chain's row holds the length and the last
 * hash. One chain, not one per resource, and sealed after the commit, not in it: bench/history-chain.sh
 * and bench/audit-push.sh measured both (docs/benchmarks.md, "Benchmarks").
 *
 * <p>Writers only insert their entry, without a place. Each replica's sealer gives the entries committed
 * since its last round their places and hashes, in batches, under the chain's row lock ({@code SKIP
 * LOCKED}: while one replica seals, the others' rounds find nothing to do). A chain taken in the
 * writers' own transactions held that lock through every commit, and cost the certifier push a quarter
 * of its throughput; sealed afterwards it costs writers nothing, and an entry waits for its place about
 * {@code keurmerk.history.seal-every}.
 */
@ApplicationScoped
public class HistoryChain {
    static final byte[] GENESIS = new byte[32];
    private static final int PAGE = 1_000;
    /** The entries waiting for their place, oldest first, each with the digest of its stored content. */
    private static final String AWAITING = """
            select id, change_history_digest(id, resource_type, resource_id, action, actor_subject, actor_role, actor_tenant,
                                             occurred_at, changes)
            from change_history where sequence is null order by occurred_at, id limit ?""";
    /** One page of entries in chain order, each recomputed from its stored row and the stored hash before it. */
    private static final String PAGE_AFTER = """
            select sequence, id, resource_type, resource_id, hash,
                   hash = change_history_hash(sequence, id, resource_type, resource_id, action, actor_subject, actor_role,
                                              actor_tenant, occurred_at, changes, coalesce(lag(hash) over (order by sequence), ?)) as sealed
            from change_history where sequence > ? order by sequence limit ?""";

    private final DataSource database;
    private final Duration every;
    private RoundLoop sealer;

    HistoryChain(DataSource database, @ConfigProperty(name = "keurmerk.history.seal-every") Duration every) {
        this.database = database;
        this.every = every;
    }

    void start(@Observes StartupEvent started) {
        sealer = RoundLoop.start("history-sealer", every, () -> sealWaiting() == PAGE);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (sealer != null) {
            sealer.stop();
        }
    }

    private int sealWaiting() throws SQLException {
        try (Connection connection = database.getConnection()) {
            return seal(connection, PAGE);
        }
    }

    /**
     * Gives up to {@code limit} entries waiting for their place in the chain their places and hashes, in one
     * transaction on this connection; answers how many. Nothing when another sealer holds the chain's row.
     */
    public static int seal(Connection connection, int limit) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long length;
            byte[] head;
            try (PreparedStatement chain = connection.prepareStatement(
                    "select length, head from change_history_chain where id = 1 for update skip locked");
                 ResultSet row = chain.executeQuery()) {
                if (!row.next()) {
                    connection.rollback();
                    if (!chainExists(connection)) {
                        throw new IllegalStateException("The change history's chain row (change_history_chain) is missing: "
                                + "no entry can be sealed (docs/runbook.md, \"Verify the change history\")");
                    }
                    return 0; // another replica is sealing
                }
                length = row.getLong(1);
                head = row.getBytes(2);
            }
            int sealed = 0;
            try (PreparedStatement awaiting = connection.prepareStatement(AWAITING);
                 PreparedStatement place = connection.prepareStatement("update change_history set sequence = ?, hash = ? where id = ? and sequence is null")) {
                awaiting.setInt(1, limit);
                try (ResultSet entries = awaiting.executeQuery()) {
                    while (entries.next()) {
                        length++;
                        head = link(length, entries.getBytes(2), head);
                        place.setLong(1, length);
                        place.setBytes(2, head);
                        place.setObject(3, entries.getObject(1, UUID.class));
                        place.addBatch();
                        sealed++;
                    }
                }
                if (sealed > 0) {
                    for (int placed : place.executeBatch()) {
                        if (placed != 1) {
                            throw new IllegalStateException("An entry awaiting its place was changed while it was sealed: nothing sealed this round");
                        }
                    }
                    try (PreparedStatement chain = connection.prepareStatement("update change_history_chain set length = ?, head = ? where id = 1")) {
                        chain.setLong(1, length);
                        chain.setBytes(2, head);
                        chain.executeUpdate();
                    }
                }
            }
            connection.commit();
            return sealed;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean chainExists(Connection connection) throws SQLException {
        try (PreparedStatement chain = connection.prepareStatement("select exists (select 1 from change_history_chain where id = 1)");
             ResultSet row = chain.executeQuery()) {
            row.next();
            boolean exists = row.getBoolean(1);
            connection.commit();
            return exists;
        }
    }

    /** SHA-256 over the previous hash, the place (8 bytes, big-endian) and the entry's digest: change_history_link in V20. */
    static byte[] link(long sequence, byte[] digest, byte[] previous) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
            return sha256.digest(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /**
     * Walks the chain from its first entry in pages, in one snapshot, and answers the first entry that
     * does not match. Bounded memory: one page at a time, and the walk stops at the first break.
     */
    ChainVerification verify() {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // For this transaction only: the pooled connection keeps no read-only or isolation setting afterwards.
                try (PreparedStatement snapshot = connection.prepareStatement("set transaction isolation level repeatable read, read only")) {
                    snapshot.execute();
                }
                return walk(connection);
            } finally {
                try {
                    connection.rollback();
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("The change history could not be verified", e);
        }
    }

    private static ChainVerification walk(Connection connection) throws SQLException {
        return walkSealed(connection).awaiting(awaitingSeal(connection));
    }

    private static long awaitingSeal(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from change_history where sequence is null");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static ChainVerification walkSealed(Connection connection) throws SQLException {
        long length;
        byte[] head;
        try (PreparedStatement statement = connection.prepareStatement("select length, head from change_history_chain where id = 1");
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return ChainVerification.broken(0, 0, null, new Break(1, null, null, null, Fault.MISSING,
                        "The chain's head (the row of change_history_chain) is missing: the history's length and last hash are unknown"));
            }
            length = row.getLong(1);
            head = row.getBytes(2);
        }
        long verified = 0;
        byte[] previous = GENESIS;
        Entry last = null;
        try (PreparedStatement page = connection.prepareStatement(PAGE_AFTER)) {
            long after = Long.MIN_VALUE;
            int read;
            do {
                page.setBytes(1, previous);
                page.setLong(2, after);
                page.setInt(3, PAGE);
                read = 0;
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        Entry entry = new Entry(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                                rows.getObject(4, UUID.class), rows.getBytes(5), rows.getBoolean(6));
                        Break found = entry.breakAt(verified + 1, length);
                        if (found != null) {
                            return ChainVerification.broken(verified, length, head, found);
                        }
                        verified++;
                        previous = entry.hash;
                        after = entry.sequence;
                        last = entry;
                    }
                }
            } while (read == PAGE);
        }
        if (verified < length) {
            return ChainVerification.broken(verified, length, head, new Break(verified + 1, null, null, null, Fault.MISSING,
                    "The chain ends at entry %d but the service appended %d: the entries from %d on are missing (deleted)"
                            .formatted(verified, length, verified + 1)));
        }
        if (!Arrays.equals(previous, head) && last == null) {
            return ChainVerification.broken(0, length, head, new Break(1, null, null, null, Fault.ALTERED,
                    "The chain has no entries, but its recorded head is not that of an empty chain: the head was altered"));
        }
        if (!Arrays.equals(previous, head)) {
            return ChainVerification.broken(verified - 1, length, head, last.broken(Fault.ALTERED,
                    "The last entry's hash is not the head the service recorded: the entry was replaced, or the head was altered"));
        }
        return ChainVerification.intact(verified, head);
    }

    /** One stored entry as the walk reads it; {@code sealed}: its hash matches its content and its predecessor. */
    private record Entry(long sequence, UUID id, String resourceType, UUID resourceId, byte[] hash, boolean sealed) {

        /** What is wrong with this entry at the place where the chain expects {@code expected}, if anything. */
        Break breakAt(long expected, long length) {
            if (sequence > length || sequence < expected) {
                return broken(Fault.INSERTED, "Entry %d was not sealed by the service: the chain it sealed %s"
                        .formatted(sequence, sequence > length ? "ends at entry " + length : "has no place for it there"));
            }
            if (sequence > expected) {
                return broken(Fault.MISSING, "The entries before this one, from %d on, are missing (deleted)".formatted(expected));
            }
            if (!sealed) {
                return broken(Fault.ALTERED, "Its hash does not follow from its content and the previous entry's hash: "
                        + "this entry, or the one before it, was altered or replaced");
            }
            return null;
        }

        Break broken(Fault problem, String detail) {
            return new Break(sequence, id, resourceType, resourceId, problem, detail);
        }
    }

    static String hex(byte[] hash) {
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }
}
