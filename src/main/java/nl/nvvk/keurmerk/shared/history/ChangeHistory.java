package nl.nvvk.keurmerk.shared.history;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.paging.Paging;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.security.Caller;
import nl.nvvk.keurmerk.shared.security.Scope;
import org.hibernate.StatelessSession;

/**
 * Records every mutation in the same transaction as the mutation itself, so history and state
 * never disagree. "What changed" is the difference between the resource's representation
 * before and after.
 */
@ApplicationScoped
public class ChangeHistory {
    /** Resource types, actions and roles are lower-case words joined by '-'. */
    public static final String NAME = "^[a-z][a-z-]{0,39}$";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;
    private final Paging paging;
    private final StatelessSession rows;
    private final HistoryChain chain;

    ChangeHistory(Caller caller, Clock clock, ObjectMapper json, Paging paging, StatelessSession rows, HistoryChain chain) {
        this.caller = caller;
        this.clock = clock;
        this.json = json;
        this.paging = paging;
        this.rows = rows;
        this.chain = chain;
    }

    /**
     * Records a mutation; {@code before} is null for a creation. The row is inserted at once, in the
     * mutation's transaction, past the persistence context: it is never read back or changed there.
     * It takes its place in the history's hash chain within a second of its commit ({@link HistoryChain}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String resourceType, UUID resourceId, String action, Object before, Object after) {
        Map<String, Change.FieldChange> changes = difference(asMap(before), asMap(after));
        rows.insert(new Change(resourceType, resourceId, action, caller.subject(), caller.role(), caller.tenant().orElse(null),
                Instant.now(clock), changes));
    }

    /** Recomputes the whole chain from the stored entries: NVVK's check that nobody altered the history. */
    public ChainVerification verify() {
        // The whole history, every tenant's: only NVVK's scope reads it, whatever let the request in.
        caller.actingAs("Only NVVK verifies the change history", Scope.Kind.NVVK);
        return chain.verify();
    }

    /** The changes to one resource, oldest first, as far as the caller's scope may see them. */
    public Page<ChangeResponse> of(String resourceType, UUID resourceId, PageRequest page) {
        Where filters = Where.of("c.resourceType = :type", "type", resourceType).and("c.resourceId = :id", "id", resourceId);
        return paging.page(Change.OLDEST_FIRST, caller.scope(), filters, page, ChangeResponse::from);
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
