package nl.nvvk.keurmerk.shared.history;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.nvvk.keurmerk.shared.error.ConstraintMeaning;

/** What the change history's constraints mean (V20__change_history_chain.sql); only the service appends entries. */
@ApplicationScoped
class HistoryConstraints implements ConstraintMeaning.Catalogue {

    @Override
    public List<ConstraintMeaning> meanings() {
        return List.of(new ConstraintMeaning("change_history_sequence_key", "sequence", "is another entry's place in the change history"),
                new ConstraintMeaning("change_history_sealed_whole", "hash", "is given with the entry's place in the change history, and only with it"));
    }
}
