package nl.nvvk.keurmerk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.nvvk.keurmerk.organisation.OrganisationKind;

/**
 * An organisation's results as comparisons over time read them: per reported audit its findings by
 * norm id and its development levels by area, per shared self-assessment its levels, and decided audits
 * as the sector's figures count them. Published by
 * this feature for the statistics feature; nothing here is on the wire.
 */
public final class OrganisationResults {
    private OrganisationResults() {
    }

    /** A submitted or decided audit: its findings per norm id, and the development level per area number it scored. */
    public record AuditResults(UUID id, String reference, AuditType type, AuditStatus status, String bodyCode, UUID frameworkId,
                               LocalDate firstVisitOn, LocalDate reportOn, DecisionOutcome decision, Map<UUID, FindingResult> findings,
                               Map<Integer, Integer> areaLevels) {
    }

    public record FindingResult(Classification classification, Weight weight, Integer developmentLevel) {
    }

    /** A shared self-assessment: its level per norm id and per area number (levels left open are absent). */
    public record SelfAssessedResults(UUID id, UUID frameworkId, Instant sharedAt, Map<UUID, Integer> norms, Map<Integer, Integer> areaLevels) {
    }

    /** One decided audit as the sector's figures count it; the organisation's kind is the one registered when it is read. */
    public record DecidedAudit(UUID id, UUID organisationId, UUID frameworkId, String bodyCode, OrganisationKind organisationKind, AuditType type,
                               LocalDate reportOn, Instant decidedAt, DecisionOutcome decision, List<DecidedFinding> findings,
                               Map<Integer, Integer> areaLevels) {
    }

    public record DecidedFinding(UUID normId, Classification classification, Weight weight) {
    }

    /**
     * An improvement action of a decided audit: pending while the organisation still has to act
     * (open, submitted or rejected), closedAt when it was closed (closing is its last change).
     */
    public record DecidedAction(UUID id, UUID auditId, Weight weight, LocalDate dueOn, boolean pending, Instant closedAt) {
    }
}
