package nl.nvvk.keurmerk.shared.history;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One recorded mutation of a resource.")
public record ChangeResponse(
        @Schema(description = "Id of this change") UUID id,
        @Schema(description = "Kind of resource", example = "organisation") String resourceType,
        @Schema(description = "Id of the changed resource") UUID resourceId,
        @Schema(description = "What was done: registered, revised, admitted, imported, replaced, published, retired", example = "revised") String action,
        @Schema(description = "Token subject of the caller", example = "0f6c2d1e-3b7a-4c55-9a0e-2f1d9b8c7a61") String actorSubject,
        @Schema(description = "Role the caller acted in", example = "nvvk-admin") String actorRole,
        @Schema(description = "Certifying body code or KvK number the caller acted for", example = "KIWA", nullable = true) String actorTenant,
        @Schema(description = "When it happened") Instant occurredAt,
        @Schema(description = "Per changed field its value before and after", example = "{\"name\": {\"from\": \"Gemeente Zonnedijk\", \"to\": \"Gemeente Zonnedijk-Oost\"}}")
        Map<String, Change.FieldChange> changes) {

    static ChangeResponse from(Change change) {
        return new ChangeResponse(change.id, change.resourceType, change.resourceId, change.action, change.actorSubject,
                change.actorRole, change.actorTenant, change.occurredAt, change.changes);
    }
}
