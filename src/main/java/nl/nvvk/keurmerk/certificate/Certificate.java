package nl.nvvk.keurmerk.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.shared.error.DomainRuleViolation;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An NVVK Keurmerk certificate: what one granted audit certifies (organisation, certifying body,
 * framework version, scope) and for how long. Its stored status is what NVVK last did to it;
 * whether it has expired is read from the date ({@link #statusOn}), never stored.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase implements TenantOwned {
    /** Newest issue first (index certificate_issued_idx and its per-tenant twins). */
    static final Keyset<Certificate> NEWEST_FIRST = Keyset.of("certificates", Certificate.class, "c", "from Certificate c",
            Certificate::visibleTo, SortKey.date("c.issuedOn"), SortKey.uuid("c.id")).reversed();

    @Id
    UUID id;
    @Column(nullable = false)
    String number;
    @Column(name = "audit_id", nullable = false)
    UUID auditId;
    @Column(name = "organisation_id", nullable = false)
    UUID organisationId;
    @Column(name = "organisation_kvk", nullable = false)
    String organisationKvk;
    @Column(name = "certifying_body_id", nullable = false)
    UUID certifyingBodyId;
    @Column(name = "body_code", nullable = false)
    String bodyCode;
    @Column(name = "framework_id", nullable = false)
    UUID frameworkId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    Set<ServiceType> scope = EnumSet.noneOf(ServiceType.class);
    @Column(name = "issued_on", nullable = false)
    LocalDate issuedOn;
    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;
    @Column(name = "valid_until", nullable = false)
    LocalDate validUntil;
    /** What NVVK last did: ACTIVE, SUSPENDED, WITHDRAWN or SUPERSEDED; never EXPIRED. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CertificateStatus status;
    @Column(name = "status_changed_at", nullable = false)
    Instant statusChangedAt;
    @Column(name = "superseded_by")
    UUID supersededBy;
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    @OneToMany(mappedBy = "certificate", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    List<StatusChange> statusHistory = new ArrayList<>();

    protected Certificate() {
    }

    static Certificate issue(CertificateService.Grant granted, LocalDate validUntil, String actor, Instant now) {
        return issue(granted, validUntil, "Granted on audit " + granted.auditReference(), actor, now);
    }

    private static Certificate issue(CertificateService.Grant granted, LocalDate validUntil, String reason, String actor, Instant now) {
        Certificate certificate = new Certificate();
        certificate.id = Ids.next();
        certificate.number = CertificateNumber.next();
        certificate.auditId = granted.auditId();
        certificate.organisationId = granted.organisationId();
        certificate.organisationKvk = granted.organisationKvk();
        certificate.certifyingBodyId = granted.certifyingBodyId();
        certificate.bodyCode = granted.bodyCode();
        certificate.frameworkId = granted.frameworkId();
        certificate.scope = EnumSet.copyOf(granted.scope());
        certificate.issuedOn = granted.grantedOn();
        certificate.validFrom = granted.grantedOn();
        certificate.validUntil = validUntil;
        certificate.status = CertificateStatus.ACTIVE;
        certificate.statusChangedAt = now;
        certificate.statusHistory.add(new StatusChange(certificate, null, CertificateStatus.ACTIVE, reason, actor, now));
        return certificate;
    }

    /**
     * A grant on a follow-up audit: the organisation's current certificate (with conditions), if it has
     * not expired on the day of the grant, is succeeded by one without, on the same scope and framework
     * version and valid until the same day, now resting on the follow-up audit. Without one in force
     * there are no conditions to lift: a follow-up audit does not certify anew.
     */
    static Certificate liftingConditions(CertificateService.Grant granted, List<Certificate> current, String actor, Instant now) {
        Certificate conditional = current.stream().filter(candidate -> candidate.statusOn(granted.grantedOn()) != CertificateStatus.EXPIRED)
                .findFirst().orElseThrow(() -> new DomainRuleViolation("follow-up-without-certificate",
                        "Organisation %s has no certificate in force; a grant on follow-up audit %s lifts the conditions of one, it does not certify anew",
                        granted.organisationKvk(), granted.auditReference()));
        Certificate certificate = issue(granted, conditional.validUntil,
                "Granted on follow-up audit %s; conditions of %s lifted".formatted(granted.auditReference(), conditional.number), actor, now);
        certificate.scope = EnumSet.copyOf(conditional.scope);
        certificate.frameworkId = conditional.frameworkId;
        return certificate;
    }

    // --- tenancy -------------------------------------------------------------------------------

    /** NVVK and jobs see every certificate; a body those resting on its audits; a member its organisation's; the public none here. */
    static Where visibleTo(Scope scope) {
        return switch (scope.kind()) {
            case NVVK, SYSTEM -> Where.all();
            case CERTIFYING_BODY -> Where.of("c.bodyCode = :scopeBody", "scopeBody", scope.tenant());
            case MEMBER -> Where.of("c.organisationKvk = :scopeKvk", "scopeKvk", scope.tenant());
            case PUBLIC -> Where.none();
        };
    }

    static Optional<Certificate> visible(Scope scope, UUID id) {
        Where where = visibleTo(scope).and("c.id = :id", "id", id);
        return find("from Certificate c where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    static Optional<Certificate> ofAudit(Scope scope, UUID auditId) {
        Where where = visibleTo(scope).and("c.auditId = :audit", "audit", auditId);
        return find("from Certificate c where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /**
     * The organisation's certificate that a new grant supersedes: the one neither withdrawn nor
     * superseded (in force, suspended, or expired but not replaced yet). There is at most one
     * (certificate_current_unique).
     */
    static List<Certificate> current(Scope scope, UUID organisationId) {
        Where where = visibleTo(scope).and("c.organisationId = :organisation", "organisation", organisationId)
                .and("c.status in :current", "current", List.of(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED));
        return find("from Certificate c where " + where.jpql(), where.parameters()).list();
    }

    // --- status --------------------------------------------------------------------------------

    /** The status as of {@code today}: an active or suspended certificate past its last valid day has expired. */
    CertificateStatus statusOn(LocalDate today) {
        return CertificateStatus.on(status, validUntil, today);
    }

    /**
     * The certificates with this status on {@code today} (any when null), read as {@link #statusOn}
     * reads it: expiry is a matter of the date, so the filter is too.
     */
    static Where withStatusOn(CertificateStatus status, LocalDate today) {
        if (status == null) {
            return Where.all();
        }
        List<CertificateStatus> inForce = List.of(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED);
        return switch (status) {
            case EXPIRED -> Where.of("c.status in :inForce and c.validUntil < :today", Map.of("inForce", inForce, "today", today));
            case ACTIVE, SUSPENDED -> Where.of("c.status = :status and c.validUntil >= :today", Map.of("status", status, "today", today));
            case WITHDRAWN, SUPERSEDED -> Where.of("c.status = :status", "status", status);
        };
    }

    /** NVVK suspends a certificate in force: it no longer counts until reinstated. */
    void suspend(String reason, String actor, Instant now, LocalDate today) {
        require(CertificateStatus.ACTIVE, today);
        change(CertificateStatus.SUSPENDED, reason, actor, now);
    }

    /** NVVK lifts a suspension. */
    void reinstate(String reason, String actor, Instant now, LocalDate today) {
        require(CertificateStatus.SUSPENDED, today);
        change(CertificateStatus.ACTIVE, reason, actor, now);
    }

    /** NVVK withdraws a certificate in force or suspended, for good. */
    void withdraw(String reason, String actor, Instant now, LocalDate today) {
        CertificateStatus current = statusOn(today);
        if (current != CertificateStatus.ACTIVE && current != CertificateStatus.SUSPENDED) {
            throw new DomainRuleViolation("certificate-transition",
                    "Certificate %s is %s; only an active or suspended certificate can be withdrawn", number, current);
        }
        change(CertificateStatus.WITHDRAWN, reason, actor, now);
    }

    private void require(CertificateStatus wanted, LocalDate today) {
        CertificateStatus current = statusOn(today);
        if (current != wanted) {
            throw new DomainRuleViolation("certificate-transition",
                    wanted == CertificateStatus.ACTIVE ? "Certificate %s is %s; only an active certificate can be suspended"
                            : "Certificate %s is %s; only a suspended certificate can be reinstated", number, current);
        }
    }

    /**
     * The version its ETag names on {@code today}: the row's version, moved on once more the day it
     * expires, so a cached copy that still reads "active" is not confirmed by a conditional read.
     */
    long versionOn(LocalDate today) {
        return 2 * lockVersion + (statusOn(today) == CertificateStatus.EXPIRED ? 1 : 0);
    }

    /** A later grant for the same organisation takes its place. */
    void supersede(Certificate successor, String actor, Instant now) {
        change(CertificateStatus.SUPERSEDED, "Superseded by certificate " + successor.number, actor, now);
        supersededBy = successor.id;
    }

    private void change(CertificateStatus to, String reason, String actor, Instant now) {
        statusHistory.add(new StatusChange(this, status, to, reason, actor, now));
        status = to;
        statusChangedAt = now;
    }
}
