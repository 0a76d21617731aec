package nl.nvvk.keurmerk.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.nvvk.keurmerk.certificate.CertificateDtos.CertificateResponse;
import nl.nvvk.keurmerk.certificate.CertificateDtos.CertificateSummary;
import nl.nvvk.keurmerk.certificate.CertificateDtos.StatusChangeRequest;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.security.Roles;
import nl.nvvk.keurmerk.shared.web.PdfAnswers;
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

    @GET
    @Path("/{id}/document.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
    @Operation(operationId = "certificateDocument", summary = "The certificate as a document (PDF)",
            description = "The Keurmerk to hang on the wall and send on: a PDF/A-1b document in Dutch with the organisation and its KvK "
                    + "number, the scope, the framework version, the certifying body, the number, the days it is valid, and a QR code that "
                    + "opens the public verification page of its number (under keurmerk.documents.verification-base-url). A certificate "
                    + "no longer in force says so on its face. For those who may read the certificate; another tenant's answers 404.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 2_000_000),
            examples = @ExampleObject(name = "document", summary = "A PDF/A-1b document (binary; its first bytes shown)", value = "%PDF-1.4")),
            headers = {
                    @Header(name = "ETag", description = "The state of the certificate it shows, for If-None-Match", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "Shown in the browser, saved as NVVK-Keurmerk-<number>.pdf",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = PdfAnswers.DISPOSITION_PATTERN))})
    public RestResponse<byte[]> document(@PathParam("id") UUID id) {
        return PdfAnswers.inline(certificates.document(id));
    }

    private static final String NOT_ACTIVE = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/certificate-transition\", \"title\": \"Conflict with the current state\", "
            + "\"status\": 409, \"detail\": \"Certificate NVVK-7KQ2-M9XH-4DPE is SUSPENDED; only an active certificate can be suspended\", "
            + "\"instance\": \"/api/v1/certificates/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/suspension\"}";
    private static final String NOT_SUSPENDED = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/certificate-transition\", \"title\": \"Conflict with the current state\", "
            + "\"status\": 409, \"detail\": \"Certificate NVVK-7KQ2-M9XH-4DPE is ACTIVE; only a suspended certificate can be reinstated\", "
            + "\"instance\": \"/api/v1/certificates/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/reinstatement\"}";
    private static final String NOT_IN_FORCE = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/certificate-transition\", \"title\": \"Conflict with the current state\", "
            + "\"status\": 409, \"detail\": \"Certificate NVVK-7KQ2-M9XH-4DPE is SUPERSEDED; only an active or suspended certificate can be withdrawn\", "
            + "\"instance\": \"/api/v1/certificates/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/withdrawal\"}";

    @POST
    @Path("/{id}/suspension")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "suspendCertificate", summary = "Suspend a certificate",
            description = "An active certificate no longer counts until NVVK reinstates it; the reason goes into its status history. NVVK only.")
    @APIResponse(responseCode = "200", description = "The certificate, suspended")
    @APIResponse(responseCode = "409", description = "The certificate is not active", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "certificate-transition", value = NOT_ACTIVE)))
    public RestResponse<CertificateResponse> suspend(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH)
            @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        return certificates.take(CertificateService.Step.SUSPEND, id, ifMatch, request.reason()).ok();
    }

    @POST
    @Path("/{id}/reinstatement")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reinstateCertificate", summary = "Reinstate a suspended certificate",
            description = "A suspended certificate that has not expired counts again; the reason goes into its status history. NVVK only.")
    @APIResponse(responseCode = "200", description = "The certificate, active again")
    @APIResponse(responseCode = "409", description = "The certificate is not suspended", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "certificate-transition", value = NOT_SUSPENDED)))
    public RestResponse<CertificateResponse> reinstate(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH)
            @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        return certificates.take(CertificateService.Step.REINSTATE, id, ifMatch, request.reason()).ok();
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.NVVK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawCertificate", summary = "Withdraw a certificate",
            description = "An active or suspended certificate is withdrawn for good; the reason goes into its status history. NVVK only.")
    @APIResponse(responseCode = "200", description = "The certificate, withdrawn")
    @APIResponse(responseCode = "409", description = "The certificate is neither active nor suspended", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "certificate-transition", value = NOT_IN_FORCE)))
    public RestResponse<CertificateResponse> withdraw(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH)
            @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; optional, checked when sent", example = "\"0\"") String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        return certificates.take(CertificateService.Step.WITHDRAW, id, ifMatch, request.reason()).ok();
    }
}
