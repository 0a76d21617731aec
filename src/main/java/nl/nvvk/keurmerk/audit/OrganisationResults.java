package nl.nvvk.keurmerk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An organisation's results as comparisons over time read them: per reported audit its findings by
 * norm id and its development levels by area, per shared self-assessment its levels. Published by
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
}
