package nl.nvvk.keurmerk.audit;

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
import java.util.UUID;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessedLevel;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessmentRequest;
import nl.nvvk.keurmerk.audit.SelfAssessmentDtos.SelfAssessmentView;
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
@Tag(name = "Self-assessments", description = "Member organisations' own assessments (zelfscans) of a framework version, answered by colleagues "
        + "each on their own and settled by the organisation's quality coordinator")
public class SelfAssessmentResource {
    private static final String SHARED = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/self-assessment-shared\", \"title\": \"Conflict with the current state\", "
            + "\"status\": 409, \"detail\": \"Self-assessment 3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b is shared and can no longer be changed; start a new one\", "
            + "\"instance\": \"/api/v1/self-assessments/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b\"}";

    private static final String SUBMITTED = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/response-submitted\", \"title\": \"Conflict with the current state\", "
            + "\"status\": 409, \"detail\": \"Your answers 01890a5d-ac96-774b-bcce-b302099a8057 are submitted and can no longer change\", "
            + "\"instance\": \"/api/v1/self-assessments/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/responses/01890a5d-ac96-774b-bcce-b302099a8057/entries/1.4\"}";

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
    public RestResponse<SelfAssessmentView> get(@PathParam("id") UUID id) {
        return selfAssessments.get(id).ok();
    }

    @POST
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startSelfAssessment", summary = "Start a self-assessment",
            description = "Starts a draft for the member's own organisation (the token's, never one the request names) of a published framework "
                    + "version; its quality coordinator does (realm role quality-coordinator beside member: 403 otherwise). Colleagues then answer it "
                    + "each on their own (/responses). An organisation completes one draft per version at a time: a second answers 409.")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfAssessmentView.class)),
            headers = {@Header(name = "Location", description = "URL of the self-assessment", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "A draft of this version exists already", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "duplicate", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/duplicate\", "
                    + "\"title\": \"Already exists\", \"status\": 409, \"detail\": \"your organisation has a draft self-assessment of this framework version already; "
                    + "complete and share that one first\", \"instance\": \"/api/v1/self-assessments\", \"errors\": [{\"field\": \"framework\", \"message\": "
                    + "\"your organisation has a draft self-assessment of this framework version already; complete and share that one first\"}]}")))
    public RestResponse<SelfAssessmentView> start(@Valid @NotNull SelfAssessmentRequest request, UriInfo uri) {
        Versioned<SelfAssessmentView> started = selfAssessments.start(request);
        return started.created(uri.getAbsolutePathBuilder().path(started.body().id().toString()).build());
    }

    @PUT
    @Path("/{id}/entries/{norm}")
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assessNorm", summary = "Assess one norm in a draft",
            description = "Settles the organisation's own development level and comment for one norm, replacing an earlier one; a draft is completed "
                    + "this way over as many sessions as it takes, usually after reading the colleagues' combined answers. The quality coordinator's "
                    + "step (403 for other colleagues). Needs the self-assessment's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The draft with the norm assessed",
            headers = @Header(name = "ETag", description = "New version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The self-assessment is shared", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "self-assessment-shared", value = SHARED)))
    public RestResponse<SelfAssessmentView> assess(
            @PathParam("id") UUID id,
            @PathParam("norm") @Size(max = 5) @Pattern(regexp = Formats.NORM_NUMBER, message = Formats.NORM_NUMBER_MESSAGE)
            @Parameter(description = "Number of the norm", example = "1.4") String norm,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; required", required = true, example = "\"0\"") String ifMatch,
            @Valid @NotNull SelfAssessedLevel assessed) {
        return selfAssessments.assess(id, norm, ifMatch, assessed).ok();
    }

    @PUT
    @Path("/{id}/areas/{area}")
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assessArea", summary = "Assess one performance area in a draft",
            description = "Settles the organisation's own development level and comment for one performance area, replacing an earlier one. "
                    + "The quality coordinator's step (403 for other colleagues). Needs the self-assessment's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The draft with the area assessed",
            headers = @Header(name = "ETag", description = "New version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The self-assessment is shared", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "self-assessment-shared", value = SHARED)))
    public RestResponse<SelfAssessmentView> assessArea(
            @PathParam("id") UUID id,
            @PathParam("area") @Min(1) @Max(99) @Parameter(description = "Number of the performance area", example = "1") int area,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; required", required = true, example = "\"0\"") String ifMatch,
            @Valid @NotNull SelfAssessedLevel assessed) {
        return selfAssessments.assessArea(id, area, ifMatch, assessed).ok();
    }

    @GET
    @Path("/{id}/combined")
    @RolesAllowed(Roles.MEMBER)
    @Operation(operationId = "readCombinedAnswers", summary = "Read the colleagues' answers together",
            description = "Per norm and per performance area: how many colleagues submitted an answer, the lowest, median and highest level they "
                    + "gave, how many gave each level, and their comments (alphabetical, unattributed), beside what the coordinator settled so far. "
                    + "Drafts of colleagues count only as in progress. The organisation's quality coordinator's (403 for other colleagues); nobody "
                    + "outside the organisation reads it, NVVK included (403).")
    @APIResponse(responseCode = "200", description = "The combined answers")
    public SelfAssessmentDtos.CombinedView combined(@PathParam("id") UUID id) {
        return selfAssessments.combined(id);
    }

    @POST
    @Path("/{id}/responses")
    @RolesAllowed(Roles.MEMBER)
    @Operation(operationId = "openResponse", summary = "Open your own answers to a self-assessment",
            description = "A colleague of the organisation starts their own answers to its draft self-assessment: private to them (the token's "
                    + "subject) until they submit them. One set of answers per colleague: a second answers 409. NVVK and certifying bodies never "
                    + "see a colleague's answers (403).")
    @APIResponse(responseCode = "201", description = "Your answers, empty",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfAssessmentDtos.ResponseView.class)),
            headers = {@Header(name = "Location", description = "URL of your answers", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "You have answers to it already, or it is shared", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "duplicate", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/duplicate\", "
                    + "\"title\": \"Already exists\", \"status\": 409, \"detail\": \"you have answers to this self-assessment already; go on with those "
                    + "(myResponse)\", \"instance\": \"/api/v1/self-assessments/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/responses\", \"errors\": [{\"field\": "
                    + "\"respondent\", \"message\": \"you have answers to this self-assessment already; go on with those (myResponse)\"}]}")))
    public RestResponse<SelfAssessmentDtos.ResponseView> openResponse(@PathParam("id") UUID id, UriInfo uri) {
        Versioned<SelfAssessmentDtos.ResponseView> opened = selfAssessments.openResponse(id);
        return opened.created(uri.getAbsolutePathBuilder().path(opened.body().id().toString()).build());
    }

    @GET
    @Path("/{id}/responses/{response}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(operationId = "readResponse", summary = "Read your own answers",
            description = "Only the colleague who opened them reads them; anyone else's, a colleague's included, answer 404.")
    @APIResponse(responseCode = "200", description = "Your answers",
            headers = @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<SelfAssessmentDtos.ResponseView> response(@PathParam("id") UUID id, @PathParam("response") UUID response) {
        return selfAssessments.response(id, response).ok();
    }

    @PUT
    @Path("/{id}/responses/{response}/entries/{norm}")
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerNorm", summary = "Answer one norm",
            description = "Your own level and comment for one norm, replacing an earlier one, while your answers and the self-assessment are drafts. "
                    + "Needs your answers' ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Your answers with the norm answered",
            headers = @Header(name = "ETag", description = "New version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Your answers are submitted, or the self-assessment is shared", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "response-submitted", value = SUBMITTED)))
    public RestResponse<SelfAssessmentDtos.ResponseView> answer(
            @PathParam("id") UUID id, @PathParam("response") UUID response,
            @PathParam("norm") @Size(max = 5) @Pattern(regexp = Formats.NORM_NUMBER, message = Formats.NORM_NUMBER_MESSAGE)
            @Parameter(description = "Number of the norm", example = "1.4") String norm,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; required", required = true, example = "\"0\"") String ifMatch,
            @Valid @NotNull SelfAssessedLevel answered) {
        return selfAssessments.answer(id, response, norm, ifMatch, answered).ok();
    }

    @PUT
    @Path("/{id}/responses/{response}/areas/{area}")
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerArea", summary = "Answer one performance area",
            description = "Your own level and comment for one performance area, replacing an earlier one. Needs your answers' ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Your answers with the area answered",
            headers = @Header(name = "ETag", description = "New version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Your answers are submitted, or the self-assessment is shared", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "response-submitted", value = SUBMITTED)))
    public RestResponse<SelfAssessmentDtos.ResponseView> answerArea(
            @PathParam("id") UUID id, @PathParam("response") UUID response,
            @PathParam("area") @Min(1) @Max(99) @Parameter(description = "Number of the performance area", example = "1") int area,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; required", required = true, example = "\"0\"") String ifMatch,
            @Valid @NotNull SelfAssessedLevel answered) {
        return selfAssessments.answerArea(id, response, area, ifMatch, answered).ok();
    }

    @POST
    @Path("/{id}/responses/{response}/submission")
    @RolesAllowed(Roles.MEMBER)
    @Operation(operationId = "submitResponse", summary = "Submit your answers",
            description = "Hands in your answers: from now on they count in the coordinator's combined view (as one of several, unattributed) "
                    + "and no longer change. At least one norm or area must be answered. If-Match is optional; when sent it must match.")
    @APIResponse(responseCode = "200", description = "Your answers, submitted")
    @APIResponse(responseCode = "409", description = "Submitted already, empty, or the self-assessment is shared", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "response-submitted", value = SUBMITTED)))
    public RestResponse<SelfAssessmentDtos.ResponseView> submitResponse(
            @PathParam("id") UUID id, @PathParam("response") UUID response,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch) {
        return selfAssessments.submitResponse(id, response, ifMatch).ok();
    }

    @POST
    @Path("/{id}/sharing")
    @RolesAllowed(Roles.MEMBER)
    @Operation(operationId = "shareSelfAssessment", summary = "Share a self-assessment",
            description = "Shares the settled draft with the certifying body that audits the organisation; from now on it does not change, and "
                    + "colleagues can no longer answer it. The quality coordinator's step. If-Match is optional; when sent it must match.")
    @APIResponse(responseCode = "200", description = "The shared self-assessment")
    @APIResponse(responseCode = "409", description = "It is shared already, or assesses no norm yet", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "self-assessment-shared", value = SHARED)))
    public RestResponse<SelfAssessmentView> share(
            @PathParam("id") UUID id,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch) {
        return selfAssessments.share(id, ifMatch).ok();
    }
}
