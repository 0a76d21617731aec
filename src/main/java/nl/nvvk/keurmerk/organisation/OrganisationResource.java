package nl.nvvk.keurmerk.organisation;

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
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.organisation.OrganisationDtos.OrganisationRequest;
import nl.nvvk.keurmerk.organisation.OrganisationDtos.OrganisationResponse;
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

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Organisations", description = "NVVK members and applicants (NVVK-leden)")
public class OrganisationResource {
    private final OrganisationService organisations;

    OrganisationResource(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GET
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "listOrganisations", summary = "List organisations",
            description = "Organisations by name (case-insensitive), with filters. NVVK and certifiers see all; a member sees only its own organisation.")
    @APIResponse(responseCode = "200", description = "One page of organisations")
    public Page<OrganisationResponse> list(
            @RestQuery @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE) @Parameter(description = "KvK number", example = "90000001") String kvkNumber,
            @RestQuery @Size(min = 1, max = 100) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE) @Parameter(description = "Part of the name, case-insensitive; % and _ match themselves", example = "zonnedijk") String name,
            @QueryParam("kind") @Parameter(description = "Kind of organisation") OrganisationKind kind,
            @QueryParam("membershipStatus") @Parameter(description = "Membership status") MembershipStatus membershipStatus,
            @QueryParam("serviceType") @Parameter(description = "Only organisations offering this service") ServiceType serviceType,
            @Valid @BeanParam PageRequest page) {
        return organisations.list(new OrganisationService.Filter(kvkNumber, name, kind, membershipStatus, serviceType), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "readOrganisation", summary = "Read an organisation", description = "NVVK and certifiers read any organisation; a member only its own (another answers 404).")
    @APIResponse(responseCode = "200", description = "The organisation",
            headers = @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<OrganisationResponse> get(@PathParam("id") UUID id) {
        return organisations.get(id).ok();
    }

    @POST
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerOrganisation", summary = "Register an organisation", description = "Registers a member or applicant. The KvK number is unique: a second registration answers 409. NVVK only.")
    @APIResponse(responseCode = "201", description = "The registered organisation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the organisation", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "The KvK number is already registered",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "duplicate", value = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/duplicate\", \"title\": \"Already exists\", \"status\": 409, \"detail\": \"An organisation with this KvK number is already registered\", \"instance\": \"/api/v1/organisations\", \"errors\": [{\"field\": \"kvkNumber\", \"message\": \"An organisation with this KvK number is already registered\"}]}")))
    public RestResponse<OrganisationResponse> register(@Valid @NotNull OrganisationRequest request, UriInfo uri) {
        Versioned<OrganisationResponse> created = organisations.register(request);
        return created.created(uri.getAbsolutePathBuilder().path(created.body().id().toString()).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseOrganisation", summary = "Revise an organisation",
            description = "Replaces the organisation's details. The KvK number cannot change. Needs the ETag last read in If-Match (428 without, 412 when someone changed it since). NVVK only.")
    @APIResponse(responseCode = "200", description = "The revised organisation",
            headers = @Header(name = "ETag", description = "New version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<OrganisationResponse> revise(
            @PathParam("id") UUID id,
            @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH) @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE) @Parameter(description = "The ETag last read; required", required = true, example = "\"0\"") String ifMatch,
            @Valid @NotNull OrganisationRequest request) {
        return organisations.revise(id, ifMatch, request).ok();
    }
}
