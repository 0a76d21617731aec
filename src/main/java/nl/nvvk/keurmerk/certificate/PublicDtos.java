package nl.nvvk.keurmerk.certificate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public may know of a certificate: no findings, no audit content, no ids of the registry's own. */
public final class PublicDtos {
    private PublicDtos() {
    }

    @Schema(name = "PublicCertificate", description = "A Keurmerk certificate as anyone may verify it. The status is as of today "
            + "(Europe/Amsterdam): EXPIRED once its valid-until day has passed.")
    public record PublicCertificate(
            @Size(min = 19, max = 19) @Pattern(regexp = CertificateNumber.FORMAT) @Schema(example = "NVVK-7KQ2-M9XH-4DPE") String number,
            CertificateStatus status,
            PublicOrganisation organisation,
            PublicCertifyingBody certifyingBody,
            @Size(max = 20) @Pattern(regexp = Formats.ONE_LINE) @Schema(description = "The version of the Kwaliteitskader it certifies against", example = "1.1")
            String frameworkVersion,
            @Size(max = 13) @Schema(description = "The services it covers") Set<ServiceType> scope,
            @Schema(description = "The day NVVK granted it", example = "2026-07-01") LocalDate issuedOn,
            @Schema(description = "The first day it is valid", example = "2026-07-01") LocalDate validFrom,
            @Schema(description = "The last day it is valid", example = "2029-06-30") LocalDate validUntil,
            @Schema(description = "When its status last changed; for an expired certificate, the start of the day after its last valid day")
            Instant statusChangedAt,
            @Size(min = 19, max = 19) @Pattern(regexp = CertificateNumber.FORMAT)
            @Schema(description = "The number of the certificate that took its place, when superseded", example = "NVVK-2B8C-Q4ZR-9T6P", nullable = true)
            String supersededBy) {

        static PublicCertificate of(RegisteredCertificate certificate, LocalDate today, ZoneId zone) {
            return new PublicCertificate(certificate.number(), certificate.statusOn(today),
                    new PublicOrganisation(certificate.kvkNumber(), certificate.organisationName(), certificate.place()),
                    new PublicCertifyingBody(certificate.bodyCode(), certificate.bodyName()), certificate.frameworkVersion(),
                    certificate.scope(), certificate.issuedOn(), certificate.validFrom(), certificate.validUntil(),
                    certificate.statusChangedAt(today, zone), certificate.supersededBy());
        }
    }

    @Schema(name = "PublicOrganisation", description = "The certified organisation.")
    public record PublicOrganisation(
            @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(example = "90000001") String kvkNumber,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Gemeente Zonnedijk") String name,
            @Size(max = 100) @Pattern(regexp = Formats.ONE_LINE) @Schema(description = "Its place of business, when known", example = "Zonnedijk", nullable = true) String place) {
    }

    @Schema(name = "PublicCertifyingBody", description = "The certifying body whose audit the certificate rests on.")
    public record PublicCertifyingBody(
            @Size(min = 2, max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(example = "KIWA") String code,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Kiwa Nederland") String name) {
    }
}
