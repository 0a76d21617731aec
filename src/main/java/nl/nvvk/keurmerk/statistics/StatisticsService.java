package nl.nvvk.keurmerk.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.nvvk.keurmerk.audit.AuditService;
import nl.nvvk.keurmerk.audit.OrganisationResults.AuditResults;
import nl.nvvk.keurmerk.audit.OrganisationResults.FindingResult;
import nl.nvvk.keurmerk.audit.OrganisationResults.SelfAssessedResults;
import nl.nvvk.keurmerk.audit.SelfAssessmentService;
import nl.nvvk.keurmerk.framework.FrameworkDtos.AreaRef;
import nl.nvvk.keurmerk.framework.FrameworkDtos.FrameworkRef;
import nl.nvvk.keurmerk.framework.FrameworkService;
import nl.nvvk.keurmerk.framework.NormCatalogue;
import nl.nvvk.keurmerk.framework.NormCatalogue.CatalogueNorm;
import nl.nvvk.keurmerk.organisation.OrganisationDtos.OrganisationRef;
import nl.nvvk.keurmerk.organisation.OrganisationService;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.security.Caller;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.audit.Classification;
import nl.nvvk.keurmerk.audit.Weight;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.ActionFigures;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.AreaFigure;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.AreaFigures;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.ClassificationCount;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.DecisionFigures;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.LevelAudits;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.NormFigure;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.NormFigures;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.SectorFigure;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.WeightCount;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.AreaRow;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.Column;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.ColumnKind;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.Comparison;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.NormRef;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.NormRow;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.OrganisationView;
import nl.nvvk.keurmerk.statistics.StatisticsDtos.Result;

/** Comparisons of results over time, for NVVK and for a member about itself. */
@ApplicationScoped
public class StatisticsService {
    private final Caller caller;
    private final Clock clock;
    private final FrameworkService frameworks;
    private final OrganisationService organisations;
    private final AuditService audits;
    private final SelfAssessmentService selfAssessments;
    private final DecidedCopy decided;

    StatisticsService(Caller caller, Clock clock, FrameworkService frameworks, OrganisationService organisations, AuditService audits,
                      SelfAssessmentService selfAssessments, DecidedCopy decided) {
        this.decided = decided;
        this.caller = caller;
        this.clock = clock;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.audits = audits;
        this.selfAssessments = selfAssessments;
    }

    /** One column before it has its place: what it is, the version it is of, and its results. */
    private record Compared(Column column, UUID frameworkId, Map<UUID, FindingResult> findings, Map<UUID, Integer> levels,
                            Map<Integer, Integer> areaLevels) {
    }

    /**
     * The organisation's own results per norm and area across its submitted and decided audits and
     * its shared self-assessments of one framework, lined up by successor chains. A member reads its
     * own organisation only (another is not found, like everywhere); NVVK any.
     */
    @Transactional
    public Comparison comparison(String kvkNumber, String frameworkCode, Integer sectorYear) {
        int lastClosedYear = LocalDate.now(clock).getYear() - 1;
        if (sectorYear != null && sectorYear > lastClosedYear) {
            throw InvalidContent.of("sectorYear", "the sector's figures are of closed years only: %d or earlier".formatted(lastClosedYear));
        }
        int year = sectorYear == null ? lastClosedYear : sectorYear;
        Scope scope = caller.actingAs("Only NVVK and the organisation itself compare its results", Scope.Kind.NVVK, Scope.Kind.MEMBER);
        OrganisationRef organisation = organisations.byKvkNumber(kvkNumber)
                .orElseThrow(() -> NotFound.saying("No organisation with KvK number %s", kvkNumber));
        List<NormCatalogue> versions = frameworks.versionsInUse(frameworkCode);
        Map<UUID, NormCatalogue> byId = new HashMap<>();
        versions.forEach(v -> byId.put(v.frameworkId(), v));

        List<Compared> compared = new ArrayList<>();
        for (AuditResults audit : audits.resultsOf(organisation.kvkNumber())) {
            NormCatalogue version = byId.get(audit.frameworkId());
            if (version != null) {
                compared.add(new Compared(new Column(0, ColumnKind.AUDIT, audit.id(), refOf(version), audit.reportOn(), audit.type(), audit.status(),
                        audit.bodyCode(), audit.decision()), audit.frameworkId(), audit.findings(), Map.of(), audit.areaLevels()));
            }
        }
        for (SelfAssessedResults assessment : selfAssessments.sharedResultsOf(organisation.kvkNumber())) {
            NormCatalogue version = byId.get(assessment.frameworkId());
            if (version != null) {
                compared.add(new Compared(new Column(0, ColumnKind.SELF_ASSESSMENT, assessment.id(), refOf(version),
                        LocalDate.ofInstant(assessment.sharedAt(), clock.getZone()), null, null, null, null),
                        assessment.frameworkId(), Map.of(), assessment.norms(), assessment.areaLevels()));
            }
        }
        compared.sort(Comparator.comparing((Compared c) -> c.column().on()).thenComparing(c -> c.column().kind()).thenComparing(c -> c.column().id()));

        Set<UUID> versionsCompared = new HashSet<>();
        compared.forEach(c -> versionsCompared.add(c.frameworkId()));
        Lineage lineage = Lineage.of(versions, versionsCompared);
        Map<Lineage.Row, List<Result>> resultsOf = new HashMap<>();
        lineage.rows().forEach(row -> resultsOf.put(row, new ArrayList<>()));
        List<Column> columns = new ArrayList<>();
        Map<Integer, List<Result>> areaResults = new HashMap<>();
        for (int index = 0; index < compared.size(); index++) {
            Compared column = compared.get(index);
            Column c = column.column();
            columns.add(new Column(index, c.kind(), c.id(), c.framework(), c.on(), c.auditType(), c.status(), c.certifyingBody(), c.decision()));
            for (CatalogueNorm norm : byId.get(column.frameworkId()).norms()) {
                FindingResult finding = column.findings().get(norm.id());
                Integer level = finding != null ? finding.developmentLevel() : column.levels().get(norm.id());
                if (finding == null && level == null) {
                    continue;
                }
                Result result = new Result(index, norm.number(), finding == null ? null : finding.classification(),
                        finding == null ? null : finding.weight(), level);
                lineage.rowsOf(column.frameworkId(), norm.id()).forEach(row -> resultsOf.get(row).add(result));
            }
            for (Map.Entry<Integer, Integer> area : column.areaLevels().entrySet()) {
                areaResults.computeIfAbsent(area.getKey(), a -> new ArrayList<>()).add(new Result(index, null, null, null, area.getValue()));
            }
        }
        NormCatalogue newest = lineage.rows().isEmpty() ? null : lineage.rows().get(0).version();
        Map<UUID, SectorFigure> sector = newest == null ? Map.of()
                : Figures.sector(decided.audits(), newest, decided.normIndexOf(newest.frameworkId()), year);
        List<NormRow> norms = lineage.rows().stream()
                .map(row -> new NormRow(refOf(row), row.carried(), resultsOf.get(row), row.carried() == Carried.RETIRED ? null : sector.get(row.norm().id())))
                .toList();
        List<AreaRow> areas = newest == null ? List.of()
                : newest.areas().stream().map(area -> new AreaRow(new AreaRef(area.number(), area.title()),
                        areaResults.getOrDefault(area.number(), List.of()))).toList();
        return new Comparison(new OrganisationView(organisation.kvkNumber(), organisation.name()), frameworkCode, columns, norms, areas);
    }

    /**
     * NVVK's figures per norm of a version (the current one when none is named): classifications and
     * weights over the decided audits the filter admits; with lineage, audits of the versions before
     * it count on the norms that descend from theirs.
     */
    public NormFigures normFigures(UUID frameworkId, boolean lineage, Figures.Filter filter) {
        nvvk();
        NormCatalogue version = versionOf(frameworkId);
        List<NormCatalogue> all = frameworks.versionsInUse(version.code());
        List<NormCatalogue> compared = lineage ? all.subList(0, all.indexOf(version) + 1) : List.of(version);
        Map<UUID, NormCatalogue> versions = new HashMap<>();
        Map<UUID, Map<UUID, Integer>> indexes = new HashMap<>();
        compared.forEach(v -> {
            versions.put(v.frameworkId(), v);
            indexes.put(v.frameworkId(), decided.normIndexOf(v.frameworkId()));
        });
        Lineage lined = Lineage.of(all, versions.keySet());
        Figures.NormCounts counts = Figures.norms(decided.audits(), lined, version, indexes, versions, filter);
        List<NormFigure> norms = new ArrayList<>();
        for (int i = 0; i < version.norms().size(); i++) {
            CatalogueNorm norm = version.norms().get(i);
            List<ClassificationCount> classifications = new ArrayList<>();
            for (Classification classification : Classification.values()) {
                classifications.add(new ClassificationCount(classification, counts.classifications()[i][classification.ordinal()]));
            }
            List<WeightCount> weights = new ArrayList<>();
            for (Weight weight : Weight.values()) {
                weights.add(new WeightCount(weight, counts.weights()[i][weight.ordinal()]));
            }
            norms.add(new NormFigure(new NormRef(norm.id(), norm.number(), norm.key(), norm.title(), version.version()), counts.audits()[i],
                    classifications, weights));
        }
        return new NormFigures(refOf(version), lineage, counts.counted(), norms);
    }

    /** NVVK's figures per performance area of a version: the development levels its decided audits scored. */
    public AreaFigures areaFigures(UUID frameworkId, Figures.Filter filter) {
        nvvk();
        NormCatalogue version = versionOf(frameworkId);
        int levels = version.developmentLevels().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<Integer, int[]> counts = Figures.areaLevels(decided.audits(), version.frameworkId(), levels, filter);
        List<AreaFigure> areas = version.areas().stream().map(area -> {
            int[] perLevel = counts.getOrDefault(area.number(), new int[levels]);
            List<LevelAudits> byLevel = new ArrayList<>();
            int levelled = 0;
            for (int level = 1; level <= levels; level++) {
                byLevel.add(new LevelAudits(level, perLevel[level - 1]));
                levelled += perLevel[level - 1];
            }
            return new AreaFigure(new AreaRef(area.number(), area.title()), levelled, byLevel);
        }).toList();
        return new AreaFigures(refOf(version), Figures.counted(decided.audits(), version.frameworkId(), filter), areas);
    }

    /** NVVK's decisions per certifying body and year, for calibration between bodies. */
    public DecisionFigures decisionFigures(UUID frameworkId, Figures.Filter filter) {
        nvvk();
        UUID version = frameworkId == null ? null : versionOf(frameworkId).frameworkId();
        return new DecisionFigures(Figures.decisions(decided.audits(), version, filter));
    }

    /** NVVK's figures on improvement actions per weight: how long they take to close, and how many are overdue today. */
    public ActionFigures actionFigures(UUID frameworkId, Figures.Filter filter) {
        nvvk();
        UUID version = frameworkId == null ? null : versionOf(frameworkId).frameworkId();
        LocalDate today = LocalDate.now(clock);
        return new ActionFigures(today, Figures.actions(decided.actions(), decided::audit, version, filter, today));
    }

    private NormCatalogue versionOf(UUID frameworkId) {
        if (frameworkId == null) {
            return frameworks.currentCatalogue().orElseThrow(() -> InvalidContent.of("framework", "no framework version is published yet"));
        }
        return frameworks.versionInUse(frameworkId).orElseThrow(() -> InvalidContent.of("framework", frameworkId + " is not a framework version in use"));
    }

    private void nvvk() {
        caller.actingAs("The sector's full figures are NVVK's; a member compares itself (/statistics/organisations/{kvkNumber})", Scope.Kind.NVVK);
    }

    private static NormRef refOf(Lineage.Row row) {
        return new NormRef(row.norm().id(), row.norm().number(), row.norm().key(), row.norm().title(), row.version().version());
    }

    private static FrameworkRef refOf(NormCatalogue version) {
        return new FrameworkRef(version.frameworkId(), version.code(), version.version());
    }
}
