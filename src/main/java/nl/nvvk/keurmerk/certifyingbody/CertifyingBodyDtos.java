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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CertifyingBodyDtos {
    private CertifyingBodyDtos() {
    }

    @Schema(name = "CertifyingBodyRequest", description = "A certifying body as NVVK admits or revises it.")
    public record CertifyingBodyRequest(
            @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "must be 2 to 20 upper case letters, digits or '-'")
            @Schema(description = "Code carried in the body's tokens as claim certifying_body; cannot change", example = "KIWA") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Kiwa Nederland B.V.") String name,
            @Valid Address address,
            @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
            @Schema(example = "https://www.kiwa.example") String website,
            @NotNull AccreditationStatus accreditationStatus) {

        BodyDetails details() {
            return new BodyDetails(name, address, website, accreditationStatus);
        }
    }

    @Schema(name = "CertifyingBody", description = "An accredited certifying body.")
    public record CertifyingBodyResponse(
            UUID id,
            @Schema(example = "KIWA") String code,
            @Schema(example = "Kiwa Nederland B.V.") String name,
            Address address,
            @Schema(example = "https://www.kiwa.example") String website,
            AccreditationStatus accreditationStatus,
            Instant createdAt,
            Instant updatedAt) {

        static CertifyingBodyResponse from(CertifyingBody b) {
            return new CertifyingBodyResponse(b.id, b.code, b.name, b.address, b.website, b.accreditationStatus, b.createdAt, b.updatedAt);
        }
    }
}
