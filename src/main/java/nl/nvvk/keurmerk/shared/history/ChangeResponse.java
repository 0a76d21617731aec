package nl.nvvk.keurmerk.shared.history;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
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
        Map<String, Change.FieldChange> changes) {

    static ChangeResponse from(Change change) {
        return new ChangeResponse(change.id, change.resourceType, change.resourceId, change.action, change.actorSubject,
                change.actorRole, change.actorTenant, change.occurredAt, change.changes);
    }
}
