package nl.nvvk.keurmerk.statistics;

import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.framework.FrameworkDocuments;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NVVK's figures equal the same figures computed here from the audits the test pushed and decided,
 * each test on a framework code of its own (so nothing another test decided counts).
 */
@QuarkusTest
class FiguresTest {
    private static final String NORMS = "/api/v1/statistics/norms";
    private static final String AREAS = "/api/v1/statistics/areas";
    private static final String DECISIONS = "/api/v1/statistics/decisions";
    private static final String ACTIONS = "/api/v1/statistics/actions";
    private static final String CSV = "text/csv, application/problem+json";
    private static final List<String> NORM_NUMBERS = List.of("1.1", "1.2", "2.1");
    private static final List<String> CLASSIFICATIONS = List.of("MEETS", "NEEDS_IMPROVEMENT", "IN_DEVELOPMENT");
    private static final List<String> WEIGHTS = List.of("REMARK", "DEVIATION", "SHORTCOMING");
    private static final List<String> OUTCOMES = List.of("GRANT", "GRANT_WITH_CONDITIONS", "REFUSE");

    /** One audit as the test pushed it: its dimensions, per norm number its classification and weight (null: none), per area its level. */
    record Pushed(String id, String body, String kind, String type, int reportYear, LocalDate reportOn, Map<String, String[]> findings,
                  Map<Integer, Integer> levels, String outcome) {
    }

    /** A version of a fresh framework code with audits of random results, pushed by two bodies and decided, and one audit left undecided. */
    record Sector(String frameworkId, String code, String body, String otherBody, List<Pushed> decided) {
        static Sector make(int audits, long seed) {
            FrameworkDocuments document = FrameworkDocuments.aDocument();
            String frameworkId = document.importAsAdmin().publish().id();
            String body = Fixtures.uniqueBodyCode();
            String otherBody = Fixtures.uniqueBodyCode();
            Random random = new Random(seed);
            List<Pushed> decided = new ArrayList<>();
            for (int i = 0; i < audits; i++) {
                decided.add(pushAndDecide(document.code(), random.nextBoolean() ? body : otherBody, random, true));
            }
            pushAndDecide(document.code(), body, random, false);
            return new Sector(frameworkId, document.code(), body, otherBody, decided);
        }

        private static Pushed pushAndDecide(String code, String body, Random random, boolean decide) {
            String kind = random.nextBoolean() ? "MUNICIPALITY" : "CREDIT_BANK";
            String type = random.nextBoolean() ? "INITIAL" : "RECERTIFICATION";
            int reportYear = 2024 + random.nextInt(2);
            LocalDate reportOn = LocalDate.of(reportYear, 1 + random.nextInt(12), 15);
            String kvk = OrganisationFixtures.anOrganisation().with("kind", kind).register().kvk();
            Map<String, String[]> results = new LinkedHashMap<>();
            List<Map<String, Object>> findings = new ArrayList<>();
            for (String norm : NORM_NUMBERS) {
                String classification = CLASSIFICATIONS.get(random.nextInt(3));
                String weight = random.nextInt(4) == 0 ? null : WEIGHTS.get(random.nextInt(3));
                results.put(norm, new String[] {classification, weight});
                findings.add(AuditPackages.finding(norm, classification, weight));
            }
            Map<Integer, Integer> levels = new HashMap<>();
            List<Map<String, Object>> areas = new ArrayList<>();
            for (int area = 1; area <= 2; area++) {
                Map<String, Object> conclusion = new LinkedHashMap<>(Map.of("area", area, "conclusion", "Op koers"));
                if (random.nextInt(3) > 0) {
                    int level = 1 + random.nextInt(2);
                    levels.put(area, level);
                    conclusion.put("developmentLevel", level);
                }
                areas.add(conclusion);
            }
            AuditPackages pack = AuditPackages.aPackageFor(kvk).with("framework", Map.of("code", code, "version", "1.0"))
                    .with("type", type).with("findings", findings).with("areas", areas)
                    .with("visits", List.of(Map.of("visitedOn", reportOn.minusDays(10).toString()))).with("reportOn", reportOn.toString())
                    .with("status", "SUBMITTED");
            AuditPackages.ensureBody(body);
            String id = Api.withToken(Fixtures.certifierToken(body)).contentType("application/json").body(pack.body())
                    .put(AuditPackages.ONE_PACKAGE, pack.reference()).then().statusCode(201).extract().path("id");
            String outcome = OUTCOMES.get(random.nextInt(3));
            if (decide) {
                decide(id, outcome);
            }
            return new Pushed(id, body, kind, type, reportYear, reportOn, results, levels, outcome);
        }
    }

    static void decide(String audit, String outcome) {
        Map<String, Object> decision = new LinkedHashMap<>(Map.of("outcome", outcome, "motivation", "Besluit op het rapport."));
        if (outcome.equals("GRANT_WITH_CONDITIONS")) {
            decision.put("conditions", "Vervolgonderzoek naar norm 1.2.");
        }
        Api.as(As.ADMIN).contentType("application/json").body(decision).post(AuditPackages.ONE_AUDIT + "/decision", audit).then().statusCode(200);
    }

    @Test
    void classifications_and_weights_per_norm_are_counted_over_the_decided_audits_each_filter_admits() {
        Sector sector = Sector.make(10, 16);
        int thisYear = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        Map<String, Predicate<Pushed>> filters = new LinkedHashMap<>();
        filters.put("", p -> true);
        filters.put("certifyingBody=" + sector.body(), p -> p.body().equals(sector.body()));
        filters.put("reportYear=2024", p -> p.reportYear() == 2024);
        filters.put("organisationKind=CREDIT_BANK", p -> p.kind().equals("CREDIT_BANK"));
        filters.put("auditType=RECERTIFICATION", p -> p.type().equals("RECERTIFICATION"));
        filters.put("decisionYear=" + thisYear + "&reportYear=2025&organisationKind=MUNICIPALITY",
                p -> p.reportYear() == 2025 && p.kind().equals("MUNICIPALITY"));
        filters.put("decisionYear=2001", p -> false);

        filters.forEach((query, admitted) -> {
            List<Pushed> counted = sector.decided().stream().filter(admitted).toList();
            JsonPath figures = Api.as(As.ADMIN).queryParams(params("framework=" + sector.frameworkId() + (query.isEmpty() ? "" : "&" + query)))
                    .get(NORMS).then().statusCode(200).extract().jsonPath();
            assertThat(figures.getInt("audits")).as(query).isEqualTo(counted.size());
            assertThat(figures.getString("framework.code")).isEqualTo(sector.code());
            assertThat(figures.getList("norms.norm.number")).containsExactlyElementsOf(NORM_NUMBERS);
            for (int n = 0; n < NORM_NUMBERS.size(); n++) {
                String norm = NORM_NUMBERS.get(n);
                assertThat(figures.getInt("norms[%d].audits".formatted(n))).isEqualTo(counted.size());
                for (int c = 0; c < 3; c++) {
                    String classification = CLASSIFICATIONS.get(c);
                    assertThat(figures.getString("norms[%d].classifications[%d].classification".formatted(n, c))).isEqualTo(classification);
                    assertThat(figures.getInt("norms[%d].classifications[%d].audits".formatted(n, c))).as(query + " " + norm + " " + classification)
                            .isEqualTo((int) counted.stream().filter(p -> p.findings().get(norm)[0].equals(classification)).count());
                }
                for (int w = 0; w < 3; w++) {
                    String weight = WEIGHTS.get(w);
                    assertThat(figures.getInt("norms[%d].weights[%d].audits".formatted(n, w))).as(query + " " + norm + " " + weight)
                            .isEqualTo((int) counted.stream().filter(p -> weight.equals(p.findings().get(norm)[1])).count());
                }
            }
        });
    }

    @Test
    void the_csv_holds_the_same_figures_as_the_json() {
        Sector sector = Sector.make(6, 7);
        JsonPath json = Api.as(As.ADMIN).queryParam("framework", sector.frameworkId()).get(NORMS).then().statusCode(200).extract().jsonPath();
        var csv = Api.as(As.ADMIN).queryParam("framework", sector.frameworkId()).accept(CSV).get(NORMS + ".csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).header("Content-Disposition", org.hamcrest.Matchers.containsString(".csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("framework,version,norm,key,title,audits,MEETS,NEEDS_IMPROVEMENT,IN_DEVELOPMENT,REMARK,DEVIATION,SHORTCOMING");
        assertThat(lines).hasSize(4);
        for (int n = 0; n < 3; n++) {
            String[] fields = lines.get(n + 1).split(",");
            assertThat(fields[0]).isEqualTo(sector.code());
            assertThat(fields[2]).isEqualTo(NORM_NUMBERS.get(n));
            assertThat(Integer.parseInt(fields[5])).isEqualTo(json.getInt("norms[%d].audits".formatted(n)));
            for (int c = 0; c < 3; c++) {
                assertThat(Integer.parseInt(fields[6 + c])).isEqualTo(json.getInt("norms[%d].classifications[%d].audits".formatted(n, c)));
                assertThat(Integer.parseInt(fields[9 + c])).isEqualTo(json.getInt("norms[%d].weights[%d].audits".formatted(n, c)));
            }
        }
        // A title with a comma is quoted, as RFC 4180 has it.
        FrameworkDocuments document = FrameworkDocuments.aDocument().normWith(0, "title", "Wet, regelgeving en \"afspraken\"");
        String id = document.importAsAdmin().publish().id();
        String quoted = Api.as(As.ADMIN).queryParam("framework", id).accept(CSV).get(NORMS + ".csv").then().statusCode(200).extract().asString();
        assertThat(quoted.lines().toList().get(1)).contains(",\"Wet, regelgeving en \"\"afspraken\"\"\",0,");
    }

    @Test
    void with_lineage_the_audits_of_an_older_version_count_on_the_norms_that_descend_from_theirs() {
        FrameworkDocuments first = FrameworkDocuments.aDocument();
        String firstId = first.importAsAdmin().publish().id();
        String second = FrameworkDocuments.aDocument(first.code(), "2.0").with("publishedOn", "2026-06-01")
                .normWith(1, "key", "ketenpartners").normWith(1, "title", "Samenwerken met ketenpartners")
                .normWith(2, "key", "belofte-onderschrijven").normWith(2, "succeeds", "belofte")
                .norm("belofte-uitdragen", "2.2", 2, "Uitdragen NVVK Belofte").normWith(3, "succeeds", "belofte")
                .normWith(0, "succeeds", "wet-en-regelgeving").importAsAdmin().publish().id();
        // Two 1.0 audits: wet-en-regelgeving NEEDS_IMPROVEMENT, belofte (split in 2.0) IN_DEVELOPMENT; nvvk-eisen retired.
        for (int i = 0; i < 2; i++) {
            String kvk = OrganisationFixtures.anOrganisation().register().kvk();
            decide(AuditPackages.aPackageFor(kvk).with("framework", Map.of("code", first.code(), "version", "1.0"))
                    .with("findings", List.of(AuditPackages.finding("1.1", "NEEDS_IMPROVEMENT", "REMARK"), AuditPackages.finding("1.2", "MEETS", null),
                            AuditPackages.finding("2.1", "IN_DEVELOPMENT", "DEVIATION"))).pushSubmitted(), "GRANT");
        }
        // One 2.0 audit that meets everything.
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        decide(AuditPackages.aPackageFor(kvk).with("framework", Map.of("code", first.code(), "version", "2.0"))
                .with("findings", List.of(AuditPackages.finding("1.1", "MEETS", null), AuditPackages.finding("1.2", "MEETS", null),
                        AuditPackages.finding("2.1", "MEETS", null), AuditPackages.finding("2.2", "MEETS", null)))
                .with("visits", List.of(Map.of("visitedOn", "2026-09-01"))).with("reportOn", "2026-09-15").pushSubmitted(), "GRANT");

        JsonPath own = Api.as(As.ADMIN).queryParam("framework", second).get(NORMS).then().statusCode(200).body("lineage", equalTo(false))
                .extract().jsonPath();
        assertThat(own.getInt("audits")).isEqualTo(1);
        assertThat(own.getList("norms.audits")).containsExactly(1, 1, 1, 1);

        JsonPath lined = Api.as(As.ADMIN).queryParam("framework", second).queryParam("lineage", true).get(NORMS).then().statusCode(200)
                .body("lineage", equalTo(true)).extract().jsonPath();
        assertThat(lined.getInt("audits")).isEqualTo(3);
        assertThat(lined.getList("norms.norm.key")).containsExactly("wet-en-regelgeving", "ketenpartners", "belofte-onderschrijven", "belofte-uitdragen");
        // Carried over: counted from both versions; new: only 2.0's; split: the 1.0 result counts on both successors.
        assertThat(lined.getList("norms.audits")).containsExactly(3, 1, 3, 3);
        assertThat(lined.getList("norms[0].classifications.audits")).containsExactly(1, 2, 0);
        assertThat(lined.getList("norms[1].classifications.audits")).containsExactly(1, 0, 0);
        assertThat(lined.getList("norms[2].classifications.audits")).containsExactly(1, 0, 2);
        assertThat(lined.getList("norms[3].weights.audits")).containsExactly(0, 2, 0);
        // The first version's own figures know nothing of the later one.
        Api.as(As.ADMIN).queryParam("framework", firstId).queryParam("lineage", true).get(NORMS).then().statusCode(200).body("audits", equalTo(2))
                .body("norms.audits", org.hamcrest.Matchers.contains(2, 2, 2));
    }

    @Test
    void development_levels_per_area_are_counted_over_the_audits_that_scored_them() {
        Sector sector = Sector.make(8, 3);
        JsonPath figures = Api.as(As.ADMIN).queryParam("framework", sector.frameworkId()).get(AREAS).then().statusCode(200).extract().jsonPath();
        assertThat(figures.getInt("audits")).isEqualTo(8);
        assertThat(figures.getList("areas.area.number")).containsExactly(1, 2);
        for (int area = 1; area <= 2; area++) {
            int a = area;
            List<Integer> perLevel = new ArrayList<>();
            for (int level = 1; level <= 2; level++) {
                int l = level;
                perLevel.add((int) sector.decided().stream().filter(p -> Integer.valueOf(l).equals(p.levels().get(a))).count());
            }
            assertThat(figures.getList("areas[%d].levels.level".formatted(area - 1))).containsExactly(1, 2);
            assertThat(figures.getList("areas[%d].levels.audits".formatted(area - 1))).as("area " + area).containsExactlyElementsOf(perLevel);
            assertThat(figures.getInt("areas[%d].levelled".formatted(area - 1))).isEqualTo(perLevel.get(0) + perLevel.get(1));
        }
        String csv = Api.as(As.ADMIN).queryParam("framework", sector.frameworkId()).accept(CSV).get(AREAS + ".csv").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList().get(0)).isEqualTo("framework,version,area,title,levelled,level1,level2");
        assertThat(csv.lines().toList().get(1)).isEqualTo("%s,1.0,1,Koers,%d,%d,%d".formatted(sector.code(), figures.getInt("areas[0].levelled"),
                figures.getInt("areas[0].levels[0].audits"), figures.getInt("areas[0].levels[1].audits")));
    }

    @Test
    void decisions_per_body_and_year_give_the_shares_granted_with_conditions_and_refused() {
        Sector sector = Sector.make(9, 11);
        int thisYear = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        JsonPath figures = Api.as(As.ADMIN).queryParam("framework", sector.frameworkId()).get(DECISIONS).then().statusCode(200).extract().jsonPath();
        Map<String, List<Pushed>> byBody = new TreeMap<>(sector.decided().stream().collect(Collectors.groupingBy(Pushed::body)));
        assertThat(figures.getList("rows.certifyingBody")).containsExactlyElementsOf(byBody.keySet());
        int row = 0;
        for (Map.Entry<String, List<Pushed>> body : byBody.entrySet()) {
            List<Pushed> decided = body.getValue();
            long withConditions = decided.stream().filter(p -> p.outcome().equals("GRANT_WITH_CONDITIONS")).count();
            long refused = decided.stream().filter(p -> p.outcome().equals("REFUSE")).count();
            assertThat(figures.getInt("rows[%d].year".formatted(row))).isEqualTo(thisYear);
            assertThat(figures.getInt("rows[%d].decided".formatted(row))).isEqualTo(decided.size());
            assertThat(figures.getInt("rows[%d].granted".formatted(row))).isEqualTo(decided.size() - withConditions - refused);
            assertThat(figures.getInt("rows[%d].grantedWithConditions".formatted(row))).isEqualTo((int) withConditions);
            assertThat(figures.getInt("rows[%d].refused".formatted(row))).isEqualTo((int) refused);
            assertThat(new BigDecimal(figures.getString("rows[%d].withConditionsShare".formatted(row))))
                    .isEqualByComparingTo(BigDecimal.valueOf(withConditions).divide(BigDecimal.valueOf(decided.size()), 3, RoundingMode.HALF_UP));
            assertThat(new BigDecimal(figures.getString("rows[%d].refusedShare".formatted(row))))
                    .isEqualByComparingTo(BigDecimal.valueOf(refused).divide(BigDecimal.valueOf(decided.size()), 3, RoundingMode.HALF_UP));
            row++;
        }
        // One body only; and a CSV row per body and year.
        Api.as(As.ADMIN).queryParam("framework", sector.frameworkId()).queryParam("certifyingBody", sector.body()).get(DECISIONS).then()
                .statusCode(200).body("rows.certifyingBody", org.hamcrest.Matchers.everyItem(equalTo(sector.body())));
        String csv = Api.as(As.ADMIN).queryParam("framework", sector.frameworkId()).accept(CSV).get(DECISIONS + ".csv").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).hasSize(1 + byBody.size());
        assertThat(csv.lines().toList().get(1)).startsWith(byBody.keySet().iterator().next() + "," + thisYear + ",");
    }

    @Test
    void improvement_actions_per_weight_say_how_long_closing_took_and_how_many_are_overdue() {
        FrameworkDocuments document = FrameworkDocuments.aDocument();
        String frameworkId = document.importAsAdmin().publish().id();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        // Three audits with a shortcoming on 1.1 and a remark on 2.1: two reported long ago (overdue unless closed), one today.
        List<String[]> actions = new ArrayList<>();
        List<LocalDate> reported = List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 1, 20), today);
        for (LocalDate reportOn : reported) {
            String kvk = OrganisationFixtures.anOrganisation().register().kvk();
            String audit = AuditPackages.aPackageFor(kvk).with("framework", Map.of("code", document.code(), "version", "1.0"))
                    .with("findings", new ArrayList<>(List.of(AuditPackages.finding("1.1", "NEEDS_IMPROVEMENT", "SHORTCOMING"),
                            AuditPackages.finding("1.2", "MEETS", null), AuditPackages.finding("2.1", "IN_DEVELOPMENT", "REMARK"))))
                    .withAction("1.1", "SHORTCOMING").withAction("2.1", "REMARK")
                    .with("visits", List.of(Map.of("visitedOn", reportOn.minusDays(5).toString()))).with("reportOn", reportOn.toString()).pushSubmitted();
            decide(audit, "GRANT_WITH_CONDITIONS");
            JsonPath read = Api.as(As.ADMIN).get(AuditPackages.ONE_AUDIT, audit).then().statusCode(200).extract().jsonPath();
            actions.add(new String[] {audit, read.getString("findings.find { it.norm.number == '1.1' }.actions[0].id"), reportOn.toString(), kvk});
            actions.add(new String[] {audit, read.getString("findings.find { it.norm.number == '2.1' }.actions[0].id"), reportOn.toString(), kvk});
        }
        String member0 = Fixtures.memberToken(actions.get(0)[3]);
        String member1 = Fixtures.memberToken(actions.get(2)[3]);
        // The first audit's shortcoming closed; the second audit's shortcoming submitted (still pending); the rest open.
        close(member0, actions.get(0));
        Api.withToken(member1).contentType("application/json").body(Map.of("progress", "Onderweg"))
                .post(AuditPackages.ONE_AUDIT + "/actions/{action}/submission", actions.get(2)[0], actions.get(2)[1]).then().statusCode(200);

        JsonPath figures = Api.as(As.ADMIN).queryParam("framework", frameworkId).get(ACTIONS).then().statusCode(200).extract().jsonPath();
        assertThat(figures.getString("on")).isEqualTo(today.toString());
        assertThat(figures.getList("weights.weight")).containsExactly("REMARK", "DEVIATION", "SHORTCOMING");
        int daysToClose = (int) ChronoUnit.DAYS.between(reported.get(0), today);
        // Shortcomings: 3, one closed after daysToClose days; 2 pending, of which the one reported in 2025 is overdue (3 months passed).
        assertThat(figures.getInt("weights[2].actions")).isEqualTo(3);
        assertThat(figures.getInt("weights[2].closed")).isEqualTo(1);
        assertThat(figures.getInt("weights[2].medianDaysToClose")).isEqualTo(daysToClose);
        assertThat(figures.getInt("weights[2].p90DaysToClose")).isEqualTo(daysToClose);
        assertThat(figures.getInt("weights[2].pending")).isEqualTo(2);
        assertThat(figures.getInt("weights[2].overdue")).isEqualTo(1);
        // Remarks: 3 open; the two reported more than 12 months ago are overdue; none closed, so no median.
        assertThat(figures.getInt("weights[0].actions")).isEqualTo(3);
        assertThat(figures.getInt("weights[0].closed")).isZero();
        assertThat(figures.get("weights[0].medianDaysToClose") == null).isTrue();
        assertThat(figures.getInt("weights[0].pending")).isEqualTo(3);
        assertThat(figures.getInt("weights[0].overdue")).isEqualTo(reported.get(1).plusMonths(12).isBefore(today) ? 2 : 1);
        assertThat(figures.getInt("weights[1].actions")).isZero();

        // A change after the figures were read shows in the next answer: the second shortcoming closes too.
        Api.as(As.CERTIFIER).contentType("application/json").body(Map.of("assessment", "Aangetoond"))
                .post(AuditPackages.ONE_AUDIT + "/actions/{action}/acceptance", actions.get(2)[0], actions.get(2)[1]).then().statusCode(200);
        Api.as(As.CERTIFIER).post(AuditPackages.ONE_AUDIT + "/actions/{action}/closure", actions.get(2)[0], actions.get(2)[1]).then().statusCode(200);
        List<Integer> days = new ArrayList<>(List.of(daysToClose, (int) ChronoUnit.DAYS.between(reported.get(1), today)));
        days.sort(null);
        Api.as(As.ADMIN).queryParam("framework", frameworkId).get(ACTIONS).then().statusCode(200)
                .body("weights[2].closed", equalTo(2)).body("weights[2].pending", equalTo(1)).body("weights[2].overdue", equalTo(0))
                .body("weights[2].medianDaysToClose", equalTo(days.get(0))).body("weights[2].p90DaysToClose", equalTo(days.get(1)));
        String csv = Api.as(As.ADMIN).queryParam("framework", frameworkId).accept(CSV).get(ACTIONS + ".csv").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).containsExactly("weight,actions,closed,medianDaysToClose,p90DaysToClose,pending,overdue,on",
                "REMARK,3,0,,,3,%d,%s".formatted(figures.getInt("weights[0].overdue"), today),
                "DEVIATION,0,0,,,0,0," + today,
                "SHORTCOMING,3,2,%d,%d,1,0,%s".formatted(days.get(0), days.get(1), today));
    }

    @Test
    void an_audit_not_decided_is_not_counted_and_its_decision_counts_at_once() {
        FrameworkDocuments document = FrameworkDocuments.aDocument();
        String frameworkId = document.importAsAdmin().publish().id();
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        String audit = AuditPackages.aPackageFor(kvk).with("framework", Map.of("code", document.code(), "version", "1.0"))
                .with("findings", List.of(AuditPackages.finding("1.1", "MEETS", null), AuditPackages.finding("1.2", "MEETS", null),
                        AuditPackages.finding("2.1", "MEETS", null))).pushSubmitted();
        Api.as(As.ADMIN).queryParam("framework", frameworkId).get(NORMS).then().statusCode(200).body("audits", equalTo(0))
                .body("norms[0].audits", equalTo(0));
        decide(audit, "REFUSE");
        Api.as(As.ADMIN).queryParam("framework", frameworkId).get(NORMS).then().statusCode(200).body("audits", equalTo(1))
                .body("norms[0].classifications[0].audits", equalTo(1));
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "OTHER_CERTIFIER,403", "MEMBER,403", "COORDINATOR,403",
            "CERTIFIER_AND_ADMIN,200", "ADMIN,200"})
    void only_nvvk_reads_the_sector_figures(As caller, int status) {
        for (String figures : List.of(NORMS, NORMS + ".csv", AREAS, AREAS + ".csv", DECISIONS, DECISIONS + ".csv", ACTIONS, ACTIONS + ".csv")) {
            var answer = Api.as(caller).accept(figures.endsWith(".csv") ? CSV : "application/json").get(figures).then();
            if (status == 200) {
                answer.statusCode(200);
            } else {
                answer.spec(problem(status));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "framework=kader-1.1|framework", "framework=00000000-0000-0000-0000-000000000001|framework", "reportYear=1800|reportYear",
            "reportYear=twintig|reportYear", "decisionYear=3000|decisionYear", "certifyingBody=kiwa bv|certifyingBody",
            "certifyingBody=" + "ABCDEFGHIJKLMNOPQRSTU|certifyingBody", "organisationKind=BANK|organisationKind", "auditType=AUDIT|auditType"})
    void a_bad_filter_is_named(String query, String field) {
        for (String figures : List.of(NORMS, NORMS + ".csv", AREAS, AREAS + ".csv", DECISIONS, DECISIONS + ".csv", ACTIONS, ACTIONS + ".csv")) {
            Api.malformedAs(As.ADMIN).accept(figures.endsWith(".csv") ? CSV : "application/json").queryParams(params(query)).get(figures).then().spec(problem(422)).body("errors[0].field", equalTo(field));
        }
    }

    @Test
    void lineage_that_is_not_a_boolean_is_named() {
        Api.malformedAs(As.ADMIN).queryParam("lineage", "ja").get(NORMS).then().spec(problem(422)).body("errors[0].field", equalTo("lineage"));
    }

    private static void close(String member, String[] action) {
        String path = AuditPackages.ONE_AUDIT + "/actions/{action}/";
        Api.withToken(member).contentType("application/json").body(Map.of("progress", "Gedaan")).post(path + "submission", action[0], action[1])
                .then().statusCode(200);
        Api.as(As.CERTIFIER).contentType("application/json").body(Map.of("assessment", "Aangetoond")).post(path + "acceptance", action[0], action[1])
                .then().statusCode(200);
        Api.as(As.CERTIFIER).post(path + "closure", action[0], action[1]).then().statusCode(200);
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        Arrays.stream(query.split("&")).filter(p -> !p.isEmpty()).forEach(p -> params.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1)));
        return params;
    }
}
