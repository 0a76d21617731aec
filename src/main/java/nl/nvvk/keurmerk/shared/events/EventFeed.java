package nl.nvvk.keurmerk.shared.events;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.Paging;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.security.Caller;
import org.hibernate.Session;
import org.hibernate.StatelessSession;

/**
 * The outbox and the feed read from it. A feature records an event in the transaction of its change,
 * so the event exists exactly when the change committed; readers page through them in transaction-id order.
 */
@ApplicationScoped
public class EventFeed {
    static final String AFTER = "after";

    private final Caller caller;
    private final Clock clock;
    private final Paging paging;
    private final StatelessSession rows;

    EventFeed(Caller caller, Clock clock, Paging paging, StatelessSession rows) {
        this.caller = caller;
        this.clock = clock;
        this.paging = paging;
        this.rows = rows;
    }

    /**
     * Records that something happened to a subject, in the caller's transaction.
     *
     * @param organisationKvk the organisation it concerns (its member reads it), or null
     * @param bodyCode        the certifying body whose audit it concerns (that body reads it), or null
     * @param data            what an integrator needs to act on it without another read; ids, numbers and codes only
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EventType type, String subjectType, UUID subjectId, String organisationKvk, String bodyCode, Map<String, String> data) {
        rows.insert(new Event(type, Instant.now(clock), subjectType, subjectId, organisationKvk, bodyCode, data));
    }

    /**
     * The caller's events after the cursor, in transaction-id order, of the given types (all when
     * empty). Only events below the oldest transaction still running are read: every transaction
     * there has ended, so a later read never finds an event before the cursor it was given.
     */
    @Transactional
    public Page<EventResponse> after(String after, Set<EventType> types, int limit) {
        long horizon = horizon();
        Where filters = Where.of("e.txid < :horizon", "horizon", horizon)
                .and(types.isEmpty() ? Where.all() : Where.of("e.type in :types", "types", types));
        // Nothing below the horizon can change any more: an empty answer moves the cursor up to it.
        return paging.feed(Event.IN_FEED_ORDER, caller.scope(), filters, after, AFTER, limit, List.of(horizon - 1, Long.MAX_VALUE), EventResponse::from);
    }

    /** The oldest transaction id still in progress anywhere in the database server. */
    private static long horizon() {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (Statement sql = connection.createStatement();
                 ResultSet row = sql.executeQuery("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint")) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
