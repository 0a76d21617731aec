package nl.nvvk.keurmerk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;

/**
 * One certification told through the API, with data of its own: NVVK admits a certifying body and registers a
 * municipality; the municipality's quality coordinator shares a self-assessment; the body pushes its audit package
 * (the Heemskerk 2023 report, with one weighted finding) and submits it; NVVK grants with conditions; the
 * organisation reports progress on its improvement action, which the body accepts, and objects to the conditions;
 * NVVK suspends and reinstates the certificate; the public verifies it. Every answer is kept, in order. Reads are of
 * single resources or of lists filtered to what the scenario made (the certifying body's code or the KvK number), so
 * what other tests leave in the shared database does not show.
 */
final class ContractScenario {
    static final String BODY = "CERTIVIA";
    static final String KVK = "34250001";
    static final String REFERENCE = "CERTIVIA-2023-0417";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: the request's method and path, and what came back. */
    record Answer(String method, String path, int status, String contentType, String body) {
        JsonNode json() {
            if (contentType == null || !contentType.startsWith("application/json") || body.isEmpty()) {
                return null;
            }
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads whose answers show what other tests left in the database too: checked, but never an example. */
    private static final List<Pattern> SHARED_DATA = List.of(
            Pattern.compile("/api/v1/change-history/verification"), // the whole chain
            Pattern.compile("/api/v1/statistics/.*"),                // figures over every audit
            Pattern.compile("/api/v1/frameworks"));                  // every version, drafts of other tests too

    private final List<Answer> answers = new ArrayList<>();
    private final Filter keep = (request, response, context) -> {
        Response answer = context.next(request, response);
        answers.add(new Answer(request.getMethod(), URI.create(request.getURI()).getRawPath(), answer.statusCode(),
                answer.contentType(), answer.asString()));
        return answer;
    };

    private ContractScenario() {
    }

    static boolean showsSharedData(String path) {
        return SHARED_DATA.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }

    List<Answer> answers() {
        return answers;
    }

    static ContractScenario run() throws IOException {
        ContractScenario scenario = new ContractScenario();
        scenario.tell();
        return scenario;
    }

    private void tell() throws IOException {
        String certifier = Fixtures.certifierToken(BODY);
        String coordinator = Fixtures.coordinatorToken(KVK);
        String member = Fixtures.memberToken(KVK);

        String body = as(As.ADMIN).body(Map.of("code", BODY, "name", "Certivia Nederland B.V.",
                        "address", Map.of("street", "Stationsplein 12", "postalCode", "3511 ED", "city", "Utrecht"),
                        "website", "https://www.certivia.example", "accreditationStatus", "ACCREDITED"))
                .post("/api/v1/certifying-bodies").then().statusCode(201).extract().path("id");
        as(As.ADMIN).get("/api/v1/certifying-bodies/{id}", body).then().statusCode(200);
        String organisation = as(As.ADMIN).body(Map.of("kvkNumber", KVK, "name", "Gemeente Zonnedijk", "kind", "MUNICIPALITY",
                        "address", Map.of("street", "Raadhuisplein 1", "postalCode", "1234 AB", "city", "Zonnedijk"),
                        "website", "https://www.zonnedijk.example", "membershipStatus", "MEMBER", "memberSince", "2019-01-01",
                        "servicesOffered", List.of("DEBT_MEDIATION", "INTAKE_AND_PLAN", "STABILISATION")))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        as(As.ADMIN).get("/api/v1/organisations/{id}", organisation).then().statusCode(200);

        // The body plans its audit; the organisation shares its self-assessment with the body that audits it.
        ObjectNode pack = (ObjectNode) JSON.readTree(Files.readString(Path.of("src", "test", "resources", "audits", "heemskerk-2023.json")));
        pack.put("organisation", KVK);
        weigh(pack, "1.4");
        pack.put("status", "IN_PROGRESS");
        String audit = with(certifier).body(pack.toString()).put("/api/v1/audit-packages/{reference}", REFERENCE)
                .then().statusCode(201).extract().path("id");
        var started = with(coordinator).body(Map.of("framework", Map.of("code", "KWALITEITSKADER", "version", "1.1")))
                .post("/api/v1/self-assessments").then().statusCode(201).extract();
        String assessment = started.path("id");
        String etag = with(coordinator).header("If-Match", started.header("ETag"))
                .body(Map.of("level", 2, "comment", "Beleidsplan is vastgesteld; versiebeheer ontbreekt nog."))
                .put("/api/v1/self-assessments/{id}/entries/{norm}", assessment, "1.4").then().statusCode(200).extract().header("ETag");
        with(coordinator).header("If-Match", etag).body(Map.of("level", 2, "comment", "Koers is vastgesteld; de doelen zijn nog niet meetbaar."))
                .put("/api/v1/self-assessments/{id}/areas/{area}", assessment, 1).then().statusCode(200);
        with(coordinator).post("/api/v1/self-assessments/{id}/sharing", assessment).then().statusCode(200);
        with(coordinator).get("/api/v1/self-assessments").then().statusCode(200);

        // The body submits the whole package; the same package again changes nothing.
        pack.put("status", "SUBMITTED");
        with(certifier).body(pack.toString()).put("/api/v1/audit-packages/{reference}", REFERENCE).then().statusCode(200);
        ObjectNode batch = JSON.createObjectNode();
        ArrayNode packages = batch.putArray("packages");
        packages.addObject().put("reference", REFERENCE).set("package", pack);
        packages.addObject().put("reference", "CERTIVIA-2023-0418").set("package", pack.deepCopy().put("organisation", "99999999"));
        with(certifier).body(batch.toString()).post("/api/v1/audit-packages").then().statusCode(200);
        with(certifier).queryParam("certifyingBody", BODY).get("/api/v1/audits").then().statusCode(200);

        // NVVK grants with the conditions the body advised.
        String certificate = as(As.ADMIN).body(Map.of("outcome", "GRANT_WITH_CONDITIONS",
                        "motivation", "Het onderzoek toont aan dat de organisatie voldoet aan het kwaliteitskader.",
                        "conditions", "Een vervolgonderzoek naar norm 1.4, één jaar na het initiële onderzoek.", "followUpDueOn", "2024-06-16"))
                .post("/api/v1/audits/{id}/decision", audit).then().statusCode(200).extract().path("decision.certificate.id");
        var read = with(member).get("/api/v1/audits/{id}", audit).then().statusCode(200).extract();
        String action = read.path("findings.find { it.norm.number == '1.4' }.actions[0].id");
        String framework = read.path("framework.id");

        // The organisation reports progress and the body accepts it; the organisation objects to the conditions.
        with(member).body(Map.of("progress", "Versiebeheer is ingevoerd per 1 september; het documentregister is bijgewerkt."))
                .post("/api/v1/audits/{id}/actions/{action}/submission", audit, action).then().statusCode(200);
        with(certifier).body(Map.of("assessment", "Aangetoond met het documentregister."))
                .post("/api/v1/audits/{id}/actions/{action}/acceptance", audit, action).then().statusCode(200);
        String objection = with(member).body(Map.of("grounds", "Het vervolgonderzoek naar norm 1.4 is overbodig: het verbeterplan is al uitgevoerd."))
                .post("/api/v1/audits/{id}/objections", audit).then().statusCode(201).extract().path("id");
        as(As.ADMIN).post("/api/v1/objections/{id}/receipt", objection).then().statusCode(200);
        as(As.ADMIN).queryParam("kvkNumber", KVK).get("/api/v1/objections").then().statusCode(200);

        // NVVK suspends the certificate and reinstates it; the public verifies it.
        as(As.ADMIN).body(Map.of("reason", "Het plan van aanpak is niet binnen de termijn ingediend."))
                .post("/api/v1/certificates/{id}/suspension", certificate).then().statusCode(200);
        String number = as(As.ADMIN).body(Map.of("reason", "Het plan van aanpak is alsnog ingediend en goedgekeurd."))
                .post("/api/v1/certificates/{id}/reinstatement", certificate).then().statusCode(200).extract().path("number");
        as(As.ADMIN).get("/api/v1/certificates/{id}", certificate).then().statusCode(200);
        with(certifier).queryParam("certifyingBody", BODY).get("/api/v1/certificates").then().statusCode(200);
        as(As.ANONYMOUS).get("/api/v1/public/certificates/{number}", number).then().statusCode(200);
        as(As.ANONYMOUS).get("/api/v1/public/organisations/{kvkNumber}/certificate", KVK).then().statusCode(200);
        as(As.ANONYMOUS).queryParam("certifyingBody", BODY).get("/api/v1/public/certificates").then().statusCode(200);

        // What follows from it: the schedule, the history, the events, the comparison; and the catalogue it rests on.
        as(As.ADMIN).get("/api/v1/recertification-schedules/{kvkNumber}", KVK).then().statusCode(200);
        with(certifier).queryParam("certifyingBody", BODY).get("/api/v1/recertification-schedules").then().statusCode(200);
        awaitSealed(organisation);
        as(As.ADMIN).queryParam("resourceType", "organisation").queryParam("resourceId", organisation)
                .get("/api/v1/change-history").then().statusCode(200);
        as(As.ADMIN).get("/api/v1/change-history/verification").then().statusCode(200);
        with(certifier).get("/api/v1/events").then().statusCode(200);
        as(As.ADMIN).get("/api/v1/statistics/organisations/{kvkNumber}", KVK).then().statusCode(200);
        as(As.ANONYMOUS).get("/api/v1/frameworks/{id}", framework).then().statusCode(200);
        as(As.ANONYMOUS).get("/api/v1/frameworks").then().statusCode(200);
        String norm = as(As.ANONYMOUS).queryParam("framework", framework).queryParam("area", 1).get("/api/v1/norms")
                .then().statusCode(200).extract().path("items[0].id");
        as(As.ANONYMOUS).get("/api/v1/norms/{id}", norm).then().statusCode(200);
        as(As.ANONYMOUS).get("/api/v1/vocabularies/{name}", "serviceType").then().statusCode(200);
    }

    /** The history's sealer gives entries their place within about a second; the example shows them sealed. */
    private static void awaitSealed(String organisation) {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<String> hashes = Api.as(As.ADMIN).queryParam("resourceType", "organisation").queryParam("resourceId", organisation)
                    .get("/api/v1/change-history").then().statusCode(200).extract().path("items.hash");
            if (!hashes.isEmpty() && hashes.stream().allMatch(java.util.Objects::nonNull)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("The organisation's history was not sealed within 10 s");
    }

    /** Norm 1.4 needs improvement, a deviation, with the action the organisation takes. */
    private static void weigh(ObjectNode pack, String norm) {
        for (JsonNode finding : pack.get("findings")) {
            if (finding.get("norm").asText().equals(norm)) {
                ObjectNode weighted = (ObjectNode) finding;
                weighted.put("classification", "NEEDS_IMPROVEMENT").put("weight", "DEVIATION")
                        .put("narrative", "Nieuw beleidsplan 2023 gezien. Document niet geïdentificeerd; versiebeheer ontbreekt.");
                weighted.putArray("actions").addObject()
                        .put("description", "Documentidentificatie en versiebeheer invoeren voor beleidsstukken")
                        .put("owner", "teamleider Werk & Inkomen");
            }
        }
    }

    private RequestSpecification as(As caller) {
        return Api.as(caller).filter(keep).contentType("application/json");
    }

    private RequestSpecification with(String token) {
        return Api.withToken(token).filter(keep).contentType("application/json");
    }
}
