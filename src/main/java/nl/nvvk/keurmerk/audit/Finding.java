package nl.nvvk.keurmerk.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.nvvk.keurmerk.audit.AuditPackage.ActionEntry;
import nl.nvvk.keurmerk.audit.AuditPackage.FindingEntry;
import nl.nvvk.keurmerk.framework.NormCatalogue.CatalogueNorm;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.TenantOwned;
import org.hibernate.annotations.BatchSize;

/**
 * The auditor's finding on one norm of the audit's framework version. The database refuses a norm
 * of another version (finding_norm_fkey on norm and framework). Part of its audit: every change goes
 * through the audit, whose version (ETag) moves with it.
 */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase implements TenantOwned {
    @Id
    UUID id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "audit_id")
    Audit audit;
    @Column(name = "framework_id", nullable = false)
    UUID frameworkId;
    @Column(name = "norm_id", nullable = false)
    UUID normId;
    @Column(name = "norm_number", nullable = false)
    String normNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Classification classification;
    @Enumerated(EnumType.STRING)
    Weight weight;
    String narrative;
    @Column(name = "development_level")
    Short developmentLevel;
    @OneToMany(mappedBy = "finding", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    // A whole audit's actions load in one query, not one per finding.
    @BatchSize(size = 500)
    List<ImprovementAction> actions = new ArrayList<>();
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    protected Finding() {
    }

    Finding(Audit audit, CatalogueNorm norm) {
        this.id = Ids.next();
        this.audit = audit;
        this.frameworkId = audit.frameworkId;
        this.normId = norm.id();
        this.normNumber = norm.number();
    }

    /**
     * Records what the auditor found; the actions follow the entry unless they are the same ones,
     * due on the same day (so a replayed or re-pushed package leaves them, and their progress, alone).
     */
    void record(FindingEntry entry, LocalDate actionsDueOn, Instant now) {
        this.classification = entry.classification();
        this.weight = entry.weight();
        this.narrative = entry.narrative();
        this.developmentLevel = entry.developmentLevel() == null ? null : entry.developmentLevel().shortValue();
        List<ActionEntry> wanted = entry.actions() == null ? List.of() : entry.actions();
        if (!sameActions(wanted, actionsDueOn)) {
            actions.clear();
            for (int i = 0; i < wanted.size(); i++) {
                actions.add(new ImprovementAction(this, i, wanted.get(i), actionsDueOn, now));
            }
        }
    }

    private boolean sameActions(List<ActionEntry> wanted, LocalDate dueOn) {
        if (wanted.size() != actions.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            ImprovementAction action = actions.get(i);
            if (!action.description.equals(wanted.get(i).description()) || !Objects.equals(action.owner, wanted.get(i).owner())
                    || !action.dueOn.equals(dueOn)) {
                return false;
            }
        }
        return true;
    }

    /** What the change history compares: the finding as it reads, with its actions. */
    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("classification", classification);
        snapshot.put("weight", weight);
        snapshot.put("narrative", narrative);
        snapshot.put("developmentLevel", developmentLevel);
        snapshot.put("actions", actions.stream().map(ImprovementAction::snapshot).toList());
        return snapshot;
    }
}
