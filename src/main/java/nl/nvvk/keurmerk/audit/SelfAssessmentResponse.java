package nl.nvvk.keurmerk.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.nvvk.keurmerk.framework.NormCatalogue.CatalogueArea;
import nl.nvvk.keurmerk.framework.NormCatalogue.CatalogueNorm;
import nl.nvvk.keurmerk.shared.error.DomainRuleViolation;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;
import org.hibernate.annotations.BatchSize;

/**
 * One colleague's own answers to the organisation's self-assessment (the zelfscan "samen met
 * collega's"): a level and a comment per norm and per performance area. Only its respondent (the
 * token subject that opened it) ever reads it; once submitted, it counts in the combined view the
 * organisation's quality coordinator reads, and no longer changes. Nobody outside the organisation,
 * NVVK included, sees a respondent's answers.
 */
@Entity
@Table(name = "self_assessment_response")
public class SelfAssessmentResponse extends PanacheEntityBase implements TenantOwned {
    @Id
    UUID id;
    @Column(name = "self_assessment_id", nullable = false)
    UUID selfAssessmentId;
    @Column(name = "framework_id", nullable = false)
    UUID frameworkId;
    @Column(name = "organisation_kvk", nullable = false)
    String organisationKvk;
    /** The token subject of the colleague who answers. */
    @Column(nullable = false)
    String respondent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ResponseStatus status;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "submitted_at")
    Instant submittedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    @ElementCollection
    @CollectionTable(name = "self_assessment_response_entry", joinColumns = @JoinColumn(name = "response_id"))
    // The combined view reads every colleague's answers: one query for all of them, not one per colleague.
    @BatchSize(size = 100)
    List<SelfAssessment.Entry> entries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "self_assessment_response_area", joinColumns = @JoinColumn(name = "response_id"))
    @BatchSize(size = 100)
    List<SelfAssessment.AreaEntry> areas = new ArrayList<>();

    protected SelfAssessmentResponse() {
    }

    /** A respondent sees only their own answers; nobody else sees anyone's, NVVK and certifying bodies included. */
    static Where visibleTo(Scope scope) {
        return switch (scope.kind()) {
            case MEMBER -> Where.of("r.organisationKvk = :scopeKvk and r.respondent = :scopeRespondent",
                    Map.of("scopeKvk", scope.tenant(), "scopeRespondent", scope.respondent()));
            case NVVK, SYSTEM, CERTIFYING_BODY, PUBLIC -> Where.none();
        };
    }

    /** What the combined view reads: the organisation's quality coordinator the submitted answers of its own organisation; anyone else nothing. */
    static Where combinableBy(Scope scope) {
        return switch (scope.kind()) {
            case MEMBER -> scope.coordinatesQuality()
                    ? Where.of("r.organisationKvk = :scopeKvk and r.status = :submitted", Map.of("scopeKvk", scope.tenant(), "submitted", ResponseStatus.SUBMITTED))
                    : Where.none();
            case NVVK, SYSTEM, CERTIFYING_BODY, PUBLIC -> Where.none();
        };
    }

    static Optional<SelfAssessmentResponse> visible(Scope scope, UUID selfAssessmentId, UUID id) {
        Where where = visibleTo(scope).and("r.selfAssessmentId = :assessment", "assessment", selfAssessmentId).and("r.id = :id", "id", id);
        return find("from SelfAssessmentResponse r where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /** The caller's own answers to this self-assessment, if they opened them. */
    static Optional<SelfAssessmentResponse> mine(Scope scope, UUID selfAssessmentId) {
        Where where = visibleTo(scope).and("r.selfAssessmentId = :assessment", "assessment", selfAssessmentId);
        return find("from SelfAssessmentResponse r where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /** The submitted answers to this self-assessment, for its organisation's quality coordinator; for anyone else none. */
    static List<SelfAssessmentResponse> submittedTo(Scope scope, UUID selfAssessmentId) {
        Where where = combinableBy(scope).and("r.selfAssessmentId = :assessment", "assessment", selfAssessmentId);
        return list("from SelfAssessmentResponse r where " + where.jpql() + " order by r.id", where.parameters());
    }

    /** How many colleagues have opened answers they have not submitted yet: for the coordinator, who waits for them; nobody else. */
    static long inProgressFor(Scope scope, UUID selfAssessmentId) {
        if (!scope.coordinatesQuality()) {
            return 0;
        }
        return count("organisationKvk = ?1 and selfAssessmentId = ?2 and status = ?3", scope.tenant(), selfAssessmentId, ResponseStatus.DRAFT);
    }

    /** A colleague opens their own answers to a draft self-assessment of their organisation (one per colleague: self_assessment_response_one_per_respondent). */
    static SelfAssessmentResponse openedBy(String respondent, SelfAssessment assessment, Instant now) {
        assessment.requireDraft("answered");
        SelfAssessmentResponse response = new SelfAssessmentResponse();
        response.id = Ids.next();
        response.selfAssessmentId = assessment.id;
        response.frameworkId = assessment.frameworkId;
        response.organisationKvk = assessment.organisationKvk;
        response.respondent = respondent;
        response.status = ResponseStatus.DRAFT;
        response.createdAt = now;
        response.updatedAt = now;
        return response;
    }

    /** The respondent's view of one norm, replacing an earlier one; only while both their answers and the self-assessment are drafts. */
    void answer(SelfAssessment assessment, CatalogueNorm norm, Integer level, String comment, Instant now) {
        requireDraft(assessment);
        entries.removeIf(entry -> entry.normId.equals(norm.id()));
        entries.add(new SelfAssessment.Entry(frameworkId, norm, level == null ? null : level.shortValue(), comment));
        updatedAt = now;
    }

    /** The respondent's view of one performance area, replacing an earlier one. */
    void answerArea(SelfAssessment assessment, CatalogueArea area, Integer level, String comment, Instant now) {
        requireDraft(assessment);
        areas.removeIf(entry -> entry.areaNumber == area.number());
        areas.add(new SelfAssessment.AreaEntry(area.number(), level == null ? null : level.shortValue(), comment));
        updatedAt = now;
    }

    /** The respondent hands in their answers: from now on they count in the combined view and no longer change. */
    void submit(SelfAssessment assessment, Instant now) {
        requireDraft(assessment);
        if (entries.isEmpty() && areas.isEmpty()) {
            throw new DomainRuleViolation("response-empty", "Your answers %s answer no norm or area yet; there is nothing to submit", id);
        }
        status = ResponseStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    private void requireDraft(SelfAssessment assessment) {
        assessment.requireDraft("answered");
        if (status != ResponseStatus.DRAFT) {
            throw new DomainRuleViolation("response-submitted", "Your answers %s are submitted and can no longer change", id);
        }
    }

    /**
     * What the change history keeps of it: that it moved, never what it says. The history is NVVK's to
     * read, and a respondent's answers are nobody's but theirs.
     */
    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("selfAssessment", selfAssessmentId);
        snapshot.put("status", status);
        snapshot.put("answeredNorms", entries.size());
        snapshot.put("answeredAreas", areas.size());
        return snapshot;
    }
}
