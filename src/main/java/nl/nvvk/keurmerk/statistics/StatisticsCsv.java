package nl.nvvk.keurmerk.statistics;

import java.util.ArrayList;
import java.util.List;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.ActionFigures;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.AreaFigures;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.DecisionFigures;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.NormFigures;

/** NVVK's figures as CSV (RFC 4180, UTF-8, a header row): the same figures as the JSON, one row per norm, area or body and year. */
final class StatisticsCsv {
    private StatisticsCsv() {
    }

    static String norms(NormFigures figures) {
        List<List<Object>> rows = new ArrayList<>();
        figures.norms().forEach(n -> {
            List<Object> row = new ArrayList<>(List.of(figures.framework().code(), figures.framework().version(), n.norm().number(), n.norm().key(),
                    n.norm().title(), n.audits()));
            n.classifications().forEach(c -> row.add(c.audits()));
            n.weights().forEach(w -> row.add(w.audits()));
            rows.add(row);
        });
        return of(List.of("framework", "version", "norm", "key", "title", "audits", "MEETS", "NEEDS_IMPROVEMENT", "IN_DEVELOPMENT",
                "REMARK", "DEVIATION", "SHORTCOMING"), rows);
    }

    static String areas(AreaFigures figures) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("framework", "version", "area", "title", "levelled"));
        if (!figures.areas().isEmpty()) {
            figures.areas().get(0).levels().forEach(l -> header.add("level" + l.level()));
        }
        figures.areas().forEach(a -> {
            List<Object> row = new ArrayList<>(List.of(figures.framework().code(), figures.framework().version(), a.area().number(), a.area().title(),
                    a.levelled()));
            a.levels().forEach(l -> row.add(l.audits()));
            rows.add(row);
        });
        return of(header, rows);
    }

    static String decisions(DecisionFigures figures) {
        List<List<Object>> rows = new ArrayList<>();
        figures.rows().forEach(d -> rows.add(List.of(d.certifyingBody(), d.year(), d.decided(), d.granted(), d.grantedWithConditions(), d.refused(),
                d.withConditionsShare(), d.refusedShare())));
        return of(List.of("certifyingBody", "year", "decided", "granted", "grantedWithConditions", "refused", "withConditionsShare", "refusedShare"), rows);
    }

    static String actions(ActionFigures figures) {
        List<List<Object>> rows = new ArrayList<>();
        figures.weights().forEach(a -> rows.add(List.of(a.weight(), a.actions(), a.closed(), blankIfNull(a.medianDaysToClose()),
                blankIfNull(a.p90DaysToClose()), a.pending(), a.overdue(), figures.on())));
        return of(List.of("weight", "actions", "closed", "medianDaysToClose", "p90DaysToClose", "pending", "overdue", "on"), rows);
    }

    private static Object blankIfNull(Object value) {
        return value == null ? "" : value;
    }

    private static String of(List<String> header, List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, new ArrayList<>(header));
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String field = String.valueOf(fields.get(i));
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                csv.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(field);
            }
        }
        csv.append("\r\n");
    }
}
