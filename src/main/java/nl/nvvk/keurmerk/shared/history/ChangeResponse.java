package nl.nvvk.keurmerk.shared.history;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One recorded mutation of a resource.")
public record ChangeResponse(
        @Schema(description = "Id of this change") UUID id,
        @Size(max = 40) @Pattern(regexp = ChangeHistory.NAME) @Schema(description = "Kind of resource", example = "organisation") String resourceType,
        @Schema(description = "Id of the changed resource") UUID resourceId,
        @Size(max = 40) @Pattern(regexp = ChangeHistory.NAME)
        @Schema(description = "What was done: registered, revised, admitted, imported, replaced, published, retired", example = "revised") String action,
        @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE)
        @Schema(description = "Token subject of the caller, or system:<job> for a job", example = "0f6c2d1e-3b7a-4c55-9a0e-2f1d9b8c7a61") String actorSubject,
        @Size(max = 40) @Pattern(regexp = ChangeHistory.NAME) @Schema(description = "Role the caller acted in: nvvk-admin, certifier, member or system", example = "nvvk-admin") String actorRole,
        @Size(max = 20) @Pattern(regexp = Formats.TENANT)
        @Schema(description = "Certifying body code or KvK number the caller acted for", example = "KIWA", nullable = true) String actorTenant,
        @Schema(description = "When it happened") Instant occurredAt,
        @Schema(description = "Per changed field its value before and after", maxProperties = 100,
                example = "{\"name\": {\"from\": \"Gemeente Zonnedijk\", \"to\": \"Gemeente Zonnedijk-Oost\"}}")
        Map<String, Change.FieldChange> changes,
        @Min(1) @Max(Long.MAX_VALUE)
        @Schema(description = "Its place in the change history's hash chain; absent for the second or so until it is sealed", example = "42", nullable = true)
        Long sequence,
        @Size(min = 64, max = 64) @Pattern(regexp = ChainVerification.HASH)
        @Schema(description = "SHA-256 (hex) over its content, its place and the previous entry's hash; absent until it is sealed",
                example = "9f2c4e0b7a1d3f5e6c8b9a0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f", nullable = true) String hash) {

    static ChangeResponse from(Change change) {
        return new ChangeResponse(change.id, change.resourceType, change.resourceId, change.action, change.actorSubject,
                change.actorRole, change.actorTenant, change.occurredAt, change.changes, change.sequence, HistoryChain.hex(change.hash));
    }
}
