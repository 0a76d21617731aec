package nl.nvvk.keurmerk.framework;

import jakarta.annotation.security.PermitAll;
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
import nl.nvvk.keurmerk.framework.FrameworkDtos.FrameworkResponse;
import nl.nvvk.keurmerk.framework.FrameworkDtos.FrameworkSummary;

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

@Path("/api/v1/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks", description = "The versioned NVVK Kwaliteitskader: performance areas, norms and development levels")
public class FrameworkResource {
    private final FrameworkService frameworks;

    FrameworkResource(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listFrameworks", summary = "List framework versions",
            description = "Published and retired versions of the Kwaliteitskader, oldest import first. Public: no token needed. NVVK staff also see drafts.")
    @APIResponse(responseCode = "200", description = "One page of framework versions")
    public Page<FrameworkSummary> list(
            @RestQuery @Size(max = 40) @Pattern(regexp = Formats.FRAMEWORK_CODE, message = Formats.FRAMEWORK_CODE_MESSAGE) @Parameter(description = "Only this framework code", example = "KWALITEITSKADER") String code,
            @QueryParam("status") @Parameter(description = "Only versions with this status") FrameworkStatus status,
            @Valid @BeanParam PageRequest page) {
        return frameworks.list(code, status, page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "readFramework", summary = "Read a framework version",
            description = "One version with its development levels and its performance areas, each with its norms in number order. Public for published and retired versions.")
    @APIResponse(responseCode = "200", description = "The framework version",
            headers = @Header(name = "ETag", description = "Current version of the resource, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<FrameworkResponse> get(@PathParam("id") UUID id) {
        return frameworks.get(id).ok();
    }

    @POST
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "importFramework", summary = "Import a framework version",
            description = "Imports a complete new version as a draft: areas, development levels and norms, each norm optionally naming (`succeeds`) the key of the norm of the previous published version it replaces. The document is checked as a whole: duplicate numbers or keys, unknown areas and unknown successor keys give one 422 listing every problem, and nothing is stored. NVVK only.")
    @APIResponse(responseCode = "201", description = "The imported draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the new version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Current version of the resource, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "This code and version already exist",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "duplicate", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/duplicate\", \"title\": \"Already exists\", \"status\": 409, \"detail\": \"This version of the framework exists already; import a new version\", \"instance\": \"/api/v1/frameworks\", \"errors\": [{\"field\": \"version\", \"message\": \"This version of the framework exists already; import a new version\"}]}")))
    public RestResponse<FrameworkResponse> importVersion(@Valid @NotNull FrameworkDocument document, UriInfo uri) {
        Versioned<FrameworkResponse> created = frameworks.importDocument(document);
        return created.created(uri.getAbsolutePathBuilder().path(created.body().id().toString()).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceFrameworkDraft", summary = "Replace a draft framework version",
            description = "Replaces the whole content of a draft with a new document of the same code and version. Published and retired versions are immutable (409): import a new version instead. Needs the draft's ETag in If-Match. NVVK only.")
    @APIResponse(responseCode = "200", description = "The replaced draft")
    @APIResponse(responseCode = "409", description = "The version is published or retired and cannot change",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "framework-immutable", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/framework-immutable\", \"title\": \"Conflict with the current state\", \"status\": 409, \"detail\": \"Framework KWALITEITSKADER 1.1 is PUBLISHED and can no longer be changed; import a new version instead\", \"instance\": \"/api/v1/frameworks/7ad02515-e7b6-53cc-9d9f-41371d685f27\"}")))
    public RestResponse<FrameworkResponse> replace(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE) @Parameter(description = "The ETag of the version last read; required", required = true, example = "\"0\"") String ifMatch,
                                                   @Valid @NotNull FrameworkDocument document) {
        return frameworks.replace(id, ifMatch, document).ok();
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "publishFramework", summary = "Publish a draft framework version",
            description = "Makes a draft binding for audits. From then on it is immutable. An If-Match header is optional; when sent it must match. NVVK only.")
    @APIResponse(responseCode = "200", description = "The published version")
    @APIResponse(responseCode = "409", description = "The version is not a draft",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "framework-not-draft", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/framework-not-draft\", \"title\": \"Conflict with the current state\", \"status\": 409, \"detail\": \"Framework KWALITEITSKADER 1.1 is PUBLISHED; only a draft can be published\", \"instance\": \"/api/v1/frameworks/7ad02515-e7b6-53cc-9d9f-41371d685f27/publication\"}")))
    public RestResponse<FrameworkResponse> publish(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE) @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch) {
        return frameworks.publish(id, ifMatch).ok();
    }

    @POST
    @Path("/{id}/retirement")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "retireFramework", summary = "Retire a published framework version",
            description = "Takes a published version out of use for new audits; audits and certificates that refer to it keep doing so. An If-Match header is optional; when sent it must match. NVVK only.")
    @APIResponse(responseCode = "200", description = "The retired version")
    @APIResponse(responseCode = "409", description = "The version is not published",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "framework-not-published", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/framework-not-published\", \"title\": \"Conflict with the current state\", \"status\": 409, \"detail\": \"Framework KWALITEITSKADER 1.2 is DRAFT; only a published version can be retired\", \"instance\": \"/api/v1/frameworks/7ad02515-e7b6-53cc-9d9f-41371d685f27/retirement\"}")))
    public RestResponse<FrameworkResponse> retire(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE) @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch) {
        return frameworks.retire(id, ifMatch).ok();
    }
}
