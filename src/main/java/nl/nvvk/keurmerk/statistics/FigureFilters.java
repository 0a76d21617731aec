package nl.nvvk.keurmerk.statistics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import nl.nvvk.keurmerk.audit.AuditType;
import nl.nvvk.keurmerk.organisation.OrganisationKind;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of NVVK's figures, as query parameters. */
public class FigureFilters {
    @QueryParam("framework")
    @Parameter(description = "Id of the framework version; the current one when absent")
    public UUID framework;

    @QueryParam("reportYear")
    @Min(1900) @Max(2999)
    @Parameter(description = "Only audits reported in this calendar year", example = "2025")
    public Integer reportYear;

    @QueryParam("decisionYear")
    @Min(1900) @Max(2999)
    @Parameter(description = "Only audits decided on in this calendar year", example = "2025")
    public Integer decisionYear;

    @QueryParam("certifyingBody")
    @Size(max = 20) @Pattern(regexp = Formats.BODY_CODE, message = Formats.BODY_CODE_MESSAGE)
    @Parameter(description = "Only this certifying body's audits", example = "KIWA")
    public String certifyingBody;

    @QueryParam("organisationKind")
    @Parameter(description = "Only audits of organisations of this kind")
    public OrganisationKind organisationKind;

    @QueryParam("auditType")
    @Parameter(description = "Only audits of this type")
    public AuditType auditType;

    Figures.Filter filter() {
        return new Figures.Filter(reportYear, decisionYear, certifyingBody, organisationKind, auditType);
    }
}
