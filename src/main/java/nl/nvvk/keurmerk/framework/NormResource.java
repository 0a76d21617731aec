package nl.nvvk.keurmerk.framework;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.nvvk.keurmerk.framework.FrameworkDtos.NormResponse;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/norms")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Norms", description = "The norms of a framework version, filtered by area and service type")
public class NormResource {
    private final FrameworkService frameworks;

    NormResource(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @GET
    @Operation(operationId = "listNorms", summary = "List norms",
            description = "The norms of one framework version in number order (1.1 … 7.6). Without `framework`, the newest published version of the Kwaliteitskader (an empty page while there is none); a `framework` that is not a version the caller may see answers 422. `serviceType` keeps the norms that apply to members offering that service: norms limited to other service types drop out. Public.")
    @APIResponse(responseCode = "200", description = "One page of norms")
    public Page<NormResponse> list(
            @QueryParam("framework") @Parameter(description = "Framework version id; default the newest published version") UUID framework,
            @QueryParam("area") @Min(1) @Max(99) @Parameter(description = "Performance area number", example = "4") Integer area,
            @QueryParam("serviceType") @Parameter(description = "Only norms that apply to this service type", example = "DEBT_MEDIATION") ServiceType serviceType,
            @RestQuery @Size(max = 80) @Pattern(regexp = Formats.NORM_KEY, message = Formats.NORM_KEY_MESSAGE) @Parameter(description = "Only the norm with this stable key", example = "voldoen-aan-wet-en-regelgeving") String key,
            @Valid @BeanParam PageRequest page) {
        return frameworks.norms(framework, area, serviceType, key, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "readNorm", summary = "Read a norm", description = "One norm with its framework version, area, the service types it applies to and the norm it succeeds. Public.")
    @APIResponse(responseCode = "200", description = "The norm")
    public NormResponse get(@PathParam("id") UUID id) {
        return frameworks.norm(id);
    }
}
