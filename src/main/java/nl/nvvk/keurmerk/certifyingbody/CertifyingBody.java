package nl.nvvk.keurmerk.certifyingbody;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.address.Address;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.persistence.Ids;

/** An accredited certifying body (certificerende instelling). Its code is the tenant key of certifier tokens. */
@Entity
@Table(name = "certifying_body")
public class CertifyingBody extends PanacheEntityBase {
    /** By name, case-insensitively, as the database lower-cases (index certifying_body_name_idx). Every caller the operation admits sees every body. */
    static final Keyset<CertifyingBody> BY_NAME = Keyset.of("certifying-bodies", CertifyingBody.class, "b", "from CertifyingBody b",
            Keyset.SHARED, SortKey.text("lower(b.name)"), SortKey.uuid("b.id"));

    @Id
    UUID id;
    @Column(nullable = false, unique = true)
    String code;
    @Column(nullable = false)
    String name;
    @Embedded
    Address address;
    String website;
    @Enumerated(EnumType.STRING)
    @Column(name = "accreditation_status", nullable = false)
    AccreditationStatus accreditationStatus;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    protected CertifyingBody() {
    }

    /** Admits a body to the scheme under a code its systems will carry in their tokens. */
    static CertifyingBody admit(String code, BodyDetails details, Instant now) {
        CertifyingBody body = new CertifyingBody();
        body.id = Ids.next();
        body.code = code;
        body.createdAt = now;
        body.revise(code, details, now);
        return body;
    }

    /** Replaces the body's details; the code never changes, tokens depend on it. */
    void revise(String code, BodyDetails details, Instant now) {
        if (!this.code.equals(code)) {
            throw InvalidContent.of("code", "cannot change; it is %s".formatted(this.code));
        }
        this.name = details.name().strip();
        this.address = details.address();
        this.website = details.website();
        this.accreditationStatus = details.accreditationStatus();
        this.updatedAt = now;
    }

    /** Who the body is, without loading it. */
    static Optional<CertifyingBodyDtos.CertifyingBodyRef> byCode(String code) {
        return find("code", code).project(CertifyingBodyDtos.CertifyingBodyRef.class).firstResultOptional();
    }

    record BodyDetails(String name, Address address, String website, AccreditationStatus accreditationStatus) {
    }
}
