package nl.nvvk.keurmerk.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.nvvk.keurmerk.audit.ObjectionDtos.ObjectionResponse;
import nl.nvvk.keurmerk.audit.ObjectionDtos.OutcomeRequest;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
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

@Path("/api/v1/objections")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Objections", description = "Objections (bezwaar) of audited organisations to NVVK's decisions, and how NVVK handles them")
public class ObjectionResource {
    static final String TRANSITION = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/objection-transition\", \"title\": \"Conflict with the current state\", "
            + "\"status\": 409, \"detail\": \"Objection 3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b is LODGED; only a RECEIVED objection can be taken into handling\", "
            + "\"instance\": \"/api/v1/objections/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/handling\"}";

    private final ObjectionService objections;

    ObjectionResource(ObjectionService objections) {
        this.objections = objections;
    }

    @GET
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.MEMBER})
    @Operation(operationId = "listObjections", summary = "List objections",
            description = "Objections to NVVK's decisions, newest first. NVVK sees all; a member its own organisation's. Certifying bodies "
                    + "see none: they hear of a new decision on their audit as of any other.")
    @APIResponse(responseCode = "200", description = "One page of objections")
    public Page<ObjectionResponse> list(
            @QueryParam("status") @Parameter(description = "Only objections with this status") ObjectionStatus status,
            @RestQuery @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
            @Parameter(description = "KvK number of the objecting organisation", example = "90000001") String kvkNumber,
            @Valid @BeanParam PageRequest page) {
        return objections.list(status, kvkNumber, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.MEMBER})
    @Operation(operationId = "readObjection", summary = "Read an objection",
            description = "The objection with its grounds and how NVVK handled it. Another organisation's answers 404.")
    @APIResponse(responseCode = "200", description = "The objection",
            headers = @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ObjectionResponse> get(@PathParam("id") UUID id) {
        return objections.get(id).ok();
    }

    @POST
    @Path("/{id}/receipt")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Operation(operationId = "confirmObjectionReceipt", summary = "Confirm receipt of an objection",
            description = "NVVK confirms it received a lodged objection; the organisation hears of it (OBJECTION_RECEIVED). NVVK only.")
    @APIResponse(responseCode = "200", description = "The objection, received")
    @APIResponse(responseCode = "409", description = "The objection is not lodged", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "objection-transition", value = TRANSITION)))
    public RestResponse<ObjectionResponse> confirmReceipt(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH)
            @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch) {
        return objections.confirmReceipt(id, ifMatch).ok();
    }

    @POST
    @Path("/{id}/handling")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Operation(operationId = "handleObjection", summary = "Take an objection into handling",
            description = "NVVK takes a received objection into handling (hears the organisation, asks the certifying body). NVVK only.")
    @APIResponse(responseCode = "200", description = "The objection, in handling")
    @APIResponse(responseCode = "409", description = "The objection is not received", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "objection-transition", value = TRANSITION)))
    public RestResponse<ObjectionResponse> takeIntoHandling(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH)
            @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"1\"") String ifMatch) {
        return objections.takeIntoHandling(id, ifMatch).ok();
    }

    @POST
    @Path("/{id}/outcome")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideObjection", summary = "Decide on an objection",
            description = "NVVK decides on an objection in handling: UPHELD, PARTLY_UPHELD or REJECTED, with a motivation; the organisation "
                    + "hears of it (OBJECTION_DECIDED). After an upheld or partly upheld one (`awaitsNewDecision`), NVVK takes a new decision "
                    + "on the audit through the ordinary decision step (`POST /api/v1/audits/{id}/decision`), once: certificates, schedule "
                    + "and events follow as after any decision. NVVK only.")
    @APIResponse(responseCode = "200", description = "The objection, decided")
    @APIResponse(responseCode = "409", description = "The objection is not in handling", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "objection-transition", value = TRANSITION)))
    public RestResponse<ObjectionResponse> decide(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH)
            @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"2\"") String ifMatch,
            @Valid @NotNull OutcomeRequest request) {
        return objections.decide(id, ifMatch, request).ok();
    }
}
