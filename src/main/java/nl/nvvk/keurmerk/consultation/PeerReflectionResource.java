package nl.nvvk.keurmerk.consultation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.ReflectionView;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.security.Roles;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/peer-reflections")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "In gesprek met")
public class PeerReflectionResource {
    private final ConsultationService consultation;

    PeerReflectionResource(ConsultationService consultation) {
        this.consultation = consultation;
    }

    @GET
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "listPeerReflections", summary = "List reflections",
            description = "Newest first. A member sees its own organisation's, private and shared; a certifying body those shared with it, to read "
                    + "beside the organisation's shared self-assessment; NVVK every shared one. An unshared reflection is in nobody else's list.")
    @APIResponse(responseCode = "200", description = "One page of reflections")
    public Page<ReflectionView> list(
            @QueryParam("group") @Parameter(description = "Id of the group") UUID group,
            @RestQuery @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
            @Parameter(description = "KvK number of the organisation", example = "90000001") String kvkNumber,
            @QueryParam("heldFrom") @Parameter(description = "About a meeting held on or after this day", example = "2026-01-01") LocalDate heldFrom,
            @QueryParam("heldTo") @Parameter(description = "About a meeting held on or before this day", example = "2026-12-31") LocalDate heldTo,
            @Valid @BeanParam PageRequest page) {
        return consultation.reflections(new ConsultationService.ReflectionFilter(group, kvkNumber, heldFrom, heldTo), page);
    }
}
