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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @GET
    @Path("/verification")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Operation(operationId = "verifyChangeHistory", summary = "Verify the change history's hash chain",
            description = "Recomputes every entry's SHA-256 from its stored content, its place and the previous entry's hash, in the "
                    + "order the entries were appended, and compares the end with the head the service recorded. Answers how many "
                    + "entries match and, when the chain is broken, the first entry that does not: ALTERED (its content changed), "
                    + "MISSING (entries before it, or at the end, deleted) or INSERTED (a sealed entry beyond the chain the service recorded). "
                    + "Entries committed within about the last second may still await their place (awaitingSeal) and are verified once sealed. "
                    + "Reads the whole history in pages of 1,000 from one snapshot; writers are not held up. NVVK only.")
    @APIResponse(responseCode = "200", description = "The outcome, intact or with the first break",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChainVerification.class), examples = {
                    @ExampleObject(name = "intact", value = INTACT), @ExampleObject(name = "altered", value = ALTERED)}))
    public ChainVerification verify() {
        return history.verify();
    }

    private static final String INTACT = """
            {"intact": true, "verified": 1234, "length": 1234, "head": "9f2c4e0b7a1d3f5e6c8b9a0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f", "awaitingSeal": 0}""";
    private static final String ALTERED = """
            {"intact": false, "verified": 41, "length": 1234, "head": "9f2c4e0b7a1d3f5e6c8b9a0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f",
             "firstBreak": {"sequence": 42, "changeId": "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "resourceType": "organisation",
                            "resourceId": "6e2f3a4b-5c6d-4e7f-8a9b-9c0d1e2f3a4b", "problem": "ALTERED",
                            "detail": "Its hash does not follow from its content and the previous entry's hash: this entry, or the one before it, was altered or replaced"},
             "awaitingSeal": 2}""";
}
