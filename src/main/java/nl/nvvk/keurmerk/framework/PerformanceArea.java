package nl.nvvk.keurmerk.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.persistence.Ids;

/** A prestatiegebied: one of the areas (Koers, Leiderschap, …) a framework groups its norms in. */
@Entity
@Table(name = "performance_area")
public class PerformanceArea extends PanacheEntityBase {
    @Id
    UUID id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_id")
    Framework framework;
    @Column(nullable = false)
    short number;
    @Column(nullable = false)
    String title;
    String description;
    @ElementCollection
    @CollectionTable(name = "area_development_level", joinColumns = @JoinColumn(name = "area_id"))
    @OrderBy("level")
    List<AreaDevelopmentLevel> developmentLevels = new ArrayList<>();

    protected PerformanceArea() {
    }

    PerformanceArea(Framework framework, int number, String title, String description, List<AreaDevelopmentLevel> developmentLevels) {
        this.id = Ids.next();
        this.framework = framework;
        this.number = (short) number;
        this.title = title;
        this.description = description;
        this.developmentLevels.addAll(developmentLevels);
    }

    static List<PerformanceArea> of(Framework framework) {
        return list("framework = ?1 order by number", framework);
    }
}
