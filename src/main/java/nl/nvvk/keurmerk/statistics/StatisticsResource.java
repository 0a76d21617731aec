package nl.nvvk.keurmerk.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.ActionFigures;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.AreaFigures;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.Comparison;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.DecisionFigures;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.NormFigures;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;
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
    private static final String CSV = "text/csv";

    private final StatisticsService statistics;

    StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/norms")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Operation(operationId = "normFigures", summary = "Classifications and weights per norm",
            description = "Per norm of one framework version (the current one when none is named), how the decided audits the filters admit "
                    + "classified it and with which weights. With lineage=true, audits of the versions before it count too, on the norms that "
                    + "descend from theirs (a norm of theirs split in two counts on both). NVVK's own figures, in full (403 for anyone else).")
    @APIResponse(responseCode = "200", description = "The figures")
    public NormFigures norms(@Valid @BeanParam FigureFilters filters,
                             @QueryParam("lineage") @Parameter(description = "Count older versions' audits on their successors' norms") Boolean lineage) {
        return statistics.normFigures(filters.framework, Boolean.TRUE.equals(lineage), filters.filter());
    }

    @GET
    @Path("/norms.csv")
    @Produces(CSV)
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Operation(operationId = "normFiguresCsv", summary = "Classifications and weights per norm, as CSV",
            description = "The figures of /statistics/norms as CSV (RFC 4180, UTF-8, header row): framework, version, norm, key, title, audits, "
                    + "then the audits per classification (MEETS, NEEDS_IMPROVEMENT, IN_DEVELOPMENT) and per weight (REMARK, DEVIATION, SHORTCOMING).")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000, pattern = "^framework,version,norm,"),
            examples = @ExampleObject(name = "one norm", value = "framework,version,norm,key,title,audits,MEETS,NEEDS_IMPROVEMENT,IN_DEVELOPMENT,"
                    + "REMARK,DEVIATION,SHORTCOMING\r\nKWALITEITSKADER,1.1,1.1,voldoen-aan-wet-en-regelgeving,Voldoen aan wet- en regelgeving,"
                    + "120,110,8,2,6,3,1\r\n")))
    public RestResponse<String> normsCsv(@Valid @BeanParam FigureFilters filters, @QueryParam("lineage") Boolean lineage) {
        return csv(StatisticsCsv.norms(statistics.normFigures(filters.framework, Boolean.TRUE.equals(lineage), filters.filter())), "norms");
    }

    @GET
    @Path("/areas")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Operation(operationId = "areaFigures", summary = "Development levels per performance area",
            description = "Per performance area of one framework version (the current one when none is named), how many decided audits the "
                    + "filters admit scored each development level on it. NVVK's own figures (403 for anyone else).")
    @APIResponse(responseCode = "200", description = "The figures")
    public AreaFigures areas(@Valid @BeanParam FigureFilters filters) {
        return statistics.areaFigures(filters.framework, filters.filter());
    }

    @GET
    @Path("/areas.csv")
    @Produces(CSV)
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Operation(operationId = "areaFiguresCsv", summary = "Development levels per performance area, as CSV",
            description = "The figures of /statistics/areas as CSV (RFC 4180, UTF-8, header row): framework, version, area, title, levelled, "
                    + "then the audits per level (level1 …).")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000, pattern = "^framework,version,area,"),
            examples = @ExampleObject(name = "one area", value = "framework,version,area,title,levelled,level1,level2,level3,level4\r\n"
                    + "KWALITEITSKADER,2.0,1,Koers,40,5,20,12,3\r\n")))
    public RestResponse<String> areasCsv(@Valid @BeanParam FigureFilters filters) {
        return csv(StatisticsCsv.areas(statistics.areaFigures(filters.framework, filters.filter())), "areas");
    }

    @GET
    @Path("/decisions")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Operation(operationId = "decisionFigures", summary = "Decisions per certifying body and year",
            description = "NVVK's decisions on each certifying body's audits per calendar year of the decision: how many, granted, granted with "
                    + "conditions, refused, and the shares, to compare bodies (calibration). Filters as for the other figures, except that "
                    + "without framework the audits of every version count. NVVK's own figures (403 for anyone else).")
    @APIResponse(responseCode = "200", description = "The figures")
    public DecisionFigures decisions(@Valid @BeanParam FigureFilters filters) {
        return statistics.decisionFigures(filters.framework, filters.filter());
    }

    @GET
    @Path("/decisions.csv")
    @Produces(CSV)
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Operation(operationId = "decisionFiguresCsv", summary = "Decisions per certifying body and year, as CSV",
            description = "The figures of /statistics/decisions as CSV (RFC 4180, UTF-8, header row).")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000, pattern = "^certifyingBody,year,"),
            examples = @ExampleObject(name = "one body", value = "certifyingBody,year,decided,granted,grantedWithConditions,refused,"
                    + "withConditionsShare,refusedShare\r\nKIWA,2025,120,96,18,6,0.150,0.050\r\n")))
    public RestResponse<String> decisionsCsv(@Valid @BeanParam FigureFilters filters) {
        return csv(StatisticsCsv.decisions(statistics.decisionFigures(filters.framework, filters.filter())), "decisions");
    }

    @GET
    @Path("/actions")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Operation(operationId = "actionFigures", summary = "Improvement actions per weight",
            description = "The improvement actions of decided audits per weight of their finding: how many, how many closed and in how many days "
                    + "after the report date (median and 90th percentile), how many are still pending and how many of those are overdue today. "
                    + "Filters as for the other figures, except that without framework the audits of every version count. NVVK's own figures "
                    + "(403 for anyone else).")
    @APIResponse(responseCode = "200", description = "The figures")
    public ActionFigures actions(@Valid @BeanParam FigureFilters filters) {
        return statistics.actionFigures(filters.framework, filters.filter());
    }

    @GET
    @Path("/actions.csv")
    @Produces(CSV)
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Operation(operationId = "actionFiguresCsv", summary = "Improvement actions per weight, as CSV",
            description = "The figures of /statistics/actions as CSV (RFC 4180, UTF-8, header row); a median or percentile with no closed "
                    + "action is an empty field.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10_000, pattern = "^weight,actions,"),
            examples = @ExampleObject(name = "three weights", value = "weight,actions,closed,medianDaysToClose,p90DaysToClose,pending,overdue,on\r\n"
                    + "REMARK,900,850,120,300,50,4,2026-12-07\r\nDEVIATION,400,380,80,170,20,3,2026-12-07\r\n"
                    + "SHORTCOMING,100,96,40,85,4,1,2026-12-07\r\n")))
    public RestResponse<String> actionsCsv(@Valid @BeanParam FigureFilters filters) {
        return csv(StatisticsCsv.actions(statistics.actionFigures(filters.framework, filters.filter())), "actions");
    }

    private static RestResponse<String> csv(String body, String name) {
        return RestResponse.ResponseBuilder.ok(body, CSV + "; charset=utf-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"keurmerk-" + name + ".csv\"").build();
    }

    @GET
    @Path("/organisations/{kvkNumber}")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.MEMBER})
    @Operation(operationId = "compareOrganisationResults", summary = "Compare an organisation's results over time",
            description = "Its own results per norm and per performance area across its submitted and decided audits and its shared "
                    + "self-assessments of one framework, oldest first, lined up by the norms' successor chains: the rows are the newest compared "
                    + "version's norms, each with the results on it and on the norms it descends from (under the number each version gave them); "
                    + "norms new in that version are marked NEW, and norms of older versions with no successor get rows of their own marked "
                    + "RETIRED. Beside each norm of the newest version stand the sector's figures for it in one closed year (anonymised: see "
                    + "SectorFigure). A member reads its own organisation (another answers 404); NVVK any; certifying bodies none (403).")
    @APIResponse(responseCode = "200", description = "The comparison")
    public Comparison organisation(
            @PathParam("kvkNumber") @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
            @Parameter(description = "KvK number of the organisation", example = "90000001") String kvkNumber,
            @QueryParam("framework") @DefaultValue("KWALITEITSKADER") @Size(max = 40) @Pattern(regexp = Formats.FRAMEWORK_CODE, message = Formats.FRAMEWORK_CODE_MESSAGE)
            @Parameter(description = "Code of the framework whose versions are compared", example = "KWALITEITSKADER") String framework,
            @QueryParam("sectorYear") @Min(1900) @Max(2999)
            @Parameter(description = "The closed calendar year of decisions whose sector figures stand beside the norms; last year when absent",
                    example = "2025") Integer sectorYear) {
        return statistics.comparison(kvkNumber, framework, sectorYear);
    }
}
