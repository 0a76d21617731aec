package nl.nvvk.keurmerk.shared.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Event", description = "Something that happened, as the feed tells it: what, when, to what, and the ids and codes to act on.")
public record EventResponse(
        @Schema(description = "The event's number: unique, but not the feed's order", example = "4711",
                minimum = "1", maximum = "9223372036854775807") long id,
        EventType type,
        @Schema(description = "When the change was made") Instant occurredAt,
        @Schema(description = "The resource it happened to", example = "certificate") @Size(max = 40) @Pattern(regexp = "^[a-z][a-z-]*$") String subjectType,
        @Schema(description = "That resource's id") UUID subjectId,
        @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(description = "The organisation it concerns", example = "90000001", nullable = true) String organisation,
        @Size(min = 2, max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(description = "The certifying body whose audit it concerns", example = "KIWA", nullable = true) String certifyingBody,
        @Schema(description = "Ids, numbers, codes and dates of the change, by event type: AUDIT_SUBMITTED reference, type; AUDIT_DECIDED "
                + "reference, outcome, followUpDueOn, certificate; CERTIFICATE_ISSUED number, validFrom, validUntil, audit; CERTIFICATE_SUSPENDED, "
                + "_REINSTATED, _WITHDRAWN number, reason; CERTIFICATE_SUPERSEDED number, supersededBy; PEER_MEETING_RECORDED group, heldOn, tookPart "
                + "(whether this organisation took part); PEER_REFLECTION_SHARED meeting, group, heldOn; "
                + "OBJECTION_LODGED audit, reference, against; OBJECTION_RECEIVED audit, reference; OBJECTION_DECIDED audit, reference, outcome",
                maxProperties = 20, additionalProperties = EventResponse.Datum.class,
                example = "{\"number\": \"NVVK-7KQ2-M9XH-4DPE\", \"reason\": \"Verbeterplan niet uitgevoerd.\"}")
        Map<String, String> data) {

    /** One value of an event's data, as text. */
    @Schema(name = "EventDatum", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 4000,
            pattern = Formats.TEXT, example = "NVVK-7KQ2-M9XH-4DPE")
    public interface Datum {
    }

    static EventResponse from(Event event) {
        return new EventResponse(event.id, event.type, event.occurredAt, event.subjectType, event.subjectId, event.organisationKvk, event.bodyCode, event.data);
    }
}
