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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.PeerMeetingView;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.ReflectionRequest;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.ReflectionView;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.SharingRequest;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/peer-meetings")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "In gesprek met")
public class PeerMeetingResource {
    private static final String SHARED = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/reflection-shared\", \"title\": \"Conflict with the current state\", "
            + "\"status\": 409, \"detail\": \"Reflection 01890a5d-ac96-774b-bcce-b302099a8057 is shared with CB-ALPHA and can no longer be changed\", "
            + "\"instance\": \"/api/v1/peer-meetings/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/reflections/01890a5d-ac96-774b-bcce-b302099a8057\"}";

    private final ConsultationService consultation;

    PeerMeetingResource(ConsultationService consultation) {
        this.consultation = consultation;
    }

    @GET
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.MEMBER})
    @Operation(operationId = "listPeerMeetings", summary = "List meetings",
            description = "Newest meeting first. NVVK sees every meeting; a member those of the groups it belongs to and those it took part in. "
                    + "Certifying bodies read participation only through reflections shared with them (403 here).")
    @APIResponse(responseCode = "200", description = "One page of meetings")
    public Page<PeerMeetingView> list(
            @QueryParam("group") @Parameter(description = "Id of the group") UUID group,
            @QueryParam("area") @Min(1) @Max(99) @Parameter(description = "Only meetings of groups whose question concerns this performance area", example = "4")
            Integer area,
            @RestQuery @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
            @Parameter(description = "Only meetings this organisation took part in", example = "90000001") String kvkNumber,
            @QueryParam("heldFrom") @Parameter(description = "Held on or after this day", example = "2026-01-01") LocalDate heldFrom,
            @QueryParam("heldTo") @Parameter(description = "Held on or before this day", example = "2026-12-31") LocalDate heldTo,
            @Valid @BeanParam PageRequest page) {
        return consultation.meetings(new ConsultationService.MeetingFilter(group, area, kvkNumber, heldFrom, heldTo), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.MEMBER})
    @Operation(operationId = "readPeerMeeting", summary = "Read a meeting",
            description = "The day, the topic, the group and who took part; to a member that took part also its own reflection (myReflection). "
                    + "A meeting of a group the member does not belong to, and did not take part in, answers 404.")
    @APIResponse(responseCode = "200", description = "The meeting",
            headers = @Header(name = "ETag", description = "Current version", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<PeerMeetingView> get(@PathParam("id") UUID id) {
        return consultation.meeting(id).ok();
    }

    @POST
    @Path("/{id}/reflections")
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "keepPeerReflection", summary = "Keep your organisation's reflection on a meeting",
            description = "What your organisation learned and what it will try; private to your organisation (the token's) until its quality "
                    + "coordinator shares it. Only an organisation that took part keeps one (409 not-a-participant), and one each (409 duplicate): "
                    + "revise that one instead. NVVK never reads an unshared reflection (403 here, and not in lists).")
    @APIResponse(responseCode = "201", description = "The reflection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReflectionView.class)),
            headers = {@Header(name = "Location", description = "URL of the reflection", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "Your organisation did not take part, or keeps a reflection on the meeting already",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "not-a-participant", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/not-a-participant\", "
                            + "\"title\": \"Conflict with the current state\", \"status\": 409, \"detail\": \"Organisation 90000001 did not take part in "
                            + "meeting 3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b; only those that did keep a reflection on it\", "
                            + "\"instance\": \"/api/v1/peer-meetings/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/reflections\"}"),
                    @ExampleObject(name = "duplicate", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/duplicate\", \"title\": \"Already exists\", "
                            + "\"status\": 409, \"detail\": \"your organisation keeps a reflection on this meeting already; revise that one\", "
                            + "\"instance\": \"/api/v1/peer-meetings/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/reflections\", \"errors\": [{\"field\": "
                            + "\"meeting\", \"message\": \"your organisation keeps a reflection on this meeting already; revise that one\"}]}")}))
    public RestResponse<ReflectionView> reflect(@PathParam("id") UUID id, @Valid @NotNull ReflectionRequest request, UriInfo uri) {
        Versioned<ReflectionView> kept = consultation.reflect(id, request);
        return kept.created(uri.getAbsolutePathBuilder().path(kept.body().id().toString()).build());
    }

    @GET
    @Path("/{id}/reflections/{reflection}")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "readPeerReflection", summary = "Read a reflection",
            description = "Its organisation reads its own; the certifying body it is shared with, and NVVK, a shared one. Anyone else, and anyone "
                    + "but the organisation while it is private, is told there is none (404).")
    @APIResponse(responseCode = "200", description = "The reflection",
            headers = @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ReflectionView> reflection(@PathParam("id") UUID id, @PathParam("reflection") UUID reflection) {
        return consultation.reflection(id, reflection).ok();
    }

    @PUT
    @Path("/{id}/reflections/{reflection}")
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revisePeerReflection", summary = "Revise your organisation's reflection",
            description = "Replaces what it says, while it is private (409 once shared). Needs the reflection's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The reflection as revised",
            headers = @Header(name = "ETag", description = "New version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The reflection is shared", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "reflection-shared", value = SHARED)))
    public RestResponse<ReflectionView> revise(
            @PathParam("id") UUID id,
            @PathParam("reflection") UUID reflection,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; required", required = true, example = "\"0\"") String ifMatch,
            @Valid @NotNull ReflectionRequest request) {
        return consultation.revise(id, reflection, ifMatch, request).ok();
    }

    @POST
    @Path("/{id}/reflections/{reflection}/sharing")
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sharePeerReflection", summary = "Share a reflection with your certifying body",
            description = "Shares the reflection, and with it your organisation's participation in the meeting, with the certifying body of your "
                    + "planned or running audit (any other body: 422 naming certifyingBody), for good: it no longer changes, and that body and NVVK "
                    + "read it; the body hears of it in its event feed (PEER_REFLECTION_SHARED). The quality coordinator's step (403 for other "
                    + "colleagues). If-Match is optional: when sent, it must be the current ETag.")
    @APIResponse(responseCode = "200", description = "The shared reflection",
            headers = @Header(name = "ETag", description = "New version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The reflection is shared already", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "reflection-shared", value = SHARED)))
    public RestResponse<ReflectionView> share(
            @PathParam("id") UUID id,
            @PathParam("reflection") UUID reflection,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional", example = "\"0\"") String ifMatch,
            @Valid @NotNull SharingRequest request) {
        return consultation.share(id, reflection, ifMatch, request).ok();
    }
}
