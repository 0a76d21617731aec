package nl.nvvk.keurmerk.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ObjectionDtos {
    private ObjectionDtos() {
    }

    @Schema(name = "ObjectionRequest", description = "The organisation's objection to NVVK's decision on its audit, with its grounds.")
    public record ObjectionRequest(
            @NotBlank @Size(max = 10000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(description = "Why the organisation objects", example = "De weging van norm 4.3 miskent het verbeterplan dat tijdens het onderzoek is getoond.")
            String grounds) {
    }

    @Schema(name = "ObjectionOutcomeRequest", description = "NVVK's decision on an objection, with its motivation.")
    public record OutcomeRequest(
            @NotNull @Schema(description = "UPHELD and PARTLY_UPHELD are followed by a new decision on the audit", example = "PARTLY_UPHELD")
            ObjectionOutcome outcome,
            @NotBlank @Size(max = 10000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(description = "Why NVVK decides so", example = "Het verbeterplan is alsnog beoordeeld; de voorwaarde voor norm 4.3 vervalt.")
            String motivation) {
    }

    @Schema(name = "Objection", description = "An objection (bezwaar) of the audited organisation to NVVK's decision on its audit.")
    public record ObjectionResponse(
            UUID id,
            @Schema(description = "The audit whose decision it objects to") UUID audit,
            @Size(max = 100) @Pattern(regexp = AuditDtos.REFERENCE) @Schema(description = "The audit's reference", example = "KIWA-2023-0417") String auditReference,
            @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(description = "KvK number of the objecting organisation", example = "90000001")
            String organisation,
            @Schema(description = "What it is against, read from the decision", example = "CONDITIONS") ObjectionGround against,
            @Schema(description = "When the decision it objects to was taken") Instant decisionDecidedAt,
            @Size(max = 10000) @Pattern(regexp = Formats.TEXT)
            @Schema(example = "De weging van norm 4.3 miskent het verbeterplan dat tijdens het onderzoek is getoond.") String grounds,
            ObjectionStatus status,
            Instant lodgedAt,
            @Schema(description = "Its receipt confirmed by NVVK", nullable = true) Instant receivedAt,
            @Schema(description = "Taken into handling by NVVK", nullable = true) Instant handlingSince,
            @Schema(description = "Once decided", example = "PARTLY_UPHELD", nullable = true) ObjectionOutcome outcome,
            @Size(max = 10000) @Pattern(regexp = Formats.TEXT)
            @Schema(example = "Het verbeterplan is alsnog beoordeeld; de voorwaarde voor norm 4.3 vervalt.", nullable = true) String outcomeMotivation,
            @Schema(nullable = true) Instant decidedAt,
            @Schema(description = "After an upheld objection: when NVVK decided on the audit again", nullable = true) Instant redecidedAt,
            @Schema(description = "Upheld and no new decision yet: NVVK's next step is a decision on the audit") boolean awaitsNewDecision,
            @Schema(description = "The last day an objection to this decision could be lodged", example = "2026-08-12") LocalDate periodEndedOn) {

        static ObjectionResponse from(Objection objection, LocalDate periodEndedOn) {
            return new ObjectionResponse(objection.id, objection.auditId, objection.auditReference, objection.organisationKvk, objection.against,
                    objection.decisionDecidedAt, objection.grounds, objection.status, objection.lodgedAt, objection.receivedAt,
                    objection.handlingSince, objection.outcome, objection.outcomeMotivation, objection.decidedAt, objection.redecidedAt,
                    objection.awaitsNewDecision(), periodEndedOn);
        }
    }
}
