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
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class OrganisationDtos {
    private OrganisationDtos() {
    }

    @Schema(name = "OrganisationRequest", description = "An organisation as NVVK registers or revises it.", additionalProperties = Schema.False.class)
    public record OrganisationRequest(
            @NotNull @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
            @Schema(description = "KvK number: 8 digits; cannot change after registration", example = "90000001") String kvkNumber,
            @NotBlank @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE)
            @Schema(example = "Gemeente Zonnedijk") String name,
            @NotNull OrganisationKind kind,
            @Valid Address address,
            @Size(max = Formats.URL_LENGTH) @Pattern(regexp = Formats.HTTP_URL, message = Formats.HTTP_URL_MESSAGE)
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
            @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(example = "90000001") String kvkNumber,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Gemeente Zonnedijk") String name,
            OrganisationKind kind,
            @Schema(nullable = true) Address address,
            @Size(max = Formats.URL_LENGTH) @Pattern(regexp = Formats.HTTP_URL) @Schema(example = "https://www.zonnedijk.example", nullable = true) String website,
            MembershipStatus membershipStatus,
            @Schema(description = "The day it became a member; always there for a member", example = "2019-01-01", nullable = true) LocalDate memberSince,
            @Size(max = 13) Set<ServiceType> servicesOffered,
            Instant createdAt,
            Instant updatedAt) {

        static OrganisationResponse from(Organisation o) {
            return new OrganisationResponse(o.id, o.kvkNumber, o.name, o.kind, o.address, o.website, o.membershipStatus,
                    o.memberSince, new TreeSet<>(o.servicesOffered), o.createdAt, o.updatedAt);
        }
    }

    /** An organisation as other features refer to it: its id and its identity. */
    public record OrganisationRef(UUID id, String kvkNumber, String name) {
    }
}
