package nl.nvvk.keurmerk.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.nvvk.keurmerk.audit.OrganisationResults.DecidedAction;
import nl.nvvk.keurmerk.audit.OrganisationResults.DecidedAudit;
import nl.nvvk.keurmerk.audit.OrganisationResults.DecidedFinding;
import nl.nvvk.keurmerk.organisation.OrganisationKind;
import org.hibernate.Session;

/**
 * Decided audits read for the sector's figures, in two streaming JDBC reads instead of entities: at
 * sector scale (ten thousand audits of fifty findings) loading entities would cost seconds and
 * hundreds of megabytes for what the figures keep as a few bytes per finding. Only the system reads
 * this (AuditService.decidedSince checks the scope); a decided audit never changes.
 */
final class DecidedAudits {
    private DecidedAudits() {
    }

    /** The levels are taken apart once per audit (materialized), not once per finding row. */
    private static final String DECIDED = """
            with decided as materialized (
                select a.id, a.organisation_id, a.framework_id, a.body_code, a.type, a.report_on, a.decided_at, a.decision,
                       (select coalesce(jsonb_agg(jsonb_build_array(e->'areaNumber', e->'developmentLevel')), '[]'::jsonb)::text
                          from jsonb_array_elements(a.areas) e where jsonb_typeof(e->'developmentLevel') = 'number') as levels
                from audit a
                where a.status = 'DECIDED' and a.decided_at >= ?)
            select d.id, d.organisation_id, d.framework_id, d.body_code, o.kind, d.type, d.report_on, d.decided_at, d.decision, d.levels,
                   f.norm_id, f.classification, f.weight
            from decided d join organisation o on o.id = d.organisation_id left join finding f on f.audit_id = d.id
            order by d.id""";

    /** Every audit decided at or after the instant, one by one. */
    static void since(Instant since, Consumer<DecidedAudit> each) {
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement decided = connection.prepareStatement(DECIDED)) {
                decided.setTimestamp(1, Timestamp.from(since));
                decided.setFetchSize(5000);
                try (ResultSet row = decided.executeQuery()) {
                    boolean more = row.next();
                    while (more) {
                        UUID id = row.getObject(1, UUID.class);
                        UUID organisation = row.getObject(2, UUID.class);
                        UUID framework = row.getObject(3, UUID.class);
                        String body = row.getString(4);
                        OrganisationKind kind = OrganisationKind.valueOf(row.getString(5));
                        AuditType type = AuditType.valueOf(row.getString(6));
                        LocalDate reportOn = row.getObject(7, LocalDate.class);
                        Instant decidedAt = row.getTimestamp(8).toInstant();
                        DecisionOutcome decision = DecisionOutcome.valueOf(row.getString(9));
                        Map<Integer, Integer> levels = levelsOf(row.getString(10));
                        List<DecidedFinding> found = new ArrayList<>(64);
                        // The rows of one audit come together (order by a.id): one per finding, or one without.
                        while (more && row.getObject(1, UUID.class).equals(id)) {
                            UUID norm = row.getObject(11, UUID.class);
                            if (norm != null) {
                                String weight = row.getString(13);
                                found.add(new DecidedFinding(norm, Classification.valueOf(row.getString(12)), weight == null ? null : Weight.valueOf(weight)));
                            }
                            more = row.next();
                        }
                        each.accept(new DecidedAudit(id, organisation, framework, body, kind, type, reportOn, decidedAt, decision, found, levels));
                    }
                }
            }
        });
    }

    /**
     * The improvement actions of decided audits changed at or after the instant, and every action of
     * an audit decided since then (its actions may have changed before the decision).
     */
    private static final String ACTIONS = """
            select ia.id, ia.audit_id, f.weight, ia.due_on, ia.status, ia.updated_at
            from improvement_action ia join audit a on a.id = ia.audit_id join finding f on f.id = ia.finding_id
            where a.status = 'DECIDED' and ia.updated_at >= ?
            union
            select ia.id, ia.audit_id, f.weight, ia.due_on, ia.status, ia.updated_at
            from audit a join improvement_action ia on ia.audit_id = a.id join finding f on f.id = ia.finding_id
            where a.status = 'DECIDED' and a.decided_at >= ?""";

    /** The improvement actions of decided audits changed, or decided on, at or after the instant. */
    static void actionsSince(Instant since, Consumer<DecidedAction> each) {
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement actions = connection.prepareStatement(ACTIONS)) {
                actions.setTimestamp(1, Timestamp.from(since));
                actions.setTimestamp(2, Timestamp.from(since));
                actions.setFetchSize(5000);
                try (ResultSet row = actions.executeQuery()) {
                    while (row.next()) {
                        String weight = row.getString(3);
                        ActionStatus status = ActionStatus.valueOf(row.getString(5));
                        each.accept(new DecidedAction(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                                weight == null ? null : Weight.valueOf(weight), row.getObject(4, LocalDate.class), status.isPending(),
                                status == ActionStatus.CLOSED ? row.getTimestamp(6).toInstant() : null));
                    }
                }
            }
        });
    }

    /** [[area, level], …] as the query builds it: the numbers in pairs, read by hand (a regular expression per audit cost more than the row). */
    static Map<Integer, Integer> levelsOf(String json) {
        Map<Integer, Integer> levels = new HashMap<>();
        int area = -1;
        int number = -1;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c >= '0' && c <= '9') {
                number = (number < 0 ? 0 : number * 10) + (c - '0');
            } else if (number >= 0) {
                if (area < 0) {
                    area = number;
                } else {
                    levels.put(area, number);
                    area = -1;
                }
                number = -1;
            }
        }
        return levels;
    }
}
