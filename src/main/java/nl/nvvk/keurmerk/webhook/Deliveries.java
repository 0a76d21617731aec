package nl.nvvk.keurmerk.webhook;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import org.hibernate.Session;

/**
 * The delivery loop's work in the database, in plain SQL: it runs as the system on every replica,
 * outside any caller's request. Each step is one short transaction of its caller's
 * ({@link DeliveryLoop}), and every row it touches is claimed with FOR UPDATE SKIP LOCKED, so
 * replicas share the work without a lock of their own and each event goes to each subscription once.
 */
final class Deliveries {
    /** Events read per subscription and round: bounded work, the rest next round. */
    static final int EVENTS_PER_ROUND = 1000;

    private Deliveries() {
    }

    /** A due delivery claimed for one attempt: what to send and where. */
    record Claimed(UUID id, UUID subscription, long eventId, int attempt, Instant dueSince, String targetUrl, List<String> secrets,
                   String type, Instant occurredAt, String subjectType, UUID subjectId, String organisation, String body, String data) {
    }

    /** The oldest transaction still running: the feed's horizon. A new subscription starts just below it. */
    static long horizon() {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(Deliveries::horizon);
    }

    private static long horizon(Connection connection) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint");
             ResultSet row = sql.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** An event as the fan-out reads it: its place in feed order and who may read it. */
    private record Scanned(long id, long txid, String type, String organisation, String body) {
        boolean after(long positionTxid, long positionId) {
            return txid > positionTxid || (txid == positionTxid && id > positionId);
        }
    }

    /** A subscription as the fan-out reads it, locked. */
    private record Subscription(UUID id, String ownerKind, String ownerTenant, Set<String> types, long afterTxid, long afterEventId) {
        /** Exactly what its owner reads in the feed (Event.visibleTo), of its types. */
        boolean wants(Scanned event) {
            boolean readable = switch (ownerKind) {
                case "NVVK" -> true;
                case "CERTIFYING_BODY" -> ownerTenant.equals(event.body());
                case "MEMBER" -> ownerTenant.equals(event.organisation());
                default -> false;
            };
            return readable && (types.isEmpty() || types.contains(event.type()));
        }
    }

    /**
     * Copies the events committed past each active subscription's position into its deliveries,
     * those its owner may read and of its types, and moves the position on. Only events below the
     * oldest running transaction are read, as the feed does, so none committed later can be skipped.
     * One read of the events serves every subscription; a round that finds no new event locks and
     * writes nothing.
     */
    static int fanOut() {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            long horizon = horizon(connection);
            List<Scanned> events = new ArrayList<>();
            try (PreparedStatement read = connection.prepareStatement("""
                    select e.id, e.txid, e.type, e.organisation_kvk, e.body_code from event e
                    where (e.txid, e.id) > (select s.after_txid, s.after_event_id from webhook_subscription s
                                            where s.active and s.paused_at is null order by s.after_txid, s.after_event_id limit 1)
                      and e.txid < ? order by e.txid, e.id limit ?""")) {
                read.setLong(1, horizon);
                read.setInt(2, EVENTS_PER_ROUND);
                try (ResultSet row = read.executeQuery()) {
                    while (row.next()) {
                        events.add(new Scanned(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5)));
                    }
                }
            }
            if (events.isEmpty()) {
                return 0;
            }
            // Nothing past the last one read below the horizon: everything before the horizon has been seen.
            Scanned last = events.get(events.size() - 1);
            boolean seenAll = events.size() < EVENTS_PER_ROUND;
            long movedTxid = seenAll ? horizon - 1 : last.txid();
            long movedId = seenAll ? Long.MAX_VALUE : last.id();
            int copied = 0;
            try (PreparedStatement lock = connection.prepareStatement("""
                    select id, owner_kind, owner_tenant, event_types, after_txid, after_event_id from webhook_subscription
                    where active and paused_at is null and (after_txid, after_event_id) < (?, ?) for update skip locked""");
                 PreparedStatement insert = connection.prepareStatement("""
                         insert into webhook_delivery (id, subscription_id, event_id, event_txid, event_type, organisation_kvk, status,
                                                       attempts, next_attempt_at, due_since, created_at)
                         values (?, ?, ?, ?, ?, ?, 'PENDING', 0, now(), now(), now()) on conflict on constraint webhook_delivery_once do nothing""");
                 PreparedStatement move = connection.prepareStatement("update webhook_subscription set after_txid = ?, after_event_id = ? where id = ?")) {
                lock.setLong(1, movedTxid);
                lock.setLong(2, movedId);
                try (ResultSet row = lock.executeQuery()) {
                    while (row.next()) {
                        String types = row.getString(4);
                        Subscription subscription = new Subscription(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                                types.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(types.split(","))), row.getLong(5), row.getLong(6));
                        for (Scanned event : events) {
                            if (event.after(subscription.afterTxid(), subscription.afterEventId()) && subscription.wants(event)) {
                                insert.setObject(1, Ids.next());
                                insert.setObject(2, subscription.id());
                                insert.setLong(3, event.id());
                                insert.setLong(4, event.txid());
                                insert.setString(5, event.type());
                                insert.setString(6, event.organisation());
                                insert.addBatch();
                                copied++;
                            }
                        }
                        move.setLong(1, movedTxid);
                        move.setLong(2, movedId);
                        move.setObject(3, subscription.id());
                        move.addBatch();
                    }
                }
                insert.executeBatch();
                move.executeBatch();
            }
            return copied;
        });
    }

    /**
     * Claims up to {@code limit} due deliveries of active subscriptions, per subscription and
     * organisation only the earliest pending (feed order), and leases each for {@code lease}: a
     * replica that dies mid-attempt leaves it due again after the lease.
     */
    static List<Claimed> claim(int limit, Duration lease) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            List<Claimed> claimed = new ArrayList<>();
            try (PreparedStatement sql = connection.prepareStatement("""
                    with due as (
                        select d.id from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                        where d.status = 'PENDING' and d.next_attempt_at <= now() and s.active and s.paused_at is null
                          and not exists (select 1 from webhook_delivery p
                                          where p.subscription_id = d.subscription_id and p.status = 'PENDING'
                                            and p.organisation_kvk is not distinct from d.organisation_kvk
                                            and (p.event_txid, p.event_id) < (d.event_txid, d.event_id))
                        order by d.next_attempt_at limit ? for update of d skip locked),
                    leased as (
                        update webhook_delivery d set next_attempt_at = now() + ? * interval '1 millisecond', attempts = d.attempts + 1,
                                                      last_attempt_at = now()
                        from due where d.id = due.id and d.next_attempt_at <= now()
                        returning d.id, d.subscription_id, d.event_id, d.attempts, d.due_since)
                    select l.id, l.subscription_id, l.event_id, l.attempts, l.due_since, s.target_url, s.secret,
                           case when s.previous_secret_until > now() then s.previous_secret end,
                           e.type, e.occurred_at, e.subject_type, e.subject_id, e.organisation_kvk, e.body_code, e.data::text
                    from leased l join webhook_subscription s on s.id = l.subscription_id join event e on e.id = l.event_id""")) {
                sql.setInt(1, limit);
                sql.setLong(2, lease.toMillis());
                try (ResultSet row = sql.executeQuery()) {
                    while (row.next()) {
                        List<String> secrets = row.getString(8) == null ? List.of(row.getString(7)) : List.of(row.getString(7), row.getString(8));
                        claimed.add(new Claimed(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getLong(3), row.getInt(4),
                                row.getTimestamp(5).toInstant(), row.getString(6), secrets, row.getString(9), row.getTimestamp(10).toInstant(),
                                row.getString(11), row.getObject(12, UUID.class), row.getString(13), row.getString(14), row.getString(15)));
                    }
                }
            }
            return claimed;
        });
    }

    /**
     * What one attempt came to: delivered, or failed and due again after {@code retryAfter}, or
     * given up (its subscription then paused).
     */
    record Outcome(UUID id, UUID subscription, boolean delivered, Integer status, String error, String answer, Duration retryAfter, boolean giveUp) {
        /** Why, in the subscription's pause reason. */
        String why() {
            return status == null ? error : "answer " + status + (error == null ? "" : ", " + error);
        }
    }

    /** Records a round's attempts in one transaction: one commit for the round, not one per delivery. */
    static void record(List<Outcome> outcomes) {
        Panache.getEntityManager().unwrap(Session.class).doWork((Connection connection) -> {
            try (PreparedStatement delivered = connection.prepareStatement("""
                    update webhook_delivery set status = 'DELIVERED', delivered_at = now(), last_status = ?, last_error = null, last_answer = ?
                    where id = ?""");
                 PreparedStatement failed = connection.prepareStatement("""
                         update webhook_delivery set status = case when ? then 'FAILED' else 'PENDING' end,
                                                     next_attempt_at = now() + ? * interval '1 millisecond', last_status = ?, last_error = ?, last_answer = ?
                         where id = ?""");
                 PreparedStatement pause = connection.prepareStatement("""
                         update webhook_subscription set paused_at = now(), updated_at = now(), lock_version = lock_version + 1,
                                pause_reason = left('Deliveries failed for too long; the last: ' || ?, 500)
                         where id = ? and paused_at is null""")) {
                for (Outcome outcome : outcomes) {
                    if (outcome.delivered()) {
                        delivered.setInt(1, outcome.status());
                        delivered.setString(2, outcome.answer());
                        delivered.setObject(3, outcome.id());
                        delivered.addBatch();
                        continue;
                    }
                    failed.setBoolean(1, outcome.giveUp());
                    failed.setLong(2, outcome.retryAfter().toMillis());
                    failed.setObject(3, outcome.status(), java.sql.Types.INTEGER);
                    failed.setString(4, outcome.error());
                    failed.setString(5, outcome.answer());
                    failed.setObject(6, outcome.id());
                    failed.addBatch();
                    if (outcome.giveUp()) {
                        pause.setString(1, outcome.why());
                        pause.setObject(2, outcome.subscription());
                        pause.addBatch();
                    }
                }
                delivered.executeBatch();
                failed.executeBatch();
                pause.executeBatch();
            }
        });
    }

}
