package nl.nvvk.keurmerk.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.Scope;
import org.hibernate.annotations.BatchSize;

/**
 * A norm of one framework version, numbered within its area ("4.11"). Its key survives renumbering
 * in later versions; {@code succeeds} points at the norm of the previous version it replaces.
 */
@Entity
public class Norm extends PanacheEntityBase {
    /** What a norm response shows, fetched at once. */
    private static final String WITH_WHAT_IT_SHOWS = "from Norm n join fetch n.area a join fetch n.framework left join fetch n.succeeds";
    /** In number order (1.1 … 7.6). */
    static final Keyset<Norm> BY_NUMBER = Keyset.of("norms", Norm.class, "n", WITH_WHAT_IT_SHOWS, Norm::visibleTo,
            SortKey.smallint("a.number"), SortKey.smallint("n.position"), SortKey.uuid("n.id"));

    @Id
    UUID id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_id")
    Framework framework;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    PerformanceArea area;
    @Column(name = "norm_key", nullable = false)
    String key;
    @Column(nullable = false)
    String number;
    @Column(nullable = false)
    short position;
    @Column(nullable = false)
    String title;
    String description;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "succeeds_norm_id")
    Norm succeeds;

    /** Empty when the norm applies to every member, whatever services it offers. */
    // A page of up to 200 loads the services of all its rows in one query, not one per 16 rows.
    @BatchSize(size = PageRequest.MAX_LIMIT)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "norm_service_type", joinColumns = @JoinColumn(name = "norm_id"))
    @Column(name = "service_type")
    @Enumerated(EnumType.STRING)
    Set<ServiceType> serviceTypes = EnumSet.noneOf(ServiceType.class);

    protected Norm() {
    }

    Norm(Framework framework, PerformanceArea area, String key, String number, String title, String description,
         Set<ServiceType> serviceTypes, Norm succeeds) {
        this.id = Ids.next();
        this.framework = framework;
        this.area = area;
        this.key = key;
        this.number = number;
        this.position = (short) Integer.parseInt(number.substring(number.indexOf('.') + 1));
        this.title = title;
        this.description = description;
        this.serviceTypes = serviceTypes.isEmpty() ? EnumSet.noneOf(ServiceType.class) : EnumSet.copyOf(serviceTypes);
        this.succeeds = succeeds;
    }

    /** The norms of drafts are NVVK's work in progress, like the drafts themselves. */
    static Where visibleTo(Scope scope) {
        return scope.seesEverything() ? Where.all()
                : Where.of("n.framework.status in :publicStatuses", "publicStatuses", FrameworkStatus.publicOnes());
    }

    static Optional<Norm> visible(Scope scope, UUID id) {
        Where where = visibleTo(scope).and("n.id = :id", "id", id);
        return find(WITH_WHAT_IT_SHOWS + " where " + where.jpql(),
                where.parameters()).firstResultOptional();
    }

    NormCatalogue.CatalogueNorm inCatalogue() {
        return new NormCatalogue.CatalogueNorm(id, key, number, area.number, title, Set.copyOf(serviceTypes), succeeds == null ? null : succeeds.id);
    }

    static List<Norm> of(Framework framework) {
        return list("from Norm n join fetch n.area left join fetch n.succeeds where n.framework = ?1 order by n.area.number, n.position",
                framework);
    }
}
