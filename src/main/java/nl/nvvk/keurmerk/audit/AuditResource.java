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
import java.time.LocalDate;
import java.util.UUID;
import nl.nvvk.keurmerk.audit.AuditDtos.ActionResponse;
import nl.nvvk.keurmerk.audit.AuditDtos.AuditResponse;
import nl.nvvk.keurmerk.audit.AuditDtos.AuditSummary;
import nl.nvvk.keurmerk.audit.AuditDtos.DecisionRequest;
import nl.nvvk.keurmerk.audit.AuditPackage.FindingEntry;
import nl.nvvk.keurmerk.audit.AuditService.ActionStep;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.metrics.BusinessMetrics;
import nl.nvvk.keurmerk.shared.security.Roles;
import nl.nvvk.keurmerk.shared.web.PdfAnswers;
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

@Path("/api/v1/audits")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Audits", description = "Audits (onderzoeken) of member organisations by certifying bodies: the report, the finding per norm, the improvement actions")
public class AuditResource {
    private static final String NOT_OPEN = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/audit-not-open\", \"title\": \"Conflict with the current state\", "
            + "\"status\": 409, \"detail\": \"Audit KIWA-2023-0417 is SUBMITTED; only a planned or running audit can be changed\", "
            + "\"instance\": \"/api/v1/audits/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b\"}";

    private final AuditService audits;
    private final ObjectionService objections;
    private final BusinessMetrics metrics;

    AuditResource(AuditService audits, ObjectionService objections, BusinessMetrics metrics) {
        this.audits = audits;
        this.objections = objections;
        this.metrics = metrics;
    }

    @GET
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "listAudits", summary = "List audits",
            description = "Audits, newest first visit first, with filters. NVVK sees all; a certifying body only its own; a member only its "
                    + "organisation's once submitted, never a draft. Another tenant's audits are never listed, whatever the filter.")
    @APIResponse(responseCode = "200", description = "One page of audits")
    public Page<AuditSummary> list(
            @QueryParam("organisation") @Parameter(description = "Id of the audited organisation") UUID organisation,
            @RestQuery @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
            @Parameter(description = "KvK number of the audited organisation", example = "90000001") String kvkNumber,
            @RestQuery @Size(min = 2, max = 20) @Pattern(regexp = Formats.BODY_CODE, message = Formats.BODY_CODE_MESSAGE)
            @Parameter(description = "Code of the certifying body", example = "KIWA") String certifyingBody,
            @QueryParam("status") @Parameter(description = "Only audits with this status") AuditStatus status,
            @QueryParam("type") @Parameter(description = "Only audits of this type") AuditType type,
            @QueryParam("visitedFrom") @Parameter(description = "First visit on or after this day", example = "2023-01-01") LocalDate visitedFrom,
            @QueryParam("visitedTo") @Parameter(description = "First visit on or before this day", example = "2023-12-31") LocalDate visitedTo,
            @RestQuery @Size(max = 100) @Pattern(regexp = AuditDtos.REFERENCE, message = AuditDtos.REFERENCE_MESSAGE)
            @Parameter(description = "The certifying body's own reference", example = "KIWA-2023-0417") String reference,
            @Valid @BeanParam PageRequest page) {
        return audits.list(new AuditService.Filter(organisation, kvkNumber, certifyingBody, status, type, visitedFrom, visitedTo, reference), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "readAudit", summary = "Read an audit",
            description = "The whole audit: the report's fields, per performance area the conclusion and evidence, and per norm the finding "
                    + "beside the organisation's own self-assessment, with the improvement actions (overdue as of today). Read in one "
                    + "transaction, so never half of a replace. Another tenant's audit, and a member's own draft, answer 404.")
    @APIResponse(responseCode = "200", description = "The audit",
            headers = @Header(name = "ETag", description = "Version of the audit and all its parts", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<AuditResponse> get(@PathParam("id") UUID id) {
        return audits.get(id).ok();
    }

    private static final String OBJECTION_NOT_POSSIBLE = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/objection-period-over\", "
            + "\"title\": \"Conflict with the current state\", \"status\": 409, "
            + "\"detail\": \"The period to object to the decision on audit KIWA-2023-0417 ended on 2026-08-12\", "
            + "\"instance\": \"/api/v1/audits/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/objections\"}";

    @POST
    @Path("/{id}/objections")
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "lodgeObjection", summary = "Object to NVVK's decision on the audit",
            description = "The audited organisation lodges an objection (bezwaar) with its grounds: to a refusal, or to the conditions of a "
                    + "grant, within the objection period after the decision (keurmerk.objections.period, six weeks by default; through the "
                    + "period's last day, Europe/Amsterdam). One objection per decision. NVVK hears of it in its feed (OBJECTION_LODGED). "
                    + "409 `objection-not-possible` for an undecided audit or a grant without conditions, `objection-period-over` after the "
                    + "period, `objection-lodged-already` for a second one. A member of the organisation only; another's audit answers 404.")
    @APIResponse(responseCode = "201", description = "The objection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectionDtos.ObjectionResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the objection", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Current version", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "Nothing to object to, the period is over, or an objection was lodged already",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "objection-period-over", value = OBJECTION_NOT_POSSIBLE)))
    public RestResponse<ObjectionDtos.ObjectionResponse> lodgeObjection(@PathParam("id") UUID id, @Valid @NotNull ObjectionDtos.ObjectionRequest request,
            jakarta.ws.rs.core.UriInfo uri) {
        var lodged = objections.lodge(id, request.grounds());
        return lodged.created(jakarta.ws.rs.core.UriBuilder.fromUri(uri.getBaseUri()).path(ObjectionResource.class)
                .path(lodged.body().id().toString()).build());
    }

    @GET
    @Path("/{id}/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "auditReport", summary = "The audit as a report (PDF)",
            description = "The audit laid out as the report a certifying body writes, in Dutch: particulars, scope, team and interviews, "
                    + "the organisation and the course of the audit, per performance area the conclusion, development level, evidence and "
                    + "improvement points, the findings per norm with their weights and improvement actions, the follow-up of the previous "
                    + "audit's points, the advice, the sign-off, and NVVK's decision once there is one. A PDF/A-1b document with embedded "
                    + "fonts. For those who may read the audit: another tenant's audit, and a member's own organisation's before it is "
                    + "submitted, answer 404.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20_000_000),
            examples = @ExampleObject(name = "report", summary = "A PDF/A-1b document (binary; its first bytes shown)", value = "%PDF-1.4")),
            headers = {
                    @Header(name = "ETag", description = "Version of the audit it shows, for If-None-Match", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "Shown in the browser, saved as Rapportage-<reference>.pdf",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = PdfAnswers.DISPOSITION_PATTERN))})
    public RestResponse<byte[]> report(@PathParam("id") UUID id) {
        return PdfAnswers.inline(audits.report(id));
    }

    @POST
    @Path("/{id}/commencement")
    @RolesAllowed(Roles.CERTIFIER)
    @Operation(operationId = "commenceAudit", summary = "Start a planned audit",
            description = "Planned → in progress, by the audit's own certifying body. If-Match is optional; when sent it must match.")
    @APIResponse(responseCode = "200", description = "The audit, in progress")
    @APIResponse(responseCode = "409", description = "The audit is not planned", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "audit-transition", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/audit-transition\", "
                    + "\"title\": \"Conflict with the current state\", \"status\": 409, \"detail\": \"Audit KIWA-2023-0417 is SUBMITTED; only a planned audit can start\", "
                    + "\"instance\": \"/api/v1/audits/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/commencement\"}")))
    public RestResponse<AuditResponse> commence(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch) {
        return audits.commence(id, ifMatch).ok();
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed(Roles.CERTIFIER)
    @Operation(operationId = "submitAudit", summary = "Submit an audit to NVVK",
            description = "Hands the audit to NVVK; from now on its body can no longer change it. It must be complete: a finding on every norm of "
                    + "its scope (a follow-up audit: the norms it revisits), a report date and an advice. The 422 lists everything missing at once.")
    @APIResponse(responseCode = "200", description = "The audit, submitted")
    @APIResponse(responseCode = "409", description = "The audit is not planned or in progress", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "audit-not-open", value = NOT_OPEN)))
    public RestResponse<AuditResponse> submit(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch) {
        return audits.submit(id, ifMatch).ok();
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideOnAudit", summary = "Decide on a submitted audit",
            description = "NVVK grants (a certificate is issued, valid 3 years by default, superseding the organisation's certificate in force), "
                    + "grants with conditions (also: the conditions, and the day the follow-up audit is due — 12 months by default) or refuses, "
                    + "with a motivation. The audit is then decided, its last step. A grant on a follow-up audit lifts the conditions of the "
                    + "certificate in force: the new certificate keeps its scope, framework version and last valid day, so the three-yearly "
                    + "cycle does not restart; without a certificate in force (expired or withdrawn) it is a 409. NVVK only.")
    @APIResponse(responseCode = "200", description = "The audit, decided; a grant's certificate in decision.certificate")
    @APIResponse(responseCode = "409", description = "The audit is not submitted, or a follow-up audit has no certificate in force to lift the conditions of",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "audit-transition", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/audit-transition\", "
                            + "\"title\": \"Conflict with the current state\", \"status\": 409, \"detail\": \"Audit KIWA-2023-0417 is IN_PROGRESS; only a submitted audit can be decided on\", "
                            + "\"instance\": \"/api/v1/audits/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/decision\"}"),
                    @ExampleObject(name = "follow-up-without-certificate", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/follow-up-without-certificate\", "
                            + "\"title\": \"Conflict with the current state\", \"status\": 409, \"detail\": \"Organisation 90000001 has no certificate in force; "
                            + "a grant on follow-up audit KIWA-2027-0112 lifts the conditions of one, it does not certify anew\", "
                            + "\"instance\": \"/api/v1/audits/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/decision\"}")}))
    public RestResponse<AuditResponse> decide(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch,
            @Valid @NotNull DecisionRequest request) {
        RestResponse<AuditResponse> decided = audits.decide(id, ifMatch, request).ok();
        metrics.decided(request.outcome().name());
        return decided;
    }

    @POST
    @Path("/{id}/reopening")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Operation(operationId = "reopenAudit", summary = "Reopen a submitted audit",
            description = "NVVK sends a submitted audit back to its certifying body (submitted → in progress), which may then change and submit it again. NVVK only.")
    @APIResponse(responseCode = "200", description = "The audit, in progress again")
    @APIResponse(responseCode = "409", description = "The audit is not submitted", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "audit-transition", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/audit-transition\", "
                    + "\"title\": \"Conflict with the current state\", \"status\": 409, \"detail\": \"Audit KIWA-2023-0417 is IN_PROGRESS; only a submitted audit can be reopened\", "
                    + "\"instance\": \"/api/v1/audits/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/reopening\"}")))
    public RestResponse<AuditResponse> reopen(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch) {
        return audits.reopen(id, ifMatch).ok();
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER})
    @Operation(operationId = "cancelAudit", summary = "Cancel an audit",
            description = "A planned or running audit that will not be finished, cancelled by its certifying body or by NVVK.")
    @APIResponse(responseCode = "200", description = "The audit, cancelled")
    @APIResponse(responseCode = "409", description = "The audit is not planned or in progress", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "audit-not-open", value = NOT_OPEN)))
    public RestResponse<AuditResponse> cancel(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch) {
        return audits.cancel(id, ifMatch).ok();
    }

    @PUT
    @Path("/{id}/findings/{norm}")
    @RolesAllowed(Roles.CERTIFIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordFinding", summary = "Record the finding on one norm",
            description = "Records or rewrites the finding on one norm of an audit its body may still change, as a portal does step by step. "
                    + "Needs the audit's ETag in If-Match; answers the audit with its new ETag. The norm must belong to the audit's framework "
                    + "version and apply to its scope.")
    @APIResponse(responseCode = "200", description = "The audit with the finding",
            headers = @Header(name = "ETag", description = "New version of the audit", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The audit is no longer planned or in progress", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "audit-not-open", value = NOT_OPEN)))
    public RestResponse<AuditResponse> recordFinding(
            @PathParam("id") UUID id,
            @PathParam("norm") @Size(max = 5) @Pattern(regexp = Formats.NORM_NUMBER, message = Formats.NORM_NUMBER_MESSAGE)
            @Parameter(description = "Number of the norm", example = "1.4") String norm,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The audit's ETag last read; required", required = true, example = "\"0\"") String ifMatch,
            @Valid @NotNull FindingEntry finding) {
        return audits.recordFinding(id, norm, ifMatch, finding).ok();
    }

    @POST
    @Path("/{id}/actions/{action}/submission")
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitActionProgress", summary = "Report progress on an improvement action",
            description = "The audited organisation reports what it did (open or rejected → submitted). Only the organisation's own, reported audits.")
    @APIResponse(responseCode = "200", description = "The action, submitted",
            headers = @Header(name = "ETag", description = "New version of the action", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The action is not open or rejected", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "action-transition", value = ACTION_TRANSITION)))
    public RestResponse<ActionResponse> submitAction(@PathParam("id") UUID id, @PathParam("action") UUID action, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch,
                                                     @Valid @NotNull ActionSteps.Progress progress) {
        return audits.moveAction(id, action, ifMatch, ActionStep.SUBMIT, progress.progress()).ok();
    }

    @POST
    @Path("/{id}/actions/{action}/acceptance")
    @RolesAllowed(Roles.CERTIFIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptAction", summary = "Accept the reported progress on an improvement action",
            description = "The audit's certifying body finds the organisation's progress sufficient (submitted → accepted).")
    @APIResponse(responseCode = "200", description = "The action, accepted",
            headers = @Header(name = "ETag", description = "New version of the action", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The action is not submitted", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "action-transition", value = ACTION_TRANSITION)))
    public RestResponse<ActionResponse> acceptAction(@PathParam("id") UUID id, @PathParam("action") UUID action, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch,
                                                     @Valid @NotNull ActionSteps.Judgement judgement) {
        return audits.moveAction(id, action, ifMatch, ActionStep.ACCEPT, judgement.assessment()).ok();
    }

    @POST
    @Path("/{id}/actions/{action}/rejection")
    @RolesAllowed(Roles.CERTIFIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectAction", summary = "Reject the reported progress on an improvement action",
            description = "The audit's certifying body finds the progress insufficient (submitted → rejected); the organisation reports again.")
    @APIResponse(responseCode = "200", description = "The action, rejected",
            headers = @Header(name = "ETag", description = "New version of the action", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The action is not submitted", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "action-transition", value = ACTION_TRANSITION)))
    public RestResponse<ActionResponse> rejectAction(@PathParam("id") UUID id, @PathParam("action") UUID action, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch,
                                                     @Valid @NotNull ActionSteps.Judgement judgement) {
        return audits.moveAction(id, action, ifMatch, ActionStep.REJECT, judgement.assessment()).ok();
    }

    @POST
    @Path("/{id}/actions/{action}/closure")
    @RolesAllowed(Roles.CERTIFIER)
    @Operation(operationId = "closeAction", summary = "Close an accepted improvement action",
            description = "The audit's certifying body closes an action it accepted (accepted → closed).")
    @APIResponse(responseCode = "200", description = "The action, closed",
            headers = @Header(name = "ETag", description = "New version of the action", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The action is not accepted", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "action-transition", value = ACTION_TRANSITION)))
    public RestResponse<ActionResponse> closeAction(@PathParam("id") UUID id, @PathParam("action") UUID action, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch) {
        return audits.moveAction(id, action, ifMatch, ActionStep.CLOSE, null).ok();
    }

    private static final String ACTION_TRANSITION = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/action-transition\", "
            + "\"title\": \"Conflict with the current state\", \"status\": 409, \"detail\": \"Improvement action 3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b is CLOSED; "
            + "only an action that is submitted can be accepted\", \"instance\": \"/api/v1/audits/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/actions/"
            + "3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/acceptance\"}";
}
