package nl.nvvk.keurmerk.shared.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "A feed of what happened, for integrators to follow")
@SecurityRequirement(name = "bearer")
public class EventFeedResource {
    private final EventFeed feed;

    EventFeedResource(EventFeed feed) {
        this.feed = feed;
    }

    @GET
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "readEvents", summary = "Follow the event feed",
            description = "Events after the cursor `after`: audit submitted, decision taken, certificate issued, suspended, reinstated, "
                    + "withdrawn or superseded. Poll with the answer's `next` (also when no event is new): the feed never skips or repeats an event, "
                    + "even when changes commit out of order. Events come in the order their changes began to write; one organisation's audits and "
                    + "certificates change one at a time, so its events come in the order they happened. An event shows once every transaction "
                    + "that began writing before it has ended (normally within milliseconds). NVVK reads every event; a certifying body those of its "
                    + "audits and their certificates; a member its organisation's.")
    @APIResponse(responseCode = "200", description = "The next events; `next` is where to go on from")
    public Page<EventResponse> read(
            @QueryParam("after") @Size(max = PageRequest.MAX_CURSOR_LENGTH) @Pattern(regexp = PageRequest.CURSOR_PATTERN, message = "must be the `next` value of an earlier answer")
            @Parameter(description = "The `next` value of the previous answer, unchanged; omit to read from the first event") String after,
            @QueryParam("type") @Size(max = 20) @Parameter(description = "Only events of these types (repeat the parameter for several)") List<EventType> types,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_LIMIT) @Parameter(description = "At most this many events, 1 to 200", example = "50")
            Integer limit) {
        Set<EventType> wanted = types == null || types.isEmpty() ? Set.of() : EnumSet.copyOf(types);
        return feed.after(after, wanted, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
    }
}
