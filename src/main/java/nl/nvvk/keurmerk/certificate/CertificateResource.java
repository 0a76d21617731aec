package nl.nvvk.keurmerk.certificate;

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
import java.util.UUID;
import nl.nvvk.keurmerk.certificate.CertificateDtos.CertificateResponse;
import nl.nvvk.keurmerk.certificate.CertificateDtos.CertificateSummary;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.security.Roles;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Certificates", description = "NVVK Keurmerk certificates, issued when NVVK grants on an audit")
public class CertificateResource {
    private final CertificateService certificates;

    CertificateResource(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GET
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "listCertificates", summary = "List certificates",
            description = "Certificates, newest issue first, with filters; the status is as of today. NVVK sees all; a certifying body those "
                    + "resting on its audits; a member its organisation's. Another tenant's certificates are never listed, whatever the filter.")
    @APIResponse(responseCode = "200", description = "One page of certificates")
    public Page<CertificateSummary> list(
            @RestQuery @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
            @Parameter(description = "KvK number of the certified organisation", example = "90000001") String kvkNumber,
            @RestQuery @Size(min = 2, max = 20) @Pattern(regexp = Formats.BODY_CODE, message = Formats.BODY_CODE_MESSAGE)
            @Parameter(description = "Code of the certifying body", example = "KIWA") String certifyingBody,
            @QueryParam("status") @Parameter(description = "Only certificates with this status today") CertificateStatus status,
            @Valid @BeanParam PageRequest page) {
        return certificates.list(new CertificateService.Filter(kvkNumber, certifyingBody, status), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "readCertificate", summary = "Read a certificate",
            description = "The certificate with every status it has had. Another tenant's certificate answers 404.")
    @APIResponse(responseCode = "200", description = "The certificate",
            headers = @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<CertificateResponse> get(@PathParam("id") UUID id) {
        return certificates.get(id).ok();
    }
}
