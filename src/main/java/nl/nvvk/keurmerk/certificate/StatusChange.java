package nl.nvvk.keurmerk.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import org.hibernate.annotations.Immutable;

/** One status a certificate took: from what, to what, why, by whom and when. Written once. */
@Entity
@Immutable
@Table(name = "certificate_status_change")
public class StatusChange extends PanacheEntityBase {
    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id")
    Certificate certificate;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    CertificateStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    CertificateStatus to;
    @Column(nullable = false)
    String reason;
    @Column(name = "actor_subject", nullable = false)
    String actor;
    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    protected StatusChange() {
    }

    StatusChange(Certificate certificate, CertificateStatus from, CertificateStatus to, String reason, String actor, Instant occurredAt) {
        this.id = Ids.next();
        this.certificate = certificate;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }
}
