package nl.nvvk.keurmerk.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.nvvk.keurmerk.shared.security.Roles;
import nl.nvvk.keurmerk.shared.validation.Formats;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.Comparison;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Statistics", description = "Results compared over time and across the sector")
public class StatisticsResource {
    private final StatisticsService statistics;

    StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/organisations/{kvkNumber}")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.MEMBER})
    @Operation(operationId = "compareOrganisationResults", summary = "Compare an organisation's results over time",
            description = "Its own results per norm and per performance area across its submitted and decided audits and its shared "
                    + "self-assessments of one framework, oldest first, lined up by the norms' successor chains: the rows are the newest compared "
                    + "version's norms, each with the results on it and on the norms it descends from (under the number each version gave them); "
                    + "norms new in that version are marked NEW, and norms of older versions with no successor get rows of their own marked "
                    + "RETIRED. A member reads its own organisation (another answers 404); NVVK any; certifying bodies none (403).")
    @APIResponse(responseCode = "200", description = "The comparison")
    public Comparison organisation(
            @PathParam("kvkNumber") @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
            @Parameter(description = "KvK number of the organisation", example = "90000001") String kvkNumber,
            @QueryParam("framework") @DefaultValue("KWALITEITSKADER") @Size(max = 40) @Pattern(regexp = Formats.FRAMEWORK_CODE, message = Formats.FRAMEWORK_CODE_MESSAGE)
            @Parameter(description = "Code of the framework whose versions are compared", example = "KWALITEITSKADER") String framework) {
        return statistics.comparison(kvkNumber, framework);
    }
}
