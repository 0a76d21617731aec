package nl.nvvk.keurmerk.certifyingbody;

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
import nl.nvvk.keurmerk.certifyingbody.CertifyingBodyDtos.CertifyingBodyRequest;
import nl.nvvk.keurmerk.certifyingbody.CertifyingBodyDtos.CertifyingBodyResponse;
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

@Path("/api/v1/certifying-bodies")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Certifying bodies", description = "Accredited certifying bodies (certificerende instellingen) whose auditors carry out NVVK audits")
public class CertifyingBodyResource {
    private final CertifyingBodyService bodies;

    CertifyingBodyResource(CertifyingBodyService bodies) {
        this.bodies = bodies;
    }

    @GET
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "listCertifyingBodies", summary = "List certifying bodies", description = "Certifying bodies by name, with filters. Any signed-in caller.")
    @APIResponse(responseCode = "200", description = "One page of certifying bodies")
    public Page<CertifyingBodyResponse> list(
            @RestQuery @Size(min = 2, max = 20) @Pattern(regexp = Formats.BODY_CODE, message = Formats.BODY_CODE_MESSAGE) @Parameter(description = "Body code", example = "KIWA") String code,
            @QueryParam("accreditationStatus") @Parameter(description = "Accreditation status") AccreditationStatus accreditationStatus,
            @Valid @BeanParam PageRequest page) {
        return bodies.list(code, accreditationStatus, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "readCertifyingBody", summary = "Read a certifying body", description = "Any signed-in caller.")
    @APIResponse(responseCode = "200", description = "The certifying body",
            headers = @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<CertifyingBodyResponse> get(@PathParam("id") UUID id) {
        return bodies.get(id).ok();
    }

    @POST
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "admitCertifyingBody", summary = "Admit a certifying body",
            description = "Admits a body under a unique code; the body's system accounts carry that code in their tokens (claim certifying_body). A second body with the same code answers 409. NVVK only.")
    @APIResponse(responseCode = "201", description = "The admitted body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertifyingBodyResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the body", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "The code is already in use",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "duplicate", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/duplicate\", \"title\": \"Already exists\", \"status\": 409, \"detail\": \"A certifying body with this code already exists\", \"instance\": \"/api/v1/certifying-bodies\", \"errors\": [{\"field\": \"code\", \"message\": \"A certifying body with this code already exists\"}]}")))
    public RestResponse<CertifyingBodyResponse> admit(@Valid @NotNull CertifyingBodyRequest request, UriInfo uri) {
        Versioned<CertifyingBodyResponse> created = bodies.admit(request);
        return created.created(uri.getAbsolutePathBuilder().path(created.body().id().toString()).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseCertifyingBody", summary = "Revise a certifying body",
            description = "Replaces the body's details, for instance its accreditation status. The code cannot change. Needs the ETag last read in If-Match (428 without, 412 when stale). NVVK only.")
    @APIResponse(responseCode = "200", description = "The revised body",
            headers = @Header(name = "ETag", description = "New version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<CertifyingBodyResponse> revise(
            @PathParam("id") UUID id,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE) @Parameter(description = "The ETag last read; required", required = true, example = "\"0\"") String ifMatch,
            @Valid @NotNull CertifyingBodyRequest request) {
        return bodies.revise(id, ifMatch, request).ok();
    }
}
