package nl.nvvk.keurmerk.shared.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.nvvk.keurmerk.shared.error.ConstraintMeaning;

/** What the event table's constraints mean (V10__event_feed.sql); only the service writes events. */
@ApplicationScoped
class EventConstraints implements ConstraintMeaning.Catalogue {

    @Override
    public List<ConstraintMeaning> meanings() {
        return List.of(new ConstraintMeaning("event_type_format", "type", "is not an event type"));
    }
}
