package nl.nvvk.keurmerk.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.nvvk.keurmerk.framework.NormCatalogue;
import nl.nvvk.keurmerk.framework.NormCatalogue.CatalogueArea;
import nl.nvvk.keurmerk.framework.NormCatalogue.CatalogueNorm;
import nl.nvvk.keurmerk.shared.error.DomainRuleViolation;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;
import org.hibernate.annotations.BatchSize;

/**
 * A member organisation's own assessment (zelfscan) of a framework version: per norm and per
 * performance area its development level and a comment. Completed as a draft over several sessions, then shared; a shared one no
 * longer changes, and the certifying body that audits the organisation reads it.
 */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment extends PanacheEntityBase implements TenantOwned {
    static final Keyset<SelfAssessment> NEWEST_FIRST = Keyset.of("self-assessments", SelfAssessment.class, "s", "from SelfAssessment s",
            SelfAssessment::visibleTo, SortKey.instant("s.createdAt"), SortKey.uuid("s.id")).reversed();

    @Id
    UUID id;
    @Column(name = "organisation_id", nullable = false)
    UUID organisationId;
    @Column(name = "organisation_kvk", nullable = false)
    String organisationKvk;
    @Column(name = "framework_id", nullable = false)
    UUID frameworkId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    SelfAssessmentStatus status;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "shared_at")
    Instant sharedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    @ElementCollection
    @CollectionTable(name = "self_assessment_entry", joinColumns = @JoinColumn(name = "self_assessment_id"))
    // A page of self-assessments counts their entries in one query per page, not one per row.
    @BatchSize(size = PageRequest.MAX_LIMIT)
    List<Entry> entries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "self_assessment_area", joinColumns = @JoinColumn(name = "self_assessment_id"))
    @BatchSize(size = PageRequest.MAX_LIMIT)
    List<AreaEntry> areas = new ArrayList<>();

    protected SelfAssessment() {
    }

    /**
     * A member sees its own organisation's; a certifying body the shared ones of organisations it has
     * an audit of against that version (planned, running or reported, not cancelled); NVVK all.
     */
    /** The organisation's shared self-assessments, as far as the scope sees them, first shared first. */
    static List<SelfAssessment> sharedOf(Scope scope, String kvkNumber) {
        Where where = visibleTo(scope).and("s.organisationKvk = :kvk", "kvk", kvkNumber).and("s.status = :sharedOnly", "sharedOnly", SelfAssessmentStatus.SHARED);
        return list("from SelfAssessment s where " + where.jpql() + " order by s.sharedAt, s.id", where.parameters());
    }

    /** Its levels as comparisons over time read them. */
    OrganisationResults.SelfAssessedResults results() {
        Map<UUID, Integer> norms = new java.util.HashMap<>();
        entries.stream().filter(e -> e.level != null).forEach(e -> norms.put(e.normId, (int) e.level));
        Map<Integer, Integer> levels = new java.util.HashMap<>();
        areas.stream().filter(a -> a.level != null).forEach(a -> levels.put((int) a.areaNumber, (int) a.level));
        return new OrganisationResults.SelfAssessedResults(id, frameworkId, sharedAt, norms, levels);
    }

    static Where visibleTo(Scope scope) {
        return switch (scope.kind()) {
            case NVVK, SYSTEM -> Where.all();
            case MEMBER -> Where.of("s.organisationKvk = :scopeKvk", "scopeKvk", scope.tenant());
            case CERTIFYING_BODY -> Where.of("s.status = :shared and exists (select 1 from Audit a where a.organisationId = s.organisationId"
                            + " and a.frameworkId = s.frameworkId and a.bodyCode = :scopeBody and a.status <> :cancelled)",
                    Map.of("shared", SelfAssessmentStatus.SHARED, "scopeBody", scope.tenant(), "cancelled", AuditStatus.CANCELLED));
            case PUBLIC -> Where.none();
        };
    }

    static Optional<SelfAssessment> visible(Scope scope, UUID id) {
        Where where = visibleTo(scope).and("s.id = :id", "id", id);
        return find("from SelfAssessment s where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /** The organisation's most recently shared self-assessment of a version, as far as the scope may see it. */
    static Optional<SelfAssessment> latestShared(Scope scope, UUID organisationId, UUID frameworkId) {
        Where where = visibleTo(scope)
                .and("s.organisationId = :organisation", "organisation", organisationId)
                .and("s.frameworkId = :framework", "framework", frameworkId)
                .and("s.status = :sharedOnly", "sharedOnly", SelfAssessmentStatus.SHARED);
        return find("from SelfAssessment s where " + where.jpql() + " order by s.sharedAt desc", where.parameters()).firstResultOptional();
    }

    /** A member starts a draft; its organisation has one draft per version at a time (self_assessment_one_draft). */
    static SelfAssessment started(UUID organisationId, String organisationKvk, NormCatalogue catalogue, Instant now) {
        SelfAssessment assessment = new SelfAssessment();
        assessment.id = Ids.next();
        assessment.organisationId = organisationId;
        assessment.organisationKvk = organisationKvk;
        assessment.frameworkId = catalogue.frameworkId();
        assessment.status = SelfAssessmentStatus.DRAFT;
        assessment.createdAt = now;
        assessment.updatedAt = now;
        return assessment;
    }

    /** Records the organisation's view of one norm in the draft, replacing an earlier one. */
    void assess(CatalogueNorm norm, Integer level, String comment, Instant now) {
        requireDraft("changed");
        entries.removeIf(entry -> entry.normId.equals(norm.id()));
        entries.add(new Entry(frameworkId, norm, level == null ? null : level.shortValue(), comment));
        updatedAt = now;
    }

    /** Records the organisation's view of one performance area in the draft, replacing an earlier one. */
    void assessArea(CatalogueArea area, Integer level, String comment, Instant now) {
        requireDraft("changed");
        areas.removeIf(entry -> entry.areaNumber == area.number());
        areas.add(new AreaEntry(area.number(), level == null ? null : level.shortValue(), comment));
        updatedAt = now;
    }

    /** Shares the completed draft with the certifying body; from now on it does not change. */
    void share(Instant now) {
        requireDraft("shared");
        if (entries.isEmpty()) {
            throw new DomainRuleViolation("self-assessment-empty", "Self-assessment %s assesses no norm yet; there is nothing to share", id);
        }
        status = SelfAssessmentStatus.SHARED;
        sharedAt = now;
        updatedAt = now;
    }

    void requireDraft(String verb) {
        if (status != SelfAssessmentStatus.DRAFT) {
            throw new DomainRuleViolation("self-assessment-shared",
                    "Self-assessment %s is shared and can no longer be %s; start a new one", id, verb);
        }
    }

    /** One performance area as the organisation assessed it. */
    @Embeddable
    public static class AreaEntry {
        @Column(name = "area_number", nullable = false)
        short areaNumber;
        Short level;
        String comment;

        protected AreaEntry() {
        }

        AreaEntry(int areaNumber, Short level, String comment) {
            this.areaNumber = (short) areaNumber;
            this.level = level;
            this.comment = comment;
        }
    }

    /** One norm as the organisation assessed it. */
    @Embeddable
    public static class Entry {
        @Column(name = "framework_id", nullable = false)
        UUID frameworkId;
        @Column(name = "norm_id", nullable = false)
        UUID normId;
        @Column(name = "norm_number", nullable = false)
        String normNumber;
        Short level;
        String comment;

        protected Entry() {
        }

        Entry(UUID frameworkId, CatalogueNorm norm, Short level, String comment) {
            this.frameworkId = frameworkId;
            this.normId = norm.id();
            this.normNumber = norm.number();
            this.level = level;
            this.comment = comment;
        }
    }
}
