package nl.nvvk.keurmerk.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.shared.address.Address;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;
import org.hibernate.annotations.BatchSize;

/** An NVVK member or applicant. Its KvK number is its public identifier and the tenant key of member tokens. */
@Entity
public class Organisation extends PanacheEntityBase implements TenantOwned {
    /** By name, case-insensitively, as the database lower-cases (index organisation_name_idx). */
    static final Keyset<Organisation> BY_NAME = Keyset.of("organisations", Organisation.class, "o", "from Organisation o",
            Organisation::visibleTo, SortKey.text("lower(o.name)"), SortKey.uuid("o.id"));

    @Id
    UUID id;
    @Column(name = "kvk_number", nullable = false, unique = true)
    String kvkNumber;
    @Column(nullable = false)
    String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrganisationKind kind;
    @Embedded
    Address address;
    String website;
    @Enumerated(EnumType.STRING)
    @Column(name = "membership_status", nullable = false)
    MembershipStatus membershipStatus;
    @Column(name = "member_since")
    LocalDate memberSince;
    // A page of up to 200 loads the services of all its rows in one query, not one per 16 rows.
    @BatchSize(size = PageRequest.MAX_LIMIT)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_service", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "service_type")
    @Enumerated(EnumType.STRING)
    Set<ServiceType> servicesOffered = EnumSet.noneOf(ServiceType.class);
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    protected Organisation() {
    }

    /** Registers an organisation with NVVK, as applicant or member. */
    static Organisation register(String kvkNumber, OrganisationDetails details, Instant now) {
        Organisation organisation = new Organisation();
        organisation.id = Ids.next();
        organisation.kvkNumber = kvkNumber;
        organisation.createdAt = now;
        organisation.revise(kvkNumber, details, now);
        return organisation;
    }

    /** Replaces the organisation's details; the KvK number is its identity and never changes. */
    void revise(String kvkNumber, OrganisationDetails details, Instant now) {
        if (!this.kvkNumber.equals(kvkNumber)) {
            throw InvalidContent.of("kvkNumber", "cannot change; it is %s".formatted(this.kvkNumber));
        }
        if (details.membershipStatus() == MembershipStatus.MEMBER && details.memberSince() == null) {
            throw InvalidContent.of("memberSince", "is required for a member");
        }
        this.name = details.name().strip();
        this.kind = details.kind();
        this.address = details.address();
        this.website = details.website();
        this.membershipStatus = details.membershipStatus();
        this.memberSince = details.memberSince();
        this.servicesOffered = details.servicesOffered() == null || details.servicesOffered().isEmpty()
                ? EnumSet.noneOf(ServiceType.class) : EnumSet.copyOf(details.servicesOffered());
        this.updatedAt = now;
    }

    /** NVVK, jobs and certifiers see every organisation; a member only its own; the public none. */
    static Where visibleTo(Scope scope) {
        return switch (scope.kind()) {
            case NVVK, SYSTEM, CERTIFYING_BODY -> Where.all();
            case MEMBER -> Where.of("o.kvkNumber = :scopeKvk", "scopeKvk", scope.tenant());
            case PUBLIC -> Where.none();
        };
    }

    /** Who the organisation is, without loading it: what an audit or self-assessment refers to. */
    static Optional<OrganisationDtos.OrganisationRef> byKvkNumber(Scope scope, String kvkNumber) {
        Where where = visibleTo(scope).and("o.kvkNumber = :kvk", "kvk", kvkNumber);
        return find("from Organisation o where " + where.jpql(), where.parameters()).project(OrganisationDtos.OrganisationRef.class)
                .firstResultOptional();
    }

    /** The organisation, if the scope may see it: another member's answers exactly like one that does not exist. */
    static Optional<Organisation> visible(Scope scope, UUID id) {
        Where where = visibleTo(scope).and("o.id = :id", "id", id);
        return find("from Organisation o where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /** The fields NVVK maintains; everything but the identity. */
    record OrganisationDetails(String name, OrganisationKind kind, Address address, String website,
                               MembershipStatus membershipStatus, LocalDate memberSince, Set<ServiceType> servicesOffered) {
    }
}
