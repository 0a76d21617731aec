package nl.nvvk.keurmerk.shared.history;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.paging.Cursor;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.security.Caller;

/**
 * Records every mutation in the same transaction as the mutation itself, so history and state
 * never disagree. "What changed" is the difference between the resource's representation
 * before and after.
 */
@ApplicationScoped
public class ChangeHistory {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;

    ChangeHistory(Caller caller, Clock clock, ObjectMapper json) {
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    /** Records a mutation; {@code before} is null for a creation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String resourceType, UUID resourceId, String action, Object before, Object after) {
        Map<String, Change.FieldChange> changes = difference(asMap(before), asMap(after));
        new Change(resourceType, resourceId, action, caller.subject(), caller.role(), caller.tenant().orElse(null),
                Instant.now(clock), changes).persist();
    }

    /** The changes to one resource, oldest first. */
    public Page<ChangeResponse> of(String resourceType, UUID resourceId, PageRequest page) {
        Cursor after = page.after();
        String query = "resourceType = ?1 and resourceId = ?2"
                + (after == null ? "" : " and (occurredAt > ?3 or (occurredAt = ?3 and id > ?4))")
                + " order by occurredAt, id";
        // One row more than the page holds tells whether a next page exists.
        List<Change> rows = (after == null
                ? Change.<Change>find(query, resourceType, resourceId)
                : Change.<Change>find(query, resourceType, resourceId, Instant.parse(after.sortKey()), after.id()))
                .range(0, page.limit).list();
        return Page.of(rows, page.limit, c -> new Cursor(c.occurredAt.toString(), c.id), ChangeResponse::from);
    }

    private Map<String, Object> asMap(Object value) {
        return value == null ? Map.of() : json.convertValue(value, MAP);
    }

    private static Map<String, Change.FieldChange> difference(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Change.FieldChange> changes = new LinkedHashMap<>();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        fields.remove("version");
        for (String field : fields) {
            Object from = before.get(field);
            Object to = after.get(field);
            if (!Objects.equals(from, to)) {
                changes.put(field, new Change.FieldChange(from, to));
            }
        }
        return changes;
    }
}
