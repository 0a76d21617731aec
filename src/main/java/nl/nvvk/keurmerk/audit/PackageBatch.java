package nl.nvvk.keurmerk.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.nvvk.keurmerk.audit.AuditDtos.AuditReceipt;
import nl.nvvk.keurmerk.shared.error.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Up to 100 packages in one request, each pushed on its own: one bad package answers its own
 * problem and does not hold back the others. Each package is read and checked only when its turn
 * comes, so even one that is not valid JSON for a package fails alone.
 */
@Schema(name = "AuditPackageBatch", description = "Up to 100 audit packages, each with its reference.", additionalProperties = Schema.False.class)
public record PackageBatch(
        @NotNull @Size(min = 1, max = PackageBatch.MAX_PACKAGES) List<@NotNull @Valid Item> packages) {

    public static final int MAX_PACKAGES = 100;

    @Schema(name = "AuditPackageBatchItem", description = "One package with the certifying body's own reference for it.",
            additionalProperties = Schema.False.class)
    public record Item(
            @NotNull @Size(max = 100) @Pattern(regexp = AuditDtos.REFERENCE, message = AuditDtos.REFERENCE_MESSAGE)
            @Schema(example = "KIWA-2023-0417") String reference,
            @NotNull @JsonProperty("package") @Schema(implementation = AuditPackage.class) JsonNode contents) {
    }

    @Schema(name = "AuditPackageBatchResult", description = "Per package, in the order sent, what its push did.")
    public record Result(@Size(max = MAX_PACKAGES) List<Outcome> items) {
    }

    @Schema(name = "AuditPackageBatchOutcome", description = "One package's outcome: the status its own push would have answered, "
            + "and its receipt or its problem.")
    public record Outcome(
            @Size(max = 100) @Pattern(regexp = AuditDtos.REFERENCE) @Schema(example = "KIWA-2023-0417") String reference,
            @jakarta.validation.constraints.Min(200) @jakarta.validation.constraints.Max(599)
            @Schema(description = "201 created, 200 replaced or unchanged, or the status of its problem", example = "201") int status,
            @Schema(description = "What the push did, when it succeeded", nullable = true) AuditReceipt receipt,
            @Schema(description = "Why it failed, when it did", nullable = true) Problem problem) {
    }
}
