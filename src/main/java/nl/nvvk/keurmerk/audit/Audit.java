package nl.nvvk.keurmerk.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.audit.AuditPackage.FindingEntry;
import nl.nvvk.keurmerk.framework.NormCatalogue;
import nl.nvvk.keurmerk.framework.NormCatalogue.CatalogueNorm;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.shared.error.DomainRuleViolation;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.Problem.FieldError;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;
import org.hibernate.StatelessSession;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One audit of one organisation by one certifying body against one framework version, with
 * everything its report carries, its finding per norm and the improvement actions on them. The
 * aggregate: findings and actions change only through it, and its version (the ETag) moves with them.
 * It keeps its tenants' identities (body code, KvK number), which never change, beside their ids.
 */
@Entity
@Table(name = "audit")
public class Audit extends PanacheEntityBase implements TenantOwned {
    /** Newest first visit first (index audit_visit_idx and its per-tenant twins). */
    static final Keyset<Audit> NEWEST_FIRST = Keyset.of("audits", Audit.class, "a", "from Audit a", Audit::visibleTo,
            SortKey.date("a.firstVisitOn"), SortKey.uuid("a.id")).reversed();

    @Id
    UUID id;
    @Column(nullable = false)
    String reference;
    @Column(name = "certifying_body_id", nullable = false)
    UUID certifyingBodyId;
    @Column(name = "body_code", nullable = false)
    String bodyCode;
    @Column(name = "organisation_id", nullable = false)
    UUID organisationId;
    @Column(name = "organisation_kvk", nullable = false)
    String organisationKvk;
    @Column(name = "framework_id", nullable = false)
    UUID frameworkId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AuditType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AuditStatus status;
    @Column(name = "first_visit_on", nullable = false)
    LocalDate firstVisitOn;
    @Column(name = "self_assessment_on")
    LocalDate selfAssessmentOn;
    @Column(name = "report_on")
    LocalDate reportOn;
    @Column(name = "previous_certificate_expires_on")
    LocalDate previousCertificateExpiresOn;
    @Column(name = "hours_online")
    BigDecimal hoursOnline;
    @Column(name = "hours_total")
    BigDecimal hoursTotal;
    @Column(name = "fte_professionals")
    BigDecimal fteProfessionals;
    @Column(name = "fte_support")
    BigDecimal fteSupport;
    @Column(name = "fte_management")
    BigDecimal fteManagement;
    @Column(name = "organisation_sketch")
    String organisationSketch;
    String course;
    @Column(name = "improvement_plans_assessed")
    String improvementPlansAssessed;
    @Column(name = "feedback_to_nvvk")
    String feedbackToNvvk;
    @Enumerated(EnumType.STRING)
    AdviceOutcome advice;
    @Column(name = "advice_motivation")
    String adviceMotivation;
    @Column(name = "advice_conditions")
    String adviceConditions;
    @Column(name = "follow_up_due_on")
    LocalDate followUpDueOn;
    @Column(name = "signed_at_place")
    String signedAtPlace;
    @Column(name = "signed_on")
    LocalDate signedOn;
    @Column(name = "signed_by")
    String signedBy;
    /** SHA-256 of the last package pushed as read: the same package again, however formatted, changes nothing. */
    @Column(name = "package_hash")
    String packageHash;
    /** SHA-256 of the bytes of the last push as sent: the same bytes again answer without being read. */
    @Column(name = "package_sent_hash")
    String packageSentHash;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "submitted_at")
    Instant submittedAt;
    @Enumerated(EnumType.STRING)
    DecisionOutcome decision;
    @Column(name = "decision_motivation")
    String decisionMotivation;
    @Column(name = "decision_conditions")
    String decisionConditions;
    @Column(name = "conditions_follow_up_due_on")
    LocalDate conditionsFollowUpDueOn;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    // The report's lists: written and read whole with the audit, so stored on its row (V6).
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    Set<ServiceType> scope = EnumSet.noneOf(ServiceType.class);
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    List<Visit> visits = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    List<TeamMember> team = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    List<Interview> interviews = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    List<AreaConclusion> areas = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "previous_points", nullable = false)
    List<PreviousPoint> previousPoints = new ArrayList<>();

    @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL, orphanRemoval = true)
    List<Finding> findings = new ArrayList<>();

    protected Audit() {
    }

    // --- tenancy -------------------------------------------------------------------------------

    /** NVVK and jobs see every audit; a body its own; a member its organisation's once reported, never a draft; the public none. */
    static Where visibleTo(Scope scope) {
        return switch (scope.kind()) {
            case NVVK, SYSTEM -> Where.all();
            case CERTIFYING_BODY -> Where.of("a.bodyCode = :scopeBody", "scopeBody", scope.tenant());
            case MEMBER -> Where.of("a.organisationKvk = :scopeKvk and a.status in :reported",
                    Map.of("scopeKvk", scope.tenant(), "reported", AuditStatus.reportedOnes()));
            case PUBLIC -> Where.none();
        };
    }

    /**
     * Whether the body has a planned or running audit of the member's own organisation: what a member
     * needs to know before it shares anything with that body. Only a member asks, about itself; a
     * member does not read a planned audit itself (visibleTo), only that it exists.
     */
    static boolean plannedOrRunningBy(Scope scope, String bodyCode) {
        if (scope.kind() != Scope.Kind.MEMBER) {
            return false;
        }
        return count("organisationKvk = ?1 and bodyCode = ?2 and status in ?3", scope.tenant(), bodyCode,
                List.of(AuditStatus.PLANNED, AuditStatus.IN_PROGRESS)) > 0;
    }

    /** The organisation's submitted and decided audits, as far as the scope sees them, earliest first visit first. */
    static List<Audit> reportedOf(Scope scope, String kvkNumber) {
        Where where = visibleTo(scope).and("a.organisationKvk = :kvk", "kvk", kvkNumber).and("a.status in :reportedOnes", "reportedOnes", AuditStatus.reportedOnes());
        return list("from Audit a where " + where.jpql() + " order by a.firstVisitOn, a.id", where.parameters());
    }

    /** Its results as comparisons over time read them. */
    OrganisationResults.AuditResults results() {
        Map<UUID, OrganisationResults.FindingResult> byNorm = new java.util.HashMap<>();
        findings.forEach(f -> byNorm.put(f.normId, new OrganisationResults.FindingResult(f.classification, f.weight,
                f.developmentLevel == null ? null : (int) f.developmentLevel)));
        Map<Integer, Integer> levels = new java.util.HashMap<>();
        areas.stream().filter(a -> a.developmentLevel() != null).forEach(a -> levels.put(a.areaNumber(), a.developmentLevel()));
        return new OrganisationResults.AuditResults(id, reference, type, status, bodyCode, frameworkId, firstVisitOn, reportOn, decision, byNorm, levels);
    }

    static Optional<Audit> visible(Scope scope, UUID id) {
        Where where = visibleTo(scope).and("a.id = :id", "id", id);
        return find("from Audit a where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /** A body's audit by its own reference; no other body's, whatever the reference. */
    static Optional<Audit> byReference(Scope scope, String reference) {
        Where where = visibleTo(scope).and("a.reference = :reference", "reference", reference);
        return find("from Audit a where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /** The receipt of the body's audit of this reference whose last push was exactly these bytes, without loading the audit. */
    static Optional<Receipt> lastPushedAs(Scope scope, String reference, String sentHash) {
        Where where = visibleTo(scope).and("a.reference = :reference", "reference", reference)
                .and("a.packageSentHash = :sentHash", "sentHash", sentHash);
        return find("from Audit a where " + where.jpql(), where.parameters()).project(Receipt.class).firstResultOptional();
    }

    /** What a push answers, read as it stands. */
    record Receipt(UUID id, String reference, String bodyCode, String organisationKvk, AuditStatus status, Instant updatedAt, long lockVersion) {
        AuditDtos.AuditReceipt receipt() {
            return new AuditDtos.AuditReceipt(id, reference, bodyCode, organisationKvk, status, updatedAt);
        }
    }

    /** How a package was pushed: the hash of its content as read, and of its bytes as sent. */
    record PushedAs(String contentHash, String sentHash) {
    }

    // --- the package: create, replace -----------------------------------------------------------

    /** The tenants of a new audit: the body that pushes it and the organisation it names. */
    record Parties(UUID certifyingBodyId, String bodyCode, UUID organisationId, String organisationKvk) {
    }

    /** A body's first push of a reference: the audit as its package describes it. */
    static Audit pushed(String reference, Parties parties, NormCatalogue catalogue, AuditPackage contents, PushedAs pushedAs,
                        DueDatePolicy policy, LocalDate today, Instant now) {
        Audit audit = new Audit();
        audit.id = Ids.next();
        audit.reference = reference;
        audit.certifyingBodyId = parties.certifyingBodyId();
        audit.bodyCode = parties.bodyCode();
        audit.organisationId = parties.organisationId();
        audit.organisationKvk = parties.organisationKvk();
        audit.frameworkId = catalogue.frameworkId();
        audit.status = AuditStatus.PLANNED;
        audit.createdAt = now;
        audit.take(contents, pushedAs, catalogue, policy, today, now);
        return audit;
    }

    /**
     * Stores a new audit as rows and no more: its own row and value lists, then its findings and their
     * actions, each kind in batches. Nothing in the persistence context watches it afterwards, which
     * a push of fifty findings would otherwise pay for at every flush and at commit.
     */
    void insertInto(StatelessSession rows) {
        Integer batchSize = rows.getJdbcBatchSize();
        rows.setJdbcBatchSize(100);
        try {
            rows.insert(this);
            rows.insertMultiple(findings);
            rows.insertMultiple(findings.stream().flatMap(finding -> finding.actions.stream()).toList());
        } finally {
            // The session serves the rest of the transaction (the history row), which writes at once.
            rows.setJdbcBatchSize(batchSize);
        }
    }

    /** A later push of the same reference replaces the audit while its body may still change it. */
    void replace(AuditPackage contents, PushedAs pushedAs, NormCatalogue catalogue, DueDatePolicy policy, LocalDate today, Instant now) {
        requireOpen("replaced");
        if (!frameworkId.equals(catalogue.frameworkId())) {
            throw InvalidContent.of("framework", "cannot change; this audit is against %s".formatted(labelOf(catalogue)));
        }
        if (!organisationKvk.equals(contents.organisation())) {
            throw InvalidContent.of("organisation", "cannot change; this audit is of the organisation with KvK number " + organisationKvk);
        }
        take(contents, pushedAs, catalogue, policy, today, now);
    }

    private static String labelOf(NormCatalogue catalogue) {
        return "framework version " + catalogue.label();
    }

    /** Whether this package is the one last pushed: pushing it again changes nothing. */
    boolean lastPushed(PushedAs pushedAs) {
        return pushedAs.contentHash().equals(packageHash);
    }

    private void take(AuditPackage contents, PushedAs pushedAs, NormCatalogue catalogue, DueDatePolicy policy, LocalDate today, Instant now) {
        InvalidContent.refuseAny("The audit package", problemsOf(contents, catalogue));
        AuditStatus wanted = contents.status();
        if (wanted == AuditStatus.PLANNED && status == AuditStatus.IN_PROGRESS) {
            throw new DomainRuleViolation("audit-transition", "Audit %s is IN_PROGRESS and cannot go back to PLANNED", reference);
        }
        this.type = contents.type();
        this.scope = EnumSet.copyOf(contents.scope());
        this.visits = listOf(contents.visits(), v -> new Visit(v.visitedOn(), v.description()));
        this.firstVisitOn = visits.stream().map(Visit::visitedOn).min(Comparator.naturalOrder()).orElseThrow();
        this.selfAssessmentOn = contents.selfAssessmentOn();
        this.reportOn = contents.reportOn();
        this.previousCertificateExpiresOn = contents.previousCertificateExpiresOn();
        this.hoursOnline = contents.hours() == null ? null : contents.hours().online();
        this.hoursTotal = contents.hours() == null ? null : contents.hours().total();
        this.fteProfessionals = contents.staffing() == null ? null : contents.staffing().professionals();
        this.fteSupport = contents.staffing() == null ? null : contents.staffing().support();
        this.fteManagement = contents.staffing() == null ? null : contents.staffing().management();
        this.team = listOf(contents.team(), m -> new TeamMember(m.name(), m.role()));
        this.interviews = listOf(contents.interviews(), i -> new Interview(i.function(), i.interviewees()));
        this.organisationSketch = contents.organisationSketch();
        this.course = contents.course();
        this.areas = listOf(contents.areas(), a -> new AreaConclusion(a.area(), a.conclusion(),
                a.evidence() == null ? List.of() : a.evidence(), a.improvementPoints() == null ? List.of() : a.improvementPoints(),
                a.developmentLevel()));
        this.areas.sort(Comparator.comparingInt(AreaConclusion::areaNumber));
        this.previousPoints = listOf(contents.previousPoints(), p -> new PreviousPoint(p.point(), p.followUp(), p.resolved()));
        this.improvementPlansAssessed = contents.improvementPlansAssessed();
        this.feedbackToNvvk = contents.feedbackToNvvk();
        this.advice = contents.advice() == null ? null : contents.advice().outcome();
        this.adviceMotivation = contents.advice() == null ? null : contents.advice().motivation();
        this.adviceConditions = contents.advice() == null ? null : contents.advice().conditions();
        this.followUpDueOn = contents.advice() == null ? null : contents.advice().followUpDueOn();
        this.signedAtPlace = contents.signOff() == null ? null : contents.signOff().place();
        this.signedOn = contents.signOff() == null ? null : contents.signOff().signedOn();
        this.signedBy = contents.signOff() == null ? null : contents.signOff().signedBy();
        recordFindings(contents.findings() == null ? List.of() : contents.findings(), catalogue, policy, today, now);
        this.packageHash = pushedAs.contentHash();
        this.packageSentHash = pushedAs.sentHash();
        this.updatedAt = now;
        if (wanted == AuditStatus.IN_PROGRESS && status == AuditStatus.PLANNED) {
            commence(now);
        } else if (wanted == AuditStatus.SUBMITTED) {
            submit(catalogue, now);
        }
    }

    /**
     * Records (or rewrites) the finding on one norm, as a portal does step by step. The audit no longer
     * is the package last pushed: pushing that package again restores it.
     */
    void recordFinding(FindingEntry entry, NormCatalogue catalogue, DueDatePolicy policy, LocalDate today, Instant now) {
        requireOpen("changed");
        InvalidContent.refuseAny("The finding", findingProblems(entry, "$", catalogue, scope));
        CatalogueNorm norm = catalogue.byNumber(entry.norm()).orElseThrow();
        record(entry, norm, finding(norm.number()).orElse(null), policy, today, now);
        packageHash = null;
        packageSentHash = null;
        updatedAt = now;
    }

    /** Findings are matched by norm: a finding that stays keeps its id and, when unchanged, its actions. */
    private void recordFindings(List<FindingEntry> entries, NormCatalogue catalogue, DueDatePolicy policy, LocalDate today, Instant now) {
        Map<String, Finding> existing = findings.stream().collect(Collectors.toMap(f -> f.normNumber, Function.identity()));
        Set<String> kept = new HashSet<>();
        for (FindingEntry entry : entries) {
            CatalogueNorm norm = catalogue.byNumber(entry.norm()).orElseThrow();
            kept.add(norm.number());
            record(entry, norm, existing.get(norm.number()), policy, today, now);
        }
        findings.removeIf(finding -> !kept.contains(finding.normNumber));
    }

    /** The finding on this norm as the entry says, the one there was (null: a new one), its actions due by the policy. */
    private void record(FindingEntry entry, CatalogueNorm norm, Finding existing, DueDatePolicy policy, LocalDate today, Instant now) {
        Finding finding = existing;
        if (finding == null) {
            finding = new Finding(this, norm);
            findings.add(finding);
        }
        finding.record(entry, policy.actionsDueOn(entry.weight(), reportOn, today), now);
    }

    /** Every problem of a package at once: unknown or inapplicable norms, duplicates, dates, advice, statuses. */
    private List<FieldError> problemsOf(AuditPackage contents, NormCatalogue catalogue) {
        List<FieldError> problems = new ArrayList<>();
        if (contents.status() != AuditStatus.PLANNED && contents.status() != AuditStatus.IN_PROGRESS && contents.status() != AuditStatus.SUBMITTED) {
            problems.add(new FieldError("status", "a package is PLANNED, IN_PROGRESS or SUBMITTED; %s is NVVK's to give".formatted(contents.status())));
        }
        LocalDate firstVisit = contents.visits().stream().map(AuditPackage.Visit::visitedOn).min(Comparator.naturalOrder()).orElse(null);
        if (contents.reportOn() != null && firstVisit != null && contents.reportOn().isBefore(firstVisit)) {
            problems.add(new FieldError("reportOn", "may not precede the first visit on %s".formatted(firstVisit)));
        }
        if (contents.advice() != null && contents.advice().outcome() == AdviceOutcome.POSITIVE_WITH_CONDITIONS) {
            if (blank(contents.advice().conditions())) {
                problems.add(new FieldError("advice.conditions", "are required with a positive advice with conditions"));
            }
            if (contents.advice().followUpDueOn() == null) {
                problems.add(new FieldError("advice.followUpDueOn", "is required with a positive advice with conditions"));
            }
        }
        Set<Integer> areaNumbers = catalogue.norms().stream().map(CatalogueNorm::area).collect(Collectors.toSet());
        Map<Integer, Integer> areasSeen = new HashMap<>();
        List<AuditPackage.AreaConclusion> areaEntries = contents.areas() == null ? List.of() : contents.areas();
        for (int i = 0; i < areaEntries.size(); i++) {
            Integer number = areaEntries.get(i).area();
            if (!areaNumbers.contains(number)) {
                problems.add(new FieldError("areas[%d].area".formatted(i), "%s has no performance area %d".formatted(labelOf(catalogue), number)));
            }
            Integer earlier = areasSeen.putIfAbsent(number, i);
            if (earlier != null) {
                problems.add(new FieldError("areas[%d].area".formatted(i), "area %d is concluded already at areas[%d]".formatted(number, earlier)));
            }
            Integer level = areaEntries.get(i).developmentLevel();
            if (level != null && !catalogue.definesLevel(level)) {
                problems.add(new FieldError("areas[%d].developmentLevel".formatted(i), "%s defines no development level %d".formatted(labelOf(catalogue), level)));
            }
        }
        Set<ServiceType> scope = contents.scope();
        Map<String, Integer> normsSeen = new HashMap<>();
        List<FindingEntry> entries = contents.findings() == null ? List.of() : contents.findings();
        for (int i = 0; i < entries.size(); i++) {
            FindingEntry entry = entries.get(i);
            String at = "findings[%d]".formatted(i);
            problems.addAll(findingProblems(entry, at, catalogue, scope));
            Integer earlier = normsSeen.putIfAbsent(entry.norm(), i);
            if (earlier != null) {
                problems.add(new FieldError(at + ".norm", "norm %s has a finding already at findings[%d]".formatted(entry.norm(), earlier)));
            }
        }
        return problems;
    }

    /** A finding names a norm of the audit's framework version that applies to its scope; only a weighted one has actions. */
    private static List<FieldError> findingProblems(FindingEntry entry, String at, NormCatalogue catalogue, Set<ServiceType> scope) {
        List<FieldError> problems = new ArrayList<>();
        String prefix = at.equals("$") ? "" : at + ".";
        Optional<CatalogueNorm> norm = catalogue.byNumber(entry.norm());
        if (norm.isEmpty()) {
            problems.add(new FieldError(prefix + "norm", "%s has no norm %s".formatted(labelOf(catalogue), entry.norm())));
        } else if (!norm.get().appliesTo(scope)) {
            problems.add(new FieldError(prefix + "norm", "norm %s does not apply to the audit's scope (it applies to %s)"
                    .formatted(entry.norm(), new java.util.TreeSet<>(norm.get().serviceTypes()))));
        }
        if (entry.developmentLevel() != null && !catalogue.definesLevel(entry.developmentLevel())) {
            problems.add(new FieldError(prefix + "developmentLevel", "%s defines no development level %d".formatted(labelOf(catalogue), entry.developmentLevel())));
        }
        if (entry.weight() == null && entry.actions() != null && !entry.actions().isEmpty()) {
            problems.add(new FieldError(prefix + "actions", "improvement actions go with a weighted finding (remark, deviation or shortcoming)"));
        }
        return problems;
    }

    // --- lifecycle --------------------------------------------------------------------------------

    /** The audit has started: the visit is under way. */
    void commence(Instant now) {
        if (status != AuditStatus.PLANNED) {
            throw new DomainRuleViolation("audit-transition", "Audit %s is %s; only a planned audit can start", reference, status);
        }
        status = AuditStatus.IN_PROGRESS;
        updatedAt = now;
    }

    /**
     * Hands the audit to NVVK, complete: a finding on every norm of its scope (a follow-up audit
     * covers only the norms it revisits), a report date and an advice. The problem lists all that is
     * missing at once.
     */
    void submit(NormCatalogue catalogue, Instant now) {
        requireOpen("submitted");
        List<FieldError> missing = new ArrayList<>();
        if (reportOn == null) {
            missing.add(new FieldError("reportOn", "is required to submit"));
        }
        if (advice == null) {
            missing.add(new FieldError("advice", "is required to submit"));
        }
        if (type.coversTheWholeScope()) {
            Set<String> found = findings.stream().map(f -> f.normNumber).collect(Collectors.toSet());
            catalogue.applicableTo(scope).stream()
                    .filter(norm -> !found.contains(norm.number()))
                    .forEach(norm -> missing.add(new FieldError("findings", "norm %s has no finding".formatted(norm.number()))));
        } else if (findings.isEmpty()) {
            missing.add(new FieldError("findings", "a follow-up audit has a finding on at least the norms it revisits"));
        }
        if (catalogue.requiresDevelopmentLevelsOn(firstVisitOn)) {
            Set<Integer> levelled = areas.stream().filter(a -> a.developmentLevel() != null).map(AreaConclusion::areaNumber).collect(Collectors.toSet());
            areasToConclude(catalogue).stream().filter(area -> !levelled.contains(area))
                    .forEach(area -> missing.add(new FieldError("areas", "area %d has no development level; %s asks audits from %s to score every area"
                            .formatted(area, labelOf(catalogue), catalogue.developmentLevelsRequiredFrom()))));
        }
        if (!missing.isEmpty()) {
            throw missing.size() == 1
                    ? new InvalidContent("Audit %s is not complete: 1 thing is missing", missing, reference)
                    : new InvalidContent("Audit %s is not complete: %d things are missing", missing, reference, missing.size());
        }
        status = AuditStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /**
     * The performance areas this audit speaks to, in number order: those with a norm of its scope, or,
     * for a follow-up audit, those of the norms it revisits.
     */
    private List<Integer> areasToConclude(NormCatalogue catalogue) {
        Set<String> revisited = findings.stream().map(f -> f.normNumber).collect(Collectors.toSet());
        return catalogue.applicableTo(scope).stream()
                .filter(norm -> type.coversTheWholeScope() || revisited.contains(norm.number()))
                .map(CatalogueNorm::area).distinct().sorted().toList();
    }

    /** NVVK sends a submitted audit back to its body, which may change it again. */
    void reopen(Instant now) {
        if (status != AuditStatus.SUBMITTED) {
            throw new DomainRuleViolation("audit-transition", "Audit %s is %s; only a submitted audit can be reopened", reference, status);
        }
        status = AuditStatus.IN_PROGRESS;
        updatedAt = now;
        // The package that submitted it, pushed again, is then a change that submits it again.
        packageHash = null;
        packageSentHash = null;
    }

    /**
     * NVVK decides on a submitted audit: the audit's last step. A grant with conditions names them
     * and the day its follow-up audit is due. After an upheld objection NVVK decides on the decided
     * audit again, and the new decision takes the place of the old.
     */
    void decide(DecisionOutcome outcome, String motivation, String conditions, LocalDate followUpDueOn, LocalDate today, Instant now,
                boolean afterUpheldObjection) {
        if (status != AuditStatus.SUBMITTED && !(afterUpheldObjection && status == AuditStatus.DECIDED)) {
            throw new DomainRuleViolation("audit-transition", "Audit %s is %s; only a submitted audit can be decided on", reference, status);
        }
        List<FieldError> problems = new ArrayList<>();
        if (outcome == DecisionOutcome.GRANT_WITH_CONDITIONS) {
            if (blank(conditions)) {
                problems.add(new FieldError("conditions", "are required with a grant with conditions"));
            }
            if (followUpDueOn != null && !followUpDueOn.isAfter(today)) {
                problems.add(new FieldError("followUpDueOn", "must be after the day of the decision, " + today));
            }
        } else {
            if (conditions != null) {
                problems.add(new FieldError("conditions", "go only with a grant with conditions"));
            }
            if (followUpDueOn != null) {
                problems.add(new FieldError("followUpDueOn", "goes only with a grant with conditions"));
            }
        }
        InvalidContent.refuseAny("The decision", problems);
        status = AuditStatus.DECIDED;
        decision = outcome;
        decisionMotivation = motivation;
        decisionConditions = conditions;
        conditionsFollowUpDueOn = outcome == DecisionOutcome.GRANT_WITH_CONDITIONS ? followUpDueOn : null;
        decidedAt = now;
        updatedAt = now;
    }

    /** A planned or running audit that will not be finished. */
    void cancel(Instant now) {
        requireOpen("cancelled");
        status = AuditStatus.CANCELLED;
        updatedAt = now;
    }

    /** A change to any part of the audit moves its version (the ETag) too. */
    void touch(Instant now) {
        updatedAt = now;
    }

    void requireOpen(String verb) {
        if (!status.isOpen()) {
            throw new DomainRuleViolation("audit-not-open",
                    "Audit %s is %s; only a planned or running audit can be %s", reference, status, verb);
        }
    }

    Optional<Finding> finding(String normNumber) {
        return findings.stream().filter(f -> f.normNumber.equals(normNumber)).findFirst();
    }

    Optional<ImprovementAction> action(UUID actionId) {
        return findings.stream().flatMap(f -> f.actions.stream()).filter(a -> a.id.equals(actionId)).findFirst();
    }

    /**
     * What the change history compares, flat so its difference names each part: the audit's own
     * fields, then one entry per area and per finding (by norm number).
     */
    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("reference", reference);
        snapshot.put("certifyingBody", bodyCode);
        snapshot.put("organisation", organisationKvk);
        snapshot.put("type", type);
        snapshot.put("status", status);
        snapshot.put("scope", new java.util.TreeSet<>(scope));
        snapshot.put("visits", visits.stream().map(v -> v.visitedOn() + (v.description() == null ? "" : " " + v.description())).toList());
        snapshot.put("selfAssessmentOn", selfAssessmentOn);
        snapshot.put("reportOn", reportOn);
        snapshot.put("previousCertificateExpiresOn", previousCertificateExpiresOn);
        snapshot.put("hours", hoursOnline + "/" + hoursTotal);
        snapshot.put("staffing", fteProfessionals + "/" + fteSupport + "/" + fteManagement);
        snapshot.put("team", team.stream().map(m -> m.name() + " (" + m.role() + ")").toList());
        snapshot.put("interviews", interviews.stream().map(i -> i.function() + " x" + i.interviewees()).toList());
        snapshot.put("organisationSketch", organisationSketch);
        snapshot.put("course", course);
        snapshot.put("previousPoints", previousPoints.stream().map(p -> p.point() + " | " + p.followUp() + " | " + p.resolved()).toList());
        snapshot.put("improvementPlansAssessed", improvementPlansAssessed);
        snapshot.put("feedbackToNvvk", feedbackToNvvk);
        snapshot.put("advice", advice == null ? null : advice + " | " + adviceMotivation + " | " + adviceConditions + " | " + followUpDueOn);
        snapshot.put("signOff", signedAtPlace + " | " + signedOn + " | " + signedBy);
        snapshot.put("decision", decision == null ? null : decision + " | " + decisionMotivation + " | " + decisionConditions + " | " + conditionsFollowUpDueOn);
        areas.forEach(a -> snapshot.put("area " + a.areaNumber(), Map.of("conclusion", String.valueOf(a.conclusion()),
                "evidence", a.evidence(), "improvementPoints", a.improvementPoints(), "developmentLevel", String.valueOf(a.developmentLevel()))));
        findings.stream().sorted(Comparator.comparing(f -> f.normNumber))
                .forEach(f -> snapshot.put("finding " + f.normNumber, f.snapshot()));
        return snapshot;
    }

    private static <T, R> List<R> listOf(List<T> entries, Function<T, R> mapping) {
        return entries == null ? new ArrayList<>() : entries.stream().map(mapping).collect(Collectors.toCollection(ArrayList::new));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    // --- parts: the report's lists, as stored in the audit's JSON columns --------------------------

    record Visit(LocalDate visitedOn, String description) {
    }

    record TeamMember(String name, TeamRole role) {
    }

    record Interview(String function, int interviewees) {
    }

    record AreaConclusion(int areaNumber, String conclusion, List<String> evidence, List<String> improvementPoints, Integer developmentLevel) {
        AreaConclusion {
            evidence = List.copyOf(evidence);
            improvementPoints = List.copyOf(improvementPoints);
        }
    }

    record PreviousPoint(String point, String followUp, boolean resolved) {
    }
}
