package nl.nvvk.keurmerk.schedule;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.nvvk.keurmerk.shared.events.EventFeed;
import nl.nvvk.keurmerk.shared.events.EventType;
import nl.nvvk.keurmerk.shared.security.Caller;
import nl.nvvk.keurmerk.shared.security.Scope;
import org.jboss.logging.Logger;

/**
 * Turns the passing of time into events: a certificate expired, its recertification came inside the
 * warning period, a conditional grant's follow-up audit or an improvement action passed its due day
 * undone. Each milestone (type, subject, due day) is recorded once in {@code milestone} together
 * with its event, in one transaction: the key, not a lock, makes it exactly once, however often the
 * job runs and on however many replicas at the same time (a second recorder waits on the first's
 * uncommitted key and then records nothing). A milestone missed while no replica ran is recorded by
 * the next run: catching up is the same query.
 */
@ApplicationScoped
public class Milestones {
    private static final Logger LOG = Logger.getLogger(Milestones.class);
    /** Milestones per transaction: a first run over years of history commits as it goes. */
    static final int BATCH = 500;
    /** Every loop is bounded: at most this many batches of one kind per run (5 million milestones). */
    private static final int MAX_BATCHES = 10_000;

    /**
     * What is due, per kind: subject_id, due_on, organisation_kvk, body_code, then the kind's own
     * columns; {@code p} holds the run's day (today) and the last valid-until day inside the warning (last_warned).
     */
    private enum Kind {
        CERTIFICATE_EXPIRED(EventType.CERTIFICATE_EXPIRED, "certificate", """
                select c.id as subject_id, c.valid_until + 1 as due_on, c.organisation_kvk, c.body_code, c.number
                from certificate c, p
                where c.status in ('ACTIVE', 'SUSPENDED') and c.valid_until < p.today"""),
        RECERTIFICATION_DUE_SOON(EventType.RECERTIFICATION_DUE_SOON, "certificate", """
                select c.id as subject_id, c.valid_until as due_on, c.organisation_kvk, c.body_code, c.number
                from certificate c, p
                where c.status in ('ACTIVE', 'SUSPENDED') and c.valid_until >= p.today and c.valid_until <= p.last_warned"""),
        // The schedule's own reading of "outstanding", so the event and the schedule's OVERDUE agree.
        FOLLOW_UP_OVERDUE(EventType.FOLLOW_UP_OVERDUE, "audit", """
                select s.certificate_audit_id as subject_id, s.follow_up_due_on as due_on, s.kvk_number as organisation_kvk,
                       s.certificate_body_code as body_code, s.certificate_number as number
                from recertification_schedule s, p
                where s.viewer = '*' and s.certificate_status in ('ACTIVE', 'SUSPENDED') and s.valid_until >= p.today
                  and s.follow_up_due_on < p.today and s.follow_up_audit_id is null"""),
        IMPROVEMENT_ACTION_OVERDUE(EventType.IMPROVEMENT_ACTION_OVERDUE, "improvement-action", """
                select i.id as subject_id, i.due_on, x.organisation_kvk, x.body_code, x.id as audit, x.reference
                from improvement_action i
                join audit x on x.id = i.audit_id, p
                where i.status in ('OPEN', 'SUBMITTED', 'REJECTED') and i.due_on < p.today and x.status in ('SUBMITTED', 'DECIDED')""");

        private final EventType event;
        private final String subjectType;
        private final String sql;

        /**
         * Records up to BATCH of the kind's milestones not recorded yet and answers those this statement
         * recorded: any a concurrent run recorded first are left out by the conflict.
         */
        Kind(EventType event, String subjectType, String candidates) {
            this.event = event;
            this.subjectType = subjectType;
            this.sql = """
                    with p as (select ?::date as today, ?::date as last_warned, ?::timestamptz as now),
                    candidates as (%s),
                    due as (
                        select * from candidates c
                        where not exists (select 1 from milestone m where m.type = '%s' and m.subject_id = c.subject_id and m.due_on = c.due_on)
                        order by c.due_on, c.subject_id
                        limit %d),
                    reached as (
                        insert into milestone (type, subject_id, due_on, reached_at)
                        select '%s', due.subject_id, due.due_on, p.now from due, p
                        -- In one order in every run: two runs at once wait on each other's keys, never deadlock.
                        order by due.due_on, due.subject_id
                        on conflict do nothing
                        returning subject_id, due_on)
                    select due.* from due join reached using (subject_id, due_on)
                    order by due.due_on, due.subject_id""".formatted(candidates, name(), BATCH, name());
        }
    }

    private final DataSource database;
    private final EventFeed events;
    private final Caller caller;
    private final Clock clock;
    private final SchedulePolicy policy;

    Milestones(DataSource database, EventFeed events, Caller caller, Clock clock, SchedulePolicy policy) {
        this.database = database;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
        this.policy = policy;
    }

    /** Records every milestone reached by {@code today} and not recorded yet, each with its event; answers how many this run recorded. */
    public int recordReachedBy(LocalDate today) {
        caller.actingAs("Only the milestone job records milestones", Scope.Kind.SYSTEM);
        int recorded = 0;
        for (Kind kind : Kind.values()) {
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                int reached = QuarkusTransaction.requiringNew().call(() -> recordBatch(kind, today));
                recorded += reached;
                if (reached == 0) {
                    break;
                }
            }
        }
        if (recorded > 0) {
            LOG.infof("Recorded %d milestone%s reached by %s", recorded, recorded == 1 ? "" : "s", today);
        }
        return recorded;
    }

    private int recordBatch(Kind kind, LocalDate today) throws SQLException {
        List<Map<String, Object>> reached = new ArrayList<>();
        Instant now = Instant.now(clock);
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(kind.sql)) {
            statement.setObject(1, today);
            statement.setObject(2, policy.lastValidUntilWarnedOn(today));
            statement.setTimestamp(3, Timestamp.from(now));
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        row.put(columns.getColumnLabel(column), rows.getObject(column));
                    }
                    reached.add(row);
                }
            }
        }
        for (Map<String, Object> row : reached) {
            events.record(kind.event, kind.subjectType, (UUID) row.get("subject_id"), (String) row.get("organisation_kvk"),
                    (String) row.get("body_code"), data(kind, row));
        }
        return reached.size();
    }

    /** What an integrator needs to act on the milestone: the day it is about, and the certificate or audit it concerns. */
    private Map<String, String> data(Kind kind, Map<String, Object> row) {
        Map<String, String> data = new LinkedHashMap<>();
        LocalDate due = ((Date) row.get("due_on")).toLocalDate();
        switch (kind) {
            case CERTIFICATE_EXPIRED -> {
                data.put("number", (String) row.get("number"));
                data.put("validUntil", due.minusDays(1).toString());
                data.put("expiredOn", due.toString());
            }
            case RECERTIFICATION_DUE_SOON -> {
                data.put("number", (String) row.get("number"));
                data.put("dueOn", due.toString());
                data.put("warningOn", policy.warningOn(due).toString());
            }
            case FOLLOW_UP_OVERDUE -> {
                data.put("number", (String) row.get("number"));
                data.put("dueOn", due.toString());
            }
            case IMPROVEMENT_ACTION_OVERDUE -> {
                data.put("audit", row.get("audit").toString());
                data.put("reference", (String) row.get("reference"));
                data.put("dueOn", due.toString());
            }
        }
        return data;
    }
}
