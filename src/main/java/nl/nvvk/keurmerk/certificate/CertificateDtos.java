package nl.nvvk.keurmerk.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CertificateDtos {
    private CertificateDtos() {
    }

    @Schema(name = "StatusChangeRequest", description = "Why NVVK suspends, reinstates or withdraws a certificate; kept in its status history.")
    public record StatusChangeRequest(
            @NotBlank @Size(max = 4000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Tekortkomingen in de schuldhulpverlening niet binnen de termijn hersteld.") String reason) {
    }

    @Schema(name = "CertificateRef", description = "A certificate by id and number.")
    public record CertificateRef(
            UUID id,
            @Size(min = 19, max = 19) @Pattern(regexp = CertificateNumber.FORMAT) @Schema(example = "NVVK-7KQ2-M9XH-4DPE") String number) {
    }

    @Schema(name = "CertificateSummary", description = "A certificate as listed; its status as of today.")
    public record CertificateSummary(
            UUID id,
            @Size(min = 19, max = 19) @Pattern(regexp = CertificateNumber.FORMAT) @Schema(example = "NVVK-7KQ2-M9XH-4DPE") String number,
            CertificateStatus status,
            @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(description = "KvK number of the certified organisation", example = "90000001")
            String organisation,
            @Size(min = 2, max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(description = "Code of the certifying body whose audit it rests on", example = "KIWA")
            String certifyingBody,
            @Size(max = 13) Set<ServiceType> scope,
            @Schema(description = "The first day it is valid", example = "2026-07-01") LocalDate validFrom,
            @Schema(description = "The last day it is valid", example = "2029-06-30") LocalDate validUntil) {

        static CertificateSummary from(Certificate certificate, LocalDate today) {
            return new CertificateSummary(certificate.id, certificate.number, certificate.statusOn(today), certificate.organisationKvk,
                    certificate.bodyCode, new TreeSet<>(certificate.scope), certificate.validFrom, certificate.validUntil);
        }
    }

    @Schema(name = "Certificate", description = "An NVVK Keurmerk certificate, with every status it has had. EXPIRED is read from today's date "
            + "(Europe/Amsterdam): an active or suspended certificate past its valid-until day.")
    public record CertificateResponse(
            UUID id,
            @Size(min = 19, max = 19) @Pattern(regexp = CertificateNumber.FORMAT) @Schema(example = "NVVK-7KQ2-M9XH-4DPE") String number,
            CertificateStatus status,
            @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(description = "KvK number of the certified organisation", example = "90000001")
            String organisation,
            @Size(min = 2, max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(description = "Code of the certifying body whose audit it rests on", example = "KIWA")
            String certifyingBody,
            @Schema(description = "The framework version it certifies against") UUID framework,
            @Schema(description = "The granted audit it rests on") UUID audit,
            @Size(max = 13) Set<ServiceType> scope,
            @Schema(description = "The day NVVK granted it", example = "2026-07-01") LocalDate issuedOn,
            @Schema(description = "The first day it is valid", example = "2026-07-01") LocalDate validFrom,
            @Schema(description = "The last day it is valid", example = "2029-06-30") LocalDate validUntil,
            @Schema(description = "When its status last changed") Instant statusChangedAt,
            @Schema(description = "The certificate that took its place, when superseded", nullable = true) UUID supersededBy,
            @Size(max = 1000) @Schema(description = "Every status it has had, oldest first") List<StatusChangeResponse> statusHistory) {

        static CertificateResponse from(Certificate certificate, LocalDate today) {
            return new CertificateResponse(certificate.id, certificate.number, certificate.statusOn(today), certificate.organisationKvk,
                    certificate.bodyCode, certificate.frameworkId, certificate.auditId, new TreeSet<>(certificate.scope), certificate.issuedOn,
                    certificate.validFrom, certificate.validUntil, certificate.statusChangedAt, certificate.supersededBy,
                    certificate.statusHistory.stream().map(StatusChangeResponse::from).toList());
        }
    }

    @Schema(name = "CertificateStatusChange", description = "One status a certificate took: from what, to what, why, by whom and when.")
    public record StatusChangeResponse(
            @Schema(description = "Absent for the first status, at issue", example = "ACTIVE", nullable = true) CertificateStatus from,
            @Schema(example = "SUSPENDED") CertificateStatus to,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Tekortkomingen in de schuldhulpverlening niet binnen de termijn hersteld.") String reason,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(description = "Who changed it", example = "nvvk-beheer") String actor,
            Instant occurredAt) {

        static StatusChangeResponse from(StatusChange change) {
            return new StatusChangeResponse(change.from, change.to, change.reason, change.actor, change.occurredAt);
        }
    }
}
