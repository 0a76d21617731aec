package nl.nvvk.keurmerk.consultation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.PeerGroupRequest;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.PeerGroupView;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.PeerMeetingRequest;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.PeerMeetingView;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.security.Roles;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/peer-groups")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "In gesprek met", description = "Intercollegiate consultation: groups of member organisations that meet to work on one "
        + "organisation-wide question, their meetings, and each organisation's own reflection on a meeting")
public class PeerGroupResource {
    private final ConsultationService consultation;

    PeerGroupResource(ConsultationService consultation) {
        this.consultation = consultation;
    }

    @GET
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.MEMBER})
    @Operation(operationId = "listPeerGroups", summary = "List groups",
            description = "By name. NVVK sees every group; a member the groups it belongs to. Certifying bodies read no groups (403).")
    @APIResponse(responseCode = "200", description = "One page of groups")
    public Page<PeerGroupView> list(
            @QueryParam("area") @Min(1) @Max(99) @Parameter(description = "Only groups whose question concerns this performance area", example = "4")
            Integer area,
            @RestQuery @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
            @Parameter(description = "Only groups this organisation belongs to", example = "90000001") String kvkNumber,
            @Valid @BeanParam PageRequest page) {
        return consultation.groups(new ConsultationService.GroupFilter(area, kvkNumber), page);
    }

    @POST
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setUpPeerGroup", summary = "Set up a group",
            description = "NVVK sets up a group: its name, its question, the performance areas of the current framework version it concerns, and its "
                    + "member organisations (registered ones, each once).")
    @APIResponse(responseCode = "201", description = "The group",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerGroupView.class)),
            headers = {@Header(name = "Location", description = "URL of the group", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    public RestResponse<PeerGroupView> setUp(@Valid @NotNull PeerGroupRequest request, UriInfo uri) {
        Versioned<PeerGroupView> group = consultation.setUp(request);
        return group.created(uri.getAbsolutePathBuilder().path(group.body().id().toString()).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.MEMBER})
    @Operation(operationId = "readPeerGroup", summary = "Read a group",
            description = "With its areas and member organisations. A group the member does not belong to answers 404.")
    @APIResponse(responseCode = "200", description = "The group",
            headers = @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<PeerGroupView> get(@PathParam("id") UUID id) {
        return consultation.group(id).ok();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "describePeerGroup", summary = "Describe a group anew",
            description = "NVVK renames the group, restates its question or areas, or changes its member organisations; meetings already recorded "
                    + "stay as they were, and an organisation that leaves keeps reading the meetings it took part in. Needs the group's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The group as described now",
            headers = @Header(name = "ETag", description = "New version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<PeerGroupView> describe(
            @PathParam("id") UUID id,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; required", required = true, example = "\"0\"") String ifMatch,
            @Valid @NotNull PeerGroupRequest request) {
        return consultation.describe(id, ifMatch, request).ok();
    }

    @POST
    @Path("/{id}/meetings")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.MEMBER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPeerMeeting", summary = "Record a meeting of the group",
            description = "A meeting that took place (on a day not after today), with the member organisations that took part (each a member of "
                    + "the group, once) and its topic. NVVK or one of the group's member organisations records it; every member organisation of "
                    + "the group hears of it in its event feed (PEER_MEETING_RECORDED).")
    @APIResponse(responseCode = "201", description = "The meeting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerMeetingView.class)),
            headers = {@Header(name = "Location", description = "URL of the meeting", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Current version", schema = @Schema(type = SchemaType.STRING))})
    public RestResponse<PeerMeetingView> record(@PathParam("id") UUID id, @Valid @NotNull PeerMeetingRequest request, UriInfo uri) {
        Versioned<PeerMeetingView> meeting = consultation.record(id, request);
        return meeting.created(UriBuilder.fromUri(uri.getBaseUri()).path(PeerMeetingResource.class).path(meeting.body().id().toString()).build());
    }
}
