package nl.nvvk.keurmerk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;

/**
 * Builds audit packages against framework 1.1 (its 50 norms, from the test resources), for a fresh
 * organisation under a reference of its own, and pushes them as "our" certifying body.
 */
public final class AuditPackages {
    public static final String PACKAGES = "/api/v1/audit-packages";
    public static final String ONE_PACKAGE = "/api/v1/audit-packages/{reference}";
    public static final String AUDITS = "/api/v1/audits";
    public static final String ONE_AUDIT = "/api/v1/audits/{id}";
    /** The 50 norm numbers of framework 1.1, in order. */
    public static final List<String> NORMS = norms();
    private static final Map<String, Boolean> BODIES = new ConcurrentHashMap<>();

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final String reference;
    private final String kvk;

    private AuditPackages(String kvk) {
        this.kvk = kvk;
        this.reference = "REF-" + Fixtures.uniqueKvk();
        body.put("organisation", kvk);
        body.put("framework", Map.of("code", "KWALITEITSKADER", "version", "1.1"));
        body.put("type", "INITIAL");
        body.put("status", "IN_PROGRESS");
        body.put("scope", List.of("DEBT_MEDIATION", "INTAKE_AND_PLAN"));
        body.put("visits", List.of(Map.of("visitedOn", "2023-06-16")));
        body.put("reportOn", "2023-06-28");
        body.put("team", List.of(Map.of("name", "Anouk Auditvelde", "role", "LEAD_AUDITOR")));
        body.put("advice", Map.of("outcome", "POSITIVE", "motivation", "Voldoet aan het kwaliteitskader."));
        List<Map<String, Object>> findings = new ArrayList<>();
        for (String norm : NORMS) {
            findings.add(finding(norm, "MEETS", null));
        }
        body.put("findings", findings);
    }

    /** A complete package (every norm) of a freshly registered organisation; our body exists. */
    public static AuditPackages aPackage() {
        ensureBody(Fixtures.OUR_BODY);
        return new AuditPackages(OrganisationFixtures.anOrganisation().register().kvk());
    }

    /** A package of this organisation. */
    public static AuditPackages aPackageFor(String kvk) {
        ensureBody(Fixtures.OUR_BODY);
        return new AuditPackages(kvk);
    }

    /** A package of this organisation, without admitting a body first (the end-to-end suite does that with real tokens). */
    public static AuditPackages of(String kvk) {
        return new AuditPackages(kvk);
    }

    /** Admits a certifying body under this code once per run (it may exist from an earlier test). */
    public static void ensureBody(String code) {
        BODIES.computeIfAbsent(code, c -> {
            int status = Api.as(As.ADMIN).contentType("application/json")
                    .body(Map.of("code", c, "name", "Certificeerder " + c, "accreditationStatus", "ACCREDITED"))
                    .post("/api/v1/certifying-bodies").then().extract().statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("Could not admit certifying body " + c + ": " + status);
            }
            return true;
        });
    }

    public static Map<String, Object> finding(String norm, String classification, String weight) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("norm", norm);
        finding.put("classification", classification);
        if (weight != null) {
            finding.put("weight", weight);
        }
        finding.put("narrative", "Bevinding bij norm " + norm);
        return finding;
    }

    public AuditPackages with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public AuditPackages without(String field) {
        body.remove(field);
        return this;
    }

    /** Replaces the finding on this norm. */
    @SuppressWarnings("unchecked")
    public AuditPackages finding(String norm, Map<String, Object> finding) {
        List<Map<String, Object>> findings = (List<Map<String, Object>>) body.get("findings");
        findings.removeIf(f -> f.get("norm").equals(norm));
        findings.add(finding);
        return this;
    }

    /** Leaves the finding on this norm out. */
    @SuppressWarnings("unchecked")
    public AuditPackages withoutFinding(String norm) {
        ((List<Map<String, Object>>) body.get("findings")).removeIf(f -> f.get("norm").equals(norm));
        return this;
    }

    /** A weighted finding with one improvement action on this norm. */
    public AuditPackages withAction(String norm, String weight) {
        Map<String, Object> finding = finding(norm, "NEEDS_IMPROVEMENT", weight);
        finding.put("actions", List.of(Map.of("description", "Versiebeheer invoeren", "owner", "teamleider")));
        return finding(norm, finding);
    }

    public String reference() {
        return reference;
    }

    public String kvk() {
        return kvk;
    }

    public Map<String, Object> body() {
        return body;
    }

    /** Pushes it as our body's certifier, expecting 201, and answers the audit's id. */
    public String push() {
        return Api.as(As.CERTIFIER).contentType("application/json").body(body).put(ONE_PACKAGE, reference)
                .then().statusCode(201).extract().path("id");
    }

    /** Pushes it with status SUBMITTED, so the organisation's member can read it. */
    public String pushSubmitted() {
        return with("status", "SUBMITTED").push();
    }

    private static List<String> norms() {
        try {
            return Files.readAllLines(Path.of("src", "test", "resources", "kwaliteitskader-1.1-norms.txt")).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> line.substring(0, line.indexOf(' ')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
