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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessedNorm;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessmentRequest;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessmentResponse;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessmentSummary;
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

@Path("/api/v1/self-assessments")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Self-assessments", description = "Member organisations' own assessments (zelfscans) of a framework version")
public class SelfAssessmentResource {
    private static final String SHARED = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/self-assessment-shared\", \"title\": \"Conflict with the current state\", "
            + "\"status\": 409, \"detail\": \"Self-assessment 3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b is shared and can no longer be changed; start a new one\", "
            + "\"instance\": \"/api/v1/self-assessments/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b\"}";

    private final SelfAssessmentService selfAssessments;

    SelfAssessmentResource(SelfAssessmentService selfAssessments) {
        this.selfAssessments = selfAssessments;
    }

    @GET
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "listSelfAssessments", summary = "List self-assessments",
            description = "Newest first. A member sees its own organisation's; a certifying body the shared ones of organisations it audits against "
                    + "that framework version; NVVK all.")
    @APIResponse(responseCode = "200", description = "One page of self-assessments")
    public Page<SelfAssessmentSummary> list(
            @RestQuery @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
            @Parameter(description = "KvK number of the organisation", example = "90000001") String kvkNumber,
            @QueryParam("framework") @Parameter(description = "Id of the framework version") UUID framework,
            @QueryParam("status") @Parameter(description = "Only drafts or only shared ones") SelfAssessmentStatus status,
            @Valid @BeanParam PageRequest page) {
        return selfAssessments.list(new SelfAssessmentService.Filter(kvkNumber, framework, status), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "readSelfAssessment", summary = "Read a self-assessment",
            description = "With every norm assessed so far, in norm order. Another organisation's, or (for a body) one not shared or of an organisation it does not audit, answers 404.")
    @APIResponse(responseCode = "200", description = "The self-assessment",
            headers = @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<SelfAssessmentResponse> get(@PathParam("id") UUID id) {
        return selfAssessments.get(id).ok();
    }

    @POST
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startSelfAssessment", summary = "Start a self-assessment",
            description = "Starts a draft for the member's own organisation (the token's, never one the request names) of a published framework "
                    + "version. An organisation completes one draft per version at a time: a second answers 409.")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfAssessmentResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the self-assessment", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "A draft of this version exists already", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "duplicate", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/duplicate\", "
                    + "\"title\": \"Already exists\", \"status\": 409, \"detail\": \"your organisation has a draft self-assessment of this framework version already; "
                    + "complete and share that one first\", \"instance\": \"/api/v1/self-assessments\", \"errors\": [{\"field\": \"framework\", \"message\": "
                    + "\"your organisation has a draft self-assessment of this framework version already; complete and share that one first\"}]}")))
    public RestResponse<SelfAssessmentResponse> start(@Valid @NotNull SelfAssessmentRequest request, UriInfo uri) {
        Versioned<SelfAssessmentResponse> started = selfAssessments.start(request);
        return started.created(uri.getAbsolutePathBuilder().path(started.body().id().toString()).build());
    }

    @PUT
    @Path("/{id}/entries/{norm}")
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assessNorm", summary = "Assess one norm in a draft",
            description = "Records the organisation's own development level and comment for one norm, replacing an earlier one; a draft is completed "
                    + "this way over as many sessions as it takes. Needs the self-assessment's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The draft with the norm assessed",
            headers = @Header(name = "ETag", description = "New version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The self-assessment is shared", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "self-assessment-shared", value = SHARED)))
    public RestResponse<SelfAssessmentResponse> assess(
            @PathParam("id") UUID id,
            @PathParam("norm") @Size(max = 5) @Pattern(regexp = Formats.NORM_NUMBER, message = Formats.NORM_NUMBER_MESSAGE)
            @Parameter(description = "Number of the norm", example = "1.4") String norm,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; required", required = true, example = "\"0\"") String ifMatch,
            @Valid @NotNull SelfAssessedNorm assessed) {
        return selfAssessments.assess(id, norm, ifMatch, assessed).ok();
    }

    @POST
    @Path("/{id}/sharing")
    @RolesAllowed(Roles.MEMBER)
    @Operation(operationId = "shareSelfAssessment", summary = "Share a self-assessment",
            description = "Shares the draft with the certifying body that audits the organisation; from now on it does not change. If-Match is optional; when sent it must match.")
    @APIResponse(responseCode = "200", description = "The shared self-assessment")
    @APIResponse(responseCode = "409", description = "It is shared already, or assesses no norm yet", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "self-assessment-shared", value = SHARED)))
    public RestResponse<SelfAssessmentResponse> share(
            @PathParam("id") UUID id,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch) {
        return selfAssessments.share(id, ifMatch).ok();
    }
}
