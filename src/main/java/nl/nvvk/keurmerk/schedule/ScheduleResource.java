package nl.nvvk.keurmerk.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.nvvk.keurmerk.organisation.OrganisationKind;
import nl.nvvk.keurmerk.schedule.ScheduleDtos.ScheduleResponse;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.security.Roles;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/recertification-schedules")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Recertification schedules", description = "The three-yearly cycle per organisation, derived from its certificates and audits")
public class ScheduleResource {
    private final ScheduleService schedules;

    ScheduleResource(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GET
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "listRecertificationSchedules", summary = "List recertification schedules",
            description = "One schedule per organisation, most urgent first: by the next due day (organisations without a certificate in force "
                    + "last), then KvK number; states and dates as of today. NVVK sees every organisation; a certifying body the organisations "
                    + "it audits (any audit of its own it has not cancelled); a member its own. Keyset paging: pass `next` as `cursor`.")
    @APIResponse(responseCode = "200", description = "One page of schedules")
    public Page<ScheduleResponse> list(@Valid @BeanParam Filters filters, @Valid @BeanParam PageRequest page) {
        return schedules.list(filters.filter(), page);
    }

    @GET
    @Path("/{kvkNumber}")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "readRecertificationSchedule", summary = "Read an organisation's recertification schedule",
            description = "The organisation's schedule as of today. An organisation the caller may not see (another member; for a certifying "
                    + "body, one it does not audit) answers 404, like one that does not exist.")
    @APIResponse(responseCode = "200", description = "The schedule")
    public ScheduleResponse get(@PathParam("kvkNumber") @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
                                @Parameter(description = "KvK number of the organisation", example = "90000001") String kvkNumber) {
        return schedules.get(kvkNumber);
    }

    public static class Filters {
        @QueryParam("state")
        @Parameter(description = "Only schedules in this state today")
        public ScheduleState state;

        @QueryParam("dueBefore")
        @Parameter(description = "Only schedules whose next due day is before this day", example = "2027-07-01")
        public LocalDate dueBefore;

        @QueryParam("dueAfter")
        @Parameter(description = "Only schedules whose next due day is after this day", example = "2026-12-31")
        public LocalDate dueAfter;

        @QueryParam("certifyingBody")
        @Size(min = 2, max = 20)
        @Pattern(regexp = Formats.BODY_CODE, message = Formats.BODY_CODE_MESSAGE)
        @Parameter(description = "Only organisations whose current certificate rests on this body's audit, or for which it planned the next audit",
                example = "KIWA")
        public String certifyingBody;

        @QueryParam("organisationKind")
        @Parameter(description = "Only organisations of this kind")
        public OrganisationKind organisationKind;

        ScheduleService.Filter filter() {
            return new ScheduleService.Filter(state, dueBefore, dueAfter, certifyingBody, organisationKind);
        }
    }
}
