package nl.nvvk.keurmerk.audit;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.nvvk.keurmerk.audit.AuditPackage.ActionEntry;
import nl.nvvk.keurmerk.shared.error.DomainRuleViolation;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.TenantOwned;

/**
 * What the organisation will do about a weighted finding (plan van aanpak), due by the date the
 * finding's weight gives. The organisation reports its progress; the certifying body accepts or
 * rejects it and closes the action. Overdue is read from the date, never stored.
 */
@Entity
@Table(name = "improvement_action")
public class ImprovementAction extends PanacheEntityBase implements TenantOwned {
    @Id
    UUID id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "finding_id")
    Finding finding;
    @Column(name = "audit_id", nullable = false)
    UUID auditId;
    @Column(nullable = false)
    int position;
    @Column(nullable = false)
    String description;
    String owner;
    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ActionStatus status;
    String progress;
    String assessment;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    protected ImprovementAction() {
    }

    ImprovementAction(Finding finding, int position, ActionEntry entry, LocalDate dueOn, Instant now) {
        this.id = Ids.next();
        this.finding = finding;
        this.auditId = finding.audit.id;
        this.position = position;
        this.description = entry.description();
        this.owner = entry.owner();
        this.dueOn = dueOn;
        this.status = ActionStatus.OPEN;
        this.updatedAt = now;
    }

    /** Past its due date and not yet accepted or closed. */
    public boolean isOverdueOn(LocalDate today) {
        return status.isPending() && today.isAfter(dueOn);
    }

    /** The organisation reports what it did: an open or rejected action goes to its certifying body. */
    void submit(String progress, Instant now) {
        require(status == ActionStatus.OPEN || status == ActionStatus.REJECTED, "submitted", "open or rejected");
        this.status = ActionStatus.SUBMITTED;
        this.progress = progress;
        this.updatedAt = now;
    }

    /** The certifying body finds the reported progress sufficient. */
    void accept(String assessment, Instant now) {
        require(status == ActionStatus.SUBMITTED, "accepted", "submitted");
        this.status = ActionStatus.ACCEPTED;
        this.assessment = assessment;
        this.updatedAt = now;
    }

    /** The certifying body finds it insufficient: the organisation submits again. */
    void reject(String assessment, Instant now) {
        require(status == ActionStatus.SUBMITTED, "rejected", "submitted");
        this.status = ActionStatus.REJECTED;
        this.assessment = assessment;
        this.updatedAt = now;
    }

    /** The certifying body closes an accepted action. */
    void close(Instant now) {
        require(status == ActionStatus.ACCEPTED, "closed", "accepted");
        this.status = ActionStatus.CLOSED;
        this.updatedAt = now;
    }

    private void require(boolean allowed, String verb, String expected) {
        if (!allowed) {
            throw new DomainRuleViolation("action-transition",
                    "Improvement action %s is %s; only an action that is %s can be %s", id, status, expected, verb);
        }
    }

    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("description", description);
        snapshot.put("owner", owner);
        snapshot.put("dueOn", dueOn);
        snapshot.put("status", status);
        snapshot.put("progress", progress);
        snapshot.put("assessment", assessment);
        return snapshot;
    }
}
