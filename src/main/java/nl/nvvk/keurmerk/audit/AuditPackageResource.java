package nl.nvvk.keurmerk.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import nl.nvvk.keurmerk.audit.AuditDtos.AuditReceipt;
import nl.nvvk.keurmerk.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/audit-packages")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Audit packages", description = "The push of whole audits from certifying bodies' systems, machine to machine (see the integration guide)")
public class AuditPackageResource {
    private final PackageBatches batches;

    AuditPackageResource(PackageBatches batches) {
        this.batches = batches;
    }

    @PUT
    @Path("/{reference}")
    @RolesAllowed(Roles.CERTIFIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "pushAuditPackage", summary = "Push an audit package",
            description = "Creates the audit with this reference of the caller's certifying body (the body is the token's, never the package's), "
                    + "or replaces it while it is planned or in progress, in one transaction; status SUBMITTED in the package submits it in the same "
                    + "call. Idempotent: the same package again changes nothing, writes no history and answers as before (200); retry freely. Pushes "
                    + "of one reference run one after the other, so racing first pushes give one audit. A different package for a submitted, decided "
                    + "or cancelled audit answers 409.")
    @APIResponse(responseCode = "201", description = "The audit was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditReceipt.class)),
            headers = {@Header(name = "Location", description = "URL of the audit", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the audit", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "The audit was replaced, or the same package came again and nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditReceipt.class)),
            headers = {@Header(name = "Location", description = "URL of the audit", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the audit", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "The audit is submitted, decided or cancelled, or the package asks it to go back",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "audit-not-open", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/audit-not-open\", "
                            + "\"title\": \"Conflict with the current state\", \"status\": 409, \"detail\": \"Audit KIWA-2023-0417 is SUBMITTED; only a "
                            + "planned or running audit can be replaced\", \"instance\": \"/api/v1/audit-packages/KIWA-2023-0417\"}")))
    public RestResponse<AuditReceipt> push(
            @PathParam("reference") @Size(max = 100) @Pattern(regexp = AuditDtos.REFERENCE, message = AuditDtos.REFERENCE_MESSAGE)
            @Parameter(description = "The certifying body's own reference of the audit", example = "KIWA-2023-0417") String reference,
            @RequestBody(required = true, description = "The audit package",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPackage.class))) byte[] sent,
            UriInfo uri) {
        // Taken as bytes: a retry of the same bytes is answered without reading the package at all.
        AuditService.Pushed pushed = batches.pushOne(reference, sent);
        AuditReceipt receipt = pushed.receipt().body();
        URI location = uri.getBaseUriBuilder().path("api/v1/audits").path(receipt.id().toString()).build();
        return RestResponse.ResponseBuilder.<AuditReceipt>create(pushed.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK)
                .entity(receipt).header(HttpHeaders.LOCATION, location).header(HttpHeaders.ETAG, pushed.receipt().etag()).build();
    }

    @POST
    @RolesAllowed(Roles.CERTIFIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "pushAuditPackages", summary = "Push up to 100 audit packages",
            description = "Pushes each package exactly as its own PUT would, each in its own transaction, and answers per package in the order "
                    + "sent: the status its push would have answered, with the receipt or the problem. One bad package does not hold back the "
                    + "others. More than 100 packages answers 422 and pushes none. The body may be up to 16 MB.")
    @APIResponse(responseCode = "200", description = "What each package's push did")
    public PackageBatch.Result pushAll(@Valid @NotNull PackageBatch batch, UriInfo uri) {
        return batches.push(batch, "/" + uri.getPath().replaceFirst("^/", ""));
    }
}
