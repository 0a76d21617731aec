package nl.nvvk.keurmerk.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.error.DomainRuleViolation;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.Scope;

/**
 * A version of the Kwaliteitskader. It is imported as a whole and, once published, never changes:
 * audits and certificates refer to it for years.
 */
@Entity
public class Framework extends PanacheEntityBase {
    /** In order of import; drafts only for NVVK. */
    static final Keyset<Framework> BY_IMPORT = Keyset.of("frameworks", Framework.class, "f", "from Framework f",
            Framework::visibleTo, SortKey.instant("f.createdAt"), SortKey.uuid("f.id"));

    @Id
    UUID id;
    @Column(nullable = false)
    String code;
    @Column(nullable = false)
    String version;
    @Column(nullable = false)
    String title;
    @Column(name = "published_on", nullable = false)
    LocalDate publishedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    FrameworkStatus status;
    /** From this day (the audit's first visit) audits must give every area they conclude a development level; null: never. */
    @Column(name = "development_levels_required_from")
    LocalDate developmentLevelsRequiredFrom;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    @ElementCollection
    @CollectionTable(name = "development_level", joinColumns = @JoinColumn(name = "framework_id"))
    @OrderBy("level")
    List<DevelopmentLevel> developmentLevels = new ArrayList<>();

    protected Framework() {
    }

    /** A new draft version; its areas and norms are added by {@link FrameworkDocument#applyTo}. */
    static Framework draft(String code, String version, String title, LocalDate publishedOn, Instant now) {
        Framework framework = new Framework();
        framework.id = Ids.next();
        framework.code = code;
        framework.version = version;
        framework.title = title;
        framework.publishedOn = publishedOn;
        framework.status = FrameworkStatus.DRAFT;
        framework.createdAt = now;
        return framework;
    }

    /** Makes the version binding for audits; from now on nothing in it can change. */
    void publish() {
        if (status != FrameworkStatus.DRAFT) {
            throw new DomainRuleViolation("framework-not-draft",
                    "Framework %s %s is %s; only a draft can be published", code, version, status);
        }
        status = FrameworkStatus.PUBLISHED;
    }

    /** Takes a published version out of use for new audits; existing audits keep referring to it. */
    void retire() {
        if (status != FrameworkStatus.PUBLISHED) {
            throw new DomainRuleViolation("framework-not-published",
                    "Framework %s %s is %s; only a published version can be retired", code, version, status);
        }
        status = FrameworkStatus.RETIRED;
    }

    /** Published and retired versions are immutable: a new version is imported instead. */
    void requireDraft() {
        if (status != FrameworkStatus.DRAFT) {
            throw new DomainRuleViolation("framework-immutable",
                    "Framework %s %s is %s and can no longer be changed; import a new version instead", code, version, status);
        }
    }

    void describe(String title, LocalDate publishedOn, List<DevelopmentLevel> levels, LocalDate levelsRequiredFrom) {
        requireDraft();
        this.title = title;
        this.publishedOn = publishedOn;
        this.developmentLevelsRequiredFrom = levelsRequiredFrom;
        this.developmentLevels.clear();
        this.developmentLevels.addAll(levels);
    }

    /** Drafts are NVVK's work in progress: anyone else is told there is no such version. */
    static Where visibleTo(Scope scope) {
        return scope.seesEverything() ? Where.all() : Where.of("f.status in :publicStatuses", "publicStatuses", FrameworkStatus.publicOnes());
    }

    /** A version audits may refer to: any but a draft, whoever asks. */
    static Optional<Framework> inUse(String code, String version) {
        return find("code = ?1 and version = ?2 and status <> ?3", code, version, FrameworkStatus.DRAFT).firstResultOptional();
    }

    static Optional<Framework> inUse(UUID id) {
        return find("id = ?1 and status <> ?2", id, FrameworkStatus.DRAFT).firstResultOptional();
    }

    static Optional<Framework> visible(Scope scope, UUID id) {
        Where where = visibleTo(scope).and("f.id = :id", "id", id);
        return find("from Framework f where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /** The newest non-draft version of a code published before this one: the version this one succeeds. */
    static Optional<Framework> predecessorOf(String code, String version, UUID exclude) {
        return find("code = ?1 and status <> ?2 and version <> ?3 and id <> ?4 order by publishedOn desc, createdAt desc",
                code, FrameworkStatus.DRAFT, version, exclude == null ? new UUID(0, 0) : exclude).firstResultOptional();
    }

    /** The version of a framework that applies when a caller names none: the newest published one. */
    static Optional<Framework> current(String code) {
        return find("code = ?1 and status = ?2 order by publishedOn desc, createdAt desc", code, FrameworkStatus.PUBLISHED)
                .firstResultOptional();
    }

    /** Every version of a framework in use (published or retired), oldest first: the order results are compared in. */
    static List<Framework> versionsInUse(String code) {
        return list("code = ?1 and status <> ?2 order by publishedOn, createdAt", code, FrameworkStatus.DRAFT);
    }

    public UUID id() { return id; }
    public String code() { return code; }
    public String version() { return version; }
    public FrameworkStatus status() { return status; }
}
