package nl.nvvk.keurmerk.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.nvvk.keurmerk.shared.error.ConstraintMeaning;

/** What the milestone table's constraints mean (V11); only the milestone job writes it. Quartz's own tables are Quartz's business. */
@ApplicationScoped
class ScheduleConstraints implements ConstraintMeaning.Catalogue {

    @Override
    public List<ConstraintMeaning> meanings() {
        return List.of(new ConstraintMeaning("milestone_type_format", "type", "is not a milestone type"));
    }
}
