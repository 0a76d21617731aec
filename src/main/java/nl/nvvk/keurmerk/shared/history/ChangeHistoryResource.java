package nl.nvvk.keurmerk.shared.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/change-history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change history", description = "Who changed what and when, for every resource")
@SecurityRequirement(name = "bearer")
public class ChangeHistoryResource {
    private final ChangeHistory history;

    ChangeHistoryResource(ChangeHistory history) {
        this.history = history;
    }

    @GET
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Operation(operationId = "readChangeHistory", summary = "Read the change history of a resource",
            description = "Every mutation of the resource, oldest first: who did it (token subject, role, tenant), when, and per changed field its value before and after. NVVK only.")
    public Page<ChangeResponse> list(
            @QueryParam("resourceType") @NotNull @Size(max = 40) @Pattern(regexp = ChangeHistory.NAME, message = "must be a resource type such as organisation")
            @Parameter(description = "Kind of resource", example = "organisation", required = true) String resourceType,
            @QueryParam("resourceId") @NotNull
            @Parameter(description = "Id of the resource", required = true) UUID resourceId,
            @Valid @BeanParam PageRequest page) {
        return history.of(resourceType, resourceId, page);
    }
}
