package nl.nvvk.keurmerk.certifyingbody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import nl.nvvk.keurmerk.certifyingbody.CertifyingBody.BodyDetails;
import nl.nvvk.keurmerk.shared.address.Address;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CertifyingBodyDtos {
    private CertifyingBodyDtos() {
    }

    @Schema(name = "CertifyingBodyRequest", description = "A certifying body as NVVK admits or revises it.", additionalProperties = Schema.False.class)
    public record CertifyingBodyRequest(
            @NotNull @Size(min = 2, max = 20) @Pattern(regexp = Formats.BODY_CODE, message = Formats.BODY_CODE_MESSAGE)
            @Schema(description = "Code carried in the body's tokens as claim certifying_body; cannot change", example = "KIWA") String code,
            @NotBlank @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE)
            @Schema(example = "Kiwa Nederland B.V.") String name,
            @Valid Address address,
            @Size(max = Formats.URL_LENGTH) @Pattern(regexp = Formats.HTTP_URL, message = Formats.HTTP_URL_MESSAGE)
            @Schema(example = "https://www.kiwa.example") String website,
            @NotNull AccreditationStatus accreditationStatus) {

        BodyDetails details() {
            return new BodyDetails(name, address, website, accreditationStatus);
        }
    }

    @Schema(name = "CertifyingBody", description = "An accredited certifying body.")
    public record CertifyingBodyResponse(
            UUID id,
            @Size(min = 2, max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(example = "KIWA") String code,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Kiwa Nederland B.V.") String name,
            @Schema(nullable = true) Address address,
            @Size(max = Formats.URL_LENGTH) @Pattern(regexp = Formats.HTTP_URL) @Schema(example = "https://www.kiwa.example", nullable = true) String website,
            AccreditationStatus accreditationStatus,
            Instant createdAt,
            Instant updatedAt) {

        static CertifyingBodyResponse from(CertifyingBody b) {
            return new CertifyingBodyResponse(b.id, b.code, b.name, b.address, b.website, b.accreditationStatus, b.createdAt, b.updatedAt);
        }
    }

    /** A certifying body as other features refer to it: its id, code and whether it may audit. */
    public record CertifyingBodyRef(UUID id, String code, String name, AccreditationStatus accreditationStatus) {
        public boolean mayAudit() {
            return accreditationStatus.mayAudit();
        }
    }
}
