package nl.nvvk.keurmerk.statistics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.nvvk.keurmerk.framework.NormCatalogue;
import nl.nvvk.keurmerk.framework.NormCatalogue.CatalogueNorm;

/**
 * How the norms of a framework's versions carry over into each other, from each norm's
 * {@code succeeds}: the line-up in which results of different versions are compared. The rows are
 * the norms of the newest version compared; a result on an older norm stands in the row of every
 * norm that descends from it (a norm split in two shows its old result under both); a norm of the
 * newest version none of whose ancestors is in an older version compared is new; an older norm
 * with no descendant in the newest version is retired, and gets a row of its own (keyed by the
 * newest of its line that is compared).
 */
final class Lineage {
    /** One row of the line-up: its norm, the version it is of, and what happened to it. */
    record Row(CatalogueNorm norm, NormCatalogue version, Carried carried) {
    }

    private final List<Row> rows;
    /** Per compared version, per norm id of that version: the rows its result stands in. */
    private final Map<UUID, Map<UUID, List<Row>>> placing;

    private Lineage(List<Row> rows, Map<UUID, Map<UUID, List<Row>>> placing) {
        this.rows = rows;
        this.placing = placing;
    }

    /**
     * The line-up of the compared versions, given every version of the framework in use (oldest
     * first), so that a line through a version nobody compared is still followed.
     */
    static Lineage of(List<NormCatalogue> allVersions, Set<UUID> compared) {
        List<NormCatalogue> versions = allVersions.stream().filter(v -> compared.contains(v.frameworkId())).toList();
        if (versions.isEmpty()) {
            return new Lineage(List.of(), Map.of());
        }
        Map<UUID, List<UUID>> successors = new HashMap<>();
        for (NormCatalogue version : allVersions) {
            for (CatalogueNorm norm : version.norms()) {
                if (norm.succeeds() != null) {
                    successors.computeIfAbsent(norm.succeeds(), id -> new ArrayList<>()).add(norm.id());
                }
            }
        }
        NormCatalogue newest = versions.get(versions.size() - 1);
        Set<UUID> inNewest = new HashSet<>();
        newest.norms().forEach(norm -> inNewest.add(norm.id()));
        // Where each older compared norm's line reaches the newest version.
        Map<UUID, List<UUID>> reachesNewest = new HashMap<>();
        Map<UUID, Set<UUID>> descendantsOf = new HashMap<>();
        Set<UUID> descendsFromOlder = new HashSet<>();
        for (NormCatalogue older : versions.subList(0, versions.size() - 1)) {
            for (CatalogueNorm norm : older.norms()) {
                Set<UUID> reached = descendants(norm.id(), successors);
                descendantsOf.put(norm.id(), reached);
                List<UUID> there = reached.stream().filter(inNewest::contains).toList();
                reachesNewest.put(norm.id(), there);
                descendsFromOlder.addAll(there);
            }
        }
        boolean olderCompared = versions.size() > 1;
        List<Row> rows = new ArrayList<>();
        Map<UUID, Row> newestRows = new HashMap<>();
        Map<UUID, List<Row>> own = new HashMap<>();
        for (CatalogueNorm norm : newest.norms()) {
            Row row = new Row(norm, newest, olderCompared && !descendsFromOlder.contains(norm.id()) ? Carried.NEW : Carried.CARRIED_OVER);
            rows.add(row);
            newestRows.put(norm.id(), row);
            own.put(norm.id(), List.of(row));
        }
        Map<UUID, Map<UUID, List<Row>>> placing = new HashMap<>();
        placing.put(newest.frameworkId(), own);
        // Older versions, newest first, so that a retired line's row is keyed by its newest compared norm.
        Map<UUID, Row> retiredRowOf = new HashMap<>();
        for (int i = versions.size() - 2; i >= 0; i--) {
            NormCatalogue older = versions.get(i);
            Map<UUID, List<Row>> placed = new HashMap<>();
            for (CatalogueNorm norm : older.norms()) {
                List<UUID> there = reachesNewest.get(norm.id());
                if (!there.isEmpty()) {
                    placed.put(norm.id(), there.stream().map(newestRows::get).toList());
                    continue;
                }
                Row row = descendantsOf.get(norm.id()).stream().map(retiredRowOf::get).filter(r -> r != null).findFirst()
                        .orElseGet(() -> {
                            Row retired = new Row(norm, older, Carried.RETIRED);
                            rows.add(retired);
                            return retired;
                        });
                retiredRowOf.put(norm.id(), row);
                placed.put(norm.id(), List.of(row));
            }
            placing.put(older.frameworkId(), placed);
        }
        return new Lineage(List.copyOf(rows), placing);
    }

    /** Every norm that descends from this one (itself included), through any number of versions. */
    private static Set<UUID> descendants(UUID norm, Map<UUID, List<UUID>> successors) {
        Set<UUID> reached = new HashSet<>();
        Deque<UUID> todo = new ArrayDeque<>(List.of(norm));
        while (!todo.isEmpty()) {
            UUID next = todo.pop();
            if (reached.add(next)) {
                todo.addAll(successors.getOrDefault(next, List.of()));
            }
        }
        return reached;
    }

    /** The rows, in the newest version's norm order, then the retired ones. */
    List<Row> rows() {
        return rows;
    }

    /** The rows a result on this norm of this compared version stands in; none for a version not compared. */
    List<Row> rowsOf(UUID frameworkId, UUID normId) {
        return placing.getOrDefault(frameworkId, Map.of()).getOrDefault(normId, List.of());
    }
}
