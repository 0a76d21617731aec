package nl.nvvk.keurmerk.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.nvvk.keurmerk.audit.AuditType;
import nl.nvvk.keurmerk.audit.Classification;
import nl.nvvk.keurmerk.audit.DecisionOutcome;
import nl.nvvk.keurmerk.audit.Weight;
import nl.nvvk.keurmerk.framework.NormCatalogue;
import nl.nvvk.keurmerk.framework.NormCatalogue.CatalogueNorm;
import nl.nvvk.keurmerk.organisation.OrganisationKind;
import nl.nvvk.keurmerk.statistics.DecidedCopy.Counted;
import nl.nvvk.keurmerk.statistics.DecidedCopy.CountedAction;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.SectorCell;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.SectorFigure;

/** The figures, each one pass over the decided audits in memory. */
final class Figures {
    private Figures() {
    }

    /** NVVK's filters on the audits counted; null means any. */
    record Filter(Integer reportYear, Integer decisionYear, String certifyingBody, OrganisationKind organisationKind, AuditType auditType) {
        Predicate<Counted> admits() {
            return audit -> (reportYear == null || audit.reportYear() == reportYear)
                    && (decisionYear == null || audit.decisionYear() == decisionYear)
                    && (certifyingBody == null || audit.bodyCode().equals(certifyingBody))
                    && (organisationKind == null || audit.kind() == organisationKind)
                    && (auditType == null || audit.type() == auditType);
        }
    }

    /** Per row norm: audits with a finding, and per classification and weight. */
    record NormCounts(int[] audits, int[][] classifications, int[][] weights, int counted) {
    }

    /**
     * Counts per norm of the row version over the admitted audits of the versions the lineage
     * compares; a result on an older norm counts on every row norm it descends into (retired rows
     * are not counted). An audit counts once per row, even when two of its norms descend into it.
     */
    static NormCounts norms(Collection<Counted> audits, Lineage lineage, NormCatalogue rowVersion, Map<UUID, Map<UUID, Integer>> normIndexes,
                            Map<UUID, NormCatalogue> versions, Filter filter) {
        Map<UUID, Integer> rowIndex = new HashMap<>();
        List<CatalogueNorm> rowNorms = rowVersion.norms();
        for (int i = 0; i < rowNorms.size(); i++) {
            rowIndex.put(rowNorms.get(i).id(), i);
        }
        // Per compared version: per position in its results, the row positions it counts on.
        Map<UUID, int[][]> placing = new HashMap<>();
        for (Map.Entry<UUID, NormCatalogue> version : versions.entrySet()) {
            List<CatalogueNorm> norms = version.getValue().norms();
            Map<UUID, Integer> index = normIndexes.get(version.getKey());
            int[][] rows = new int[norms.size()][];
            for (CatalogueNorm norm : norms) {
                rows[index.get(norm.id())] = lineage.rowsOf(version.getKey(), norm.id()).stream()
                        .filter(row -> row.carried() != Carried.RETIRED).mapToInt(row -> rowIndex.get(row.norm().id())).toArray();
            }
            placing.put(version.getKey(), rows);
        }
        int n = rowNorms.size();
        int[] withFinding = new int[n];
        int[][] classifications = new int[n][Classification.values().length];
        int[][] weights = new int[n][Weight.values().length];
        int[] seenBy = new int[n];
        int counted = 0;
        Predicate<Counted> admitted = filter.admits();
        for (Counted audit : audits) {
            int[][] rows = placing.get(audit.frameworkId());
            if (rows == null || !admitted.test(audit)) {
                continue;
            }
            counted++;
            for (int at = 0; at < rows.length && at < audit.results().length; at++) {
                if (audit.results()[at] == 0) {
                    continue;
                }
                Classification classification = audit.classification(at);
                Weight weight = audit.weight(at);
                for (int row : rows[at]) {
                    if (seenBy[row] == counted) {
                        continue;
                    }
                    seenBy[row] = counted;
                    withFinding[row]++;
                    classifications[row][classification.ordinal()]++;
                    if (weight != null) {
                        weights[row][weight.ordinal()]++;
                    }
                }
            }
        }
        return new NormCounts(withFinding, classifications, weights, counted);
    }

    /** Per area number: audits that scored each level (index level − 1). */
    static Map<Integer, int[]> areaLevels(Collection<Counted> audits, UUID frameworkId, int levels, Filter filter) {
        Map<Integer, int[]> counts = new TreeMap<>();
        Predicate<Counted> admitted = filter.admits();
        for (Counted audit : audits) {
            if (!audit.frameworkId().equals(frameworkId) || !admitted.test(audit)) {
                continue;
            }
            for (int area = 1; area <= audit.areaLevels().length; area++) {
                int level = audit.areaLevel(area);
                if (level >= 1 && level <= levels) {
                    counts.computeIfAbsent(area, a -> new int[levels])[level - 1]++;
                }
            }
        }
        return counts;
    }

    static int counted(Collection<Counted> audits, UUID frameworkId, Filter filter) {
        Predicate<Counted> admitted = filter.admits();
        return (int) audits.stream().filter(a -> a.frameworkId().equals(frameworkId) && admitted.test(a)).count();
    }

    /** Per body and decision year: decided, then per outcome; of one version's audits, or of every version's (frameworkId null). */
    static List<StatisticsDtos.DecisionFigure> decisions(Collection<Counted> audits, UUID frameworkId, Filter filter) {
        Map<String, int[]> counts = new TreeMap<>();
        Predicate<Counted> admitted = filter.admits();
        for (Counted audit : audits) {
            if ((frameworkId == null || audit.frameworkId().equals(frameworkId)) && admitted.test(audit)) {
                int[] row = counts.computeIfAbsent(audit.bodyCode() + "\u0000" + audit.decisionYear(), key -> new int[1 + DecisionOutcome.values().length]);
                row[0]++;
                row[1 + audit.decision().ordinal()]++;
            }
        }
        List<StatisticsDtos.DecisionFigure> rows = new ArrayList<>();
        counts.forEach((key, row) -> {
            String[] parts = key.split("\u0000");
            rows.add(new StatisticsDtos.DecisionFigure(parts[0], Integer.parseInt(parts[1]), row[0], row[1 + DecisionOutcome.GRANT.ordinal()],
                    row[1 + DecisionOutcome.GRANT_WITH_CONDITIONS.ordinal()], row[1 + DecisionOutcome.REFUSE.ordinal()],
                    share(row[1 + DecisionOutcome.GRANT_WITH_CONDITIONS.ordinal()], row[0]), share(row[1 + DecisionOutcome.REFUSE.ordinal()], row[0])));
        });
        rows.sort(Comparator.comparing(StatisticsDtos.DecisionFigure::certifyingBody).thenComparingInt(StatisticsDtos.DecisionFigure::year));
        return rows;
    }

    /**
     * Per weight: the improvement actions of the admitted audits (of one version, or of every version
     * when frameworkId is null), how many closed and in how many days after the report date (median
     * and 90th percentile, nearest rank), how many are still pending and how many of those overdue today.
     */
    static List<StatisticsDtos.ActionFigure> actions(Collection<CountedAction> actions, Function<UUID, Counted> auditOf, UUID frameworkId,
                                                     Filter filter, LocalDate today) {
        Weight[] weights = Weight.values();
        int[] all = new int[weights.length];
        int[] pending = new int[weights.length];
        int[] overdue = new int[weights.length];
        List<List<Integer>> daysToClose = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            daysToClose.add(new ArrayList<>());
        }
        Predicate<Counted> admitted = filter.admits();
        for (CountedAction action : actions) {
            Counted audit = auditOf.apply(action.auditId());
            if (action.weight() == null || audit == null || (frameworkId != null && !audit.frameworkId().equals(frameworkId)) || !admitted.test(audit)) {
                continue;
            }
            int w = action.weight().ordinal();
            all[w]++;
            if (action.closedOn() != null) {
                daysToClose.get(w).add((int) Math.max(0, ChronoUnit.DAYS.between(audit.reportOn(), action.closedOn())));
            }
            if (action.pending()) {
                pending[w]++;
                if (today.isAfter(action.dueOn())) {
                    overdue[w]++;
                }
            }
        }
        List<StatisticsDtos.ActionFigure> figures = new ArrayList<>();
        for (Weight weight : weights) {
            List<Integer> days = daysToClose.get(weight.ordinal());
            days.sort(null);
            figures.add(new StatisticsDtos.ActionFigure(weight, all[weight.ordinal()], days.size(), nearestRank(days, 50), nearestRank(days, 90),
                    pending[weight.ordinal()], overdue[weight.ordinal()]));
        }
        return figures;
    }

    /** The p-th percentile of sorted values by nearest rank (the smallest value with at least p% at or below it); null when there are none. */
    static Integer nearestRank(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static BigDecimal share(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }

    /**
     * The sector's figure per norm of a version in one calendar year of decisions, each organisation
     * once (its last decision that year), anonymised by {@link Suppression}.
     */
    static Map<UUID, SectorFigure> sector(Collection<Counted> audits, NormCatalogue version, Map<UUID, Integer> normIndex, int year) {
        Map<UUID, Counted> lastOf = new HashMap<>();
        for (Counted audit : audits) {
            if (audit.frameworkId().equals(version.frameworkId()) && audit.decisionYear() == year) {
                lastOf.merge(audit.organisationId(), audit, (a, b) -> a.decidedAt().compareTo(b.decidedAt()) >= 0 ? a : b);
            }
        }
        Map<UUID, SectorFigure> figures = new HashMap<>();
        Classification[] classes = Classification.values();
        for (CatalogueNorm norm : version.norms()) {
            int at = normIndex.get(norm.id());
            int[] cells = new int[classes.length];
            int total = 0;
            for (Counted audit : lastOf.values()) {
                Classification classification = audit.classification(at);
                if (classification != null) {
                    cells[classification.ordinal()]++;
                    total++;
                }
            }
            Suppression.Shown shown = Suppression.of(cells, total);
            List<SectorCell> classified = new ArrayList<>();
            for (Classification classification : classes) {
                classified.add(new SectorCell(classification, shown.cells()[classification.ordinal()]));
            }
            figures.put(norm.id(), new SectorFigure(year, shown.total(), classified));
        }
        return figures;
    }
}
