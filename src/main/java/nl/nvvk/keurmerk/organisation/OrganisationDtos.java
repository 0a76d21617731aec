package nl.nvvk.keurmerk.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.organisation.Organisation.OrganisationDetails;
import nl.nvvk.keurmerk.shared.address.Address;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class OrganisationDtos {
    private OrganisationDtos() {
    }

    @Schema(name = "OrganisationRequest", description = "An organisation as NVVK registers or revises it.")
    public record OrganisationRequest(
            @NotNull @Pattern(regexp = "[0-9]{8}", message = "must be exactly 8 digits")
            @Schema(description = "KvK number: 8 digits; cannot change after registration", example = "90000001") String kvkNumber,
            @NotBlank @Size(max = 200) @Schema(example = "Gemeente Zonnedijk") String name,
            @NotNull OrganisationKind kind,
            @Valid Address address,
            @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
            @Schema(example = "https://www.zonnedijk.example") String website,
            @NotNull MembershipStatus membershipStatus,
            @Schema(description = "Required for members", example = "2019-01-01") LocalDate memberSince,
            @Size(max = 13) @Schema(description = "Services the organisation offers") Set<@NotNull ServiceType> servicesOffered) {

        OrganisationDetails details() {
            return new OrganisationDetails(name, kind, address, website, membershipStatus, memberSince, servicesOffered);
        }
    }

    @Schema(name = "Organisation", description = "An NVVK member or applicant.")
    public record OrganisationResponse(
            UUID id,
            @Schema(example = "90000001") String kvkNumber,
            @Schema(example = "Gemeente Zonnedijk") String name,
            OrganisationKind kind,
            Address address,
            @Schema(example = "https://www.zonnedijk.example") String website,
            MembershipStatus membershipStatus,
            @Schema(example = "2019-01-01") LocalDate memberSince,
            Set<ServiceType> servicesOffered,
            Instant createdAt,
            Instant updatedAt) {

        static OrganisationResponse from(Organisation o) {
            return new OrganisationResponse(o.id, o.kvkNumber, o.name, o.kind, o.address, o.website, o.membershipStatus,
                    o.memberSince, new TreeSet<>(o.servicesOffered), o.createdAt, o.updatedAt);
        }
    }
}
