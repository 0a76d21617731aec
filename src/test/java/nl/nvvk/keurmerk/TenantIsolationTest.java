package nl.nvvk.keurmerk;

import static nl.nvvk.keurmerk.organisation.OrganisationFixtures.anOrganisation;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures.Registered;
import nl.nvvk.keurmerk.shared.security.Roles;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import nl.nvvk.keurmerk.testing.Pages;
import org.junit.jupiter.api.Test;

/**
 * Derived from the committed contract: every operation on an object of one tenant, tried by
 * another tenant of each role the operation admits, answers 404 — exactly like an object that does
 * not exist, never 403 or 200. A new path with an id must be classified here, so the audits,
 * findings and certificates to come cannot slip past.
 */
@QuarkusTest
class TenantIsolationTest {
    private static final OpenAPI CONTRACT = new OpenAPIV3Parser().read(Api.CONTRACT.toAbsolutePath().toString());

    /**
     * An object made for "our" tenants: its path parameters, a token of the tenant that owns it per
     * scoped role, and how its list shows it (the item's field, and its value there).
     */
    private record Owned(Map<String, String> pathParameters, Map<String, Supplier<String>> ownerTokens, String listedAs, String listedValue) {
        Owned(Map<String, String> pathParameters, Map<String, Supplier<String>> ownerTokens) {
            this(pathParameters, ownerTokens, "id", pathParameters.get("id"));
        }
    }

    /** Paths whose objects belong to a tenant, the roles that are scoped to their tenant there, and how to make one. */
    private static final Map<String, Supplier<Owned>> TENANT_OWNED = Map.ofEntries(
            Map.entry("/api/v1/organisations/{id}", () -> {
                Registered organisation = anOrganisation().register();
                return new Owned(Map.of("id", organisation.id()), Map.of(Roles.MEMBER, () -> Fixtures.memberToken(organisation.kvk())));
            }),
            Map.entry("/api/v1/audits/{id}", TenantIsolationTest::audit),
            Map.entry("/api/v1/audits/{id}/report.pdf", TenantIsolationTest::audit),
            Map.entry("/api/v1/audits/{id}/objections", TenantIsolationTest::audit),
            Map.entry("/api/v1/objections/{id}", TenantIsolationTest::objection),
            Map.entry("/api/v1/webhook-subscriptions/{id}", TenantIsolationTest::webhookSubscription),
            Map.entry("/api/v1/webhook-subscriptions/{id}/deliveries", TenantIsolationTest::webhookSubscription),
            Map.entry("/api/v1/webhook-subscriptions/{id}/deliveries/{delivery}/redelivery", TenantIsolationTest::webhookSubscription),
            Map.entry("/api/v1/webhook-subscriptions/{id}/resumption", TenantIsolationTest::webhookSubscription),
            Map.entry("/api/v1/webhook-subscriptions/{id}/secret-rotation", TenantIsolationTest::webhookSubscription),
            Map.entry("/api/v1/audits/{id}/commencement", TenantIsolationTest::audit),
            Map.entry("/api/v1/audits/{id}/submission", TenantIsolationTest::audit),
            Map.entry("/api/v1/audits/{id}/cancellation", TenantIsolationTest::audit),
            Map.entry("/api/v1/audits/{id}/findings/{norm}", TenantIsolationTest::audit),
            Map.entry("/api/v1/audits/{id}/actions/{action}/submission", TenantIsolationTest::audit),
            Map.entry("/api/v1/audits/{id}/actions/{action}/acceptance", TenantIsolationTest::audit),
            Map.entry("/api/v1/audits/{id}/actions/{action}/rejection", TenantIsolationTest::audit),
            Map.entry("/api/v1/audits/{id}/actions/{action}/closure", TenantIsolationTest::audit),
            Map.entry("/api/v1/self-assessments/{id}", TenantIsolationTest::selfAssessment),
            Map.entry("/api/v1/self-assessments/{id}/entries/{norm}", TenantIsolationTest::selfAssessment),
            Map.entry("/api/v1/self-assessments/{id}/sharing", TenantIsolationTest::selfAssessment),
            Map.entry("/api/v1/self-assessments/{id}/areas/{area}", TenantIsolationTest::selfAssessment),
            Map.entry("/api/v1/self-assessments/{id}/combined", TenantIsolationTest::combinedAnswers),
            Map.entry("/api/v1/self-assessments/{id}/responses", TenantIsolationTest::colleaguesAnswers),
            Map.entry("/api/v1/self-assessments/{id}/responses/{response}", TenantIsolationTest::colleaguesAnswers),
            Map.entry("/api/v1/self-assessments/{id}/responses/{response}/entries/{norm}", TenantIsolationTest::colleaguesAnswers),
            Map.entry("/api/v1/self-assessments/{id}/responses/{response}/areas/{area}", TenantIsolationTest::colleaguesAnswers),
            Map.entry("/api/v1/self-assessments/{id}/responses/{response}/submission", TenantIsolationTest::colleaguesAnswers),
            Map.entry("/api/v1/peer-groups/{id}", TenantIsolationTest::peerGroup),
            Map.entry("/api/v1/peer-groups/{id}/meetings", TenantIsolationTest::peerGroup),
            Map.entry("/api/v1/peer-meetings/{id}", TenantIsolationTest::peerMeeting),
            Map.entry("/api/v1/peer-meetings/{id}/reflections", TenantIsolationTest::peerMeeting),
            Map.entry("/api/v1/peer-meetings/{id}/reflections/{reflection}", TenantIsolationTest::peerReflection),
            Map.entry("/api/v1/peer-meetings/{id}/reflections/{reflection}/sharing", TenantIsolationTest::peerReflection),
            Map.entry("/api/v1/statistics/organisations/{kvkNumber}", () -> {
                String kvk = anOrganisation().register().kvk();
                return new Owned(Map.of("kvkNumber", kvk), Map.of(Roles.MEMBER, () -> Fixtures.memberToken(kvk)), "kvkNumber", kvk);
            }),
            Map.entry("/api/v1/certificates/{id}", TenantIsolationTest::certificate),
            Map.entry("/api/v1/certificates/{id}/document.pdf", TenantIsolationTest::certificate),
            Map.entry("/api/v1/recertification-schedules/{kvkNumber}", TenantIsolationTest::schedule));

    /** Paths with an id whose objects every signed-in caller (or the public) may read alike: no tenant to isolate. */
    private static final Set<String> SHARED = Set.of(
            "/api/v1/frameworks/{id}", "/api/v1/frameworks/{id}/publication", "/api/v1/frameworks/{id}/retirement",
            "/api/v1/norms/{id}", "/api/v1/certifying-bodies/{id}", "/api/v1/vocabularies/{name}",
            // Public verification: what anyone may know of a certificate, with or without a token (PublicRegisterResourceTest).
            "/api/v1/public/certificates/{number}", "/api/v1/public/certificates/{number}/badge.svg", "/api/v1/public/verify/{number}",
            "/api/v1/public/organisations/{kvkNumber}/certificate");

    /**
     * Paths whose id names an object in the caller's own namespace: a certifying body's reference
     * names its own audit, so another body with the same reference reaches its own (AuditPackageResourceTest).
     */
    private static final Set<String> OWN_NAMESPACE = Set.of("/api/v1/audit-packages/{reference}");

    /** Paths only NVVK, which sees every tenant, may call: no tenant's caller reaches them (the role matrix shows 403). */
    private static final Set<String> NVVK_ONLY = Set.of("/api/v1/audits/{id}/reopening", "/api/v1/audits/{id}/decision",
            "/api/v1/certificates/{id}/suspension", "/api/v1/certificates/{id}/reinstatement", "/api/v1/certificates/{id}/withdrawal",
            "/api/v1/objections/{id}/receipt", "/api/v1/objections/{id}/handling", "/api/v1/objections/{id}/outcome");

    /** A submitted audit of our body, of a fresh organisation, with an improvement action on norm 1.4. */
    private static Owned audit() {
        AuditPackages pack = AuditPackages.aPackage().withAction("1.4", "DEVIATION");
        String id = pack.pushSubmitted();
        String action = Api.as(As.ADMIN).get("/api/v1/audits/{id}", id).then().statusCode(200)
                .extract().path("findings.find { it.norm.number == '1.4' }.actions[0].id");
        return new Owned(Map.of("id", id, "norm", "1.4", "action", action),
                Map.of(Roles.CERTIFIER, As.CERTIFIER::token, Roles.MEMBER, () -> Fixtures.memberToken(pack.kvk())));
    }

    /** The certificate NVVK's grant on a submitted audit of our body, of a fresh organisation, issued. */
    private static Owned certificate() {
        AuditPackages pack = AuditPackages.aPackage();
        String audit = pack.pushSubmitted();
        String id = Api.as(As.ADMIN).contentType("application/json").body(Map.of("outcome", "GRANT", "motivation", "Voldoet."))
                .post("/api/v1/audits/{id}/decision", audit).then().statusCode(200).extract().path("decision.certificate.id");
        return new Owned(Map.of("id", id), Map.of(Roles.CERTIFIER, As.CERTIFIER::token, Roles.MEMBER, () -> Fixtures.memberToken(pack.kvk())));
    }

    /** The objection of a fresh organisation to NVVK's refusal of its audit. */
    private static Owned objection() {
        AuditPackages pack = AuditPackages.aPackage();
        String audit = pack.pushSubmitted();
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("outcome", "REFUSE", "motivation", "Voldoet niet."))
                .post("/api/v1/audits/{id}/decision", audit).then().statusCode(200);
        String id = Api.withToken(Fixtures.memberToken(pack.kvk())).contentType("application/json").body(Map.of("grounds", "Onterecht geweigerd."))
                .post("/api/v1/audits/{id}/objections", audit).then().statusCode(201).extract().path("id");
        return new Owned(Map.of("id", id), Map.of(Roles.MEMBER, () -> Fixtures.memberToken(pack.kvk())));
    }

    /** Our body's subscription, inactive (it sends nothing; its target is on 127.0.0.1 all the same). */
    private static Owned webhookSubscription() {
        String id = Api.as(As.CERTIFIER).contentType("application/json").body(Map.of("targetUrl", "http://127.0.0.1:9/hook", "active", false))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("id");
        return new Owned(Map.of("id", id, "delivery", "0190f3a2-7c4e-7d2a-9b1c-2c3d4e5f6a7b"), Map.of(Roles.CERTIFIER, As.CERTIFIER::token));
    }

    /** The schedule of a fresh organisation our body audits (a submitted audit). */
    private static Owned schedule() {
        AuditPackages pack = AuditPackages.aPackage();
        pack.pushSubmitted();
        return new Owned(Map.of("kvkNumber", pack.kvk()), Map.of(Roles.CERTIFIER, As.CERTIFIER::token, Roles.MEMBER, () -> Fixtures.memberToken(pack.kvk())),
                "organisation.kvkNumber", pack.kvk());
    }

    /** A group NVVK set up of one fresh organisation. */
    private static Owned peerGroup() {
        String kvk = anOrganisation().register().kvk();
        String id = Api.as(As.ADMIN).contentType("application/json")
                .body(Map.of("name", "Kring " + kvk, "question", "Hoe?", "areas", List.of(4), "members", List.of(kvk))).post("/api/v1/peer-groups")
                .then().statusCode(201).extract().path("id");
        return new Owned(Map.of("id", id), Map.of(Roles.MEMBER, () -> Fixtures.memberToken(kvk)));
    }

    /** A meeting of such a group, the organisation taking part. */
    private static Owned peerMeeting() {
        Owned group = peerGroup();
        String kvk = Api.as(As.ADMIN).get("/api/v1/peer-groups/{id}", group.pathParameters().get("id")).then().extract().path("members[0].kvkNumber");
        String id = Api.as(As.ADMIN).contentType("application/json")
                .body(Map.of("heldOn", java.time.LocalDate.now().minusDays(1).toString(), "topic", "Casus", "participants", List.of(kvk)))
                .post("/api/v1/peer-groups/{id}/meetings", group.pathParameters().get("id")).then().statusCode(201).extract().path("id");
        return new Owned(Map.of("id", id), group.ownerTokens());
    }

    /** The organisation's reflection on such a meeting, shared with our body, which runs an audit of it. */
    private static Owned peerReflection() {
        AuditPackages pack = AuditPackages.aPackage();
        pack.push();
        String group = Api.as(As.ADMIN).contentType("application/json")
                .body(Map.of("name", "Kring " + pack.kvk(), "question", "Hoe?", "areas", List.of(4), "members", List.of(pack.kvk()))).post("/api/v1/peer-groups")
                .then().statusCode(201).extract().path("id");
        String meeting = Api.as(As.ADMIN).contentType("application/json")
                .body(Map.of("heldOn", java.time.LocalDate.now().minusDays(1).toString(), "topic", "Casus", "participants", List.of(pack.kvk())))
                .post("/api/v1/peer-groups/{id}/meetings", group).then().statusCode(201).extract().path("id");
        String id = Api.withToken(Fixtures.memberToken(pack.kvk())).contentType("application/json").body(Map.of("learned", "Geleerd"))
                .post("/api/v1/peer-meetings/{id}/reflections", meeting).then().statusCode(201).extract().path("id");
        Api.withToken(Fixtures.coordinatorToken(pack.kvk())).contentType("application/json").body(Map.of("certifyingBody", Fixtures.OUR_BODY))
                .post("/api/v1/peer-meetings/{id}/reflections/{reflection}/sharing", meeting, id).then().statusCode(200);
        return new Owned(Map.of("id", meeting, "reflection", id),
                Map.of(Roles.MEMBER, () -> Fixtures.memberToken(pack.kvk()), Roles.CERTIFIER, As.CERTIFIER::token), "id", id);
    }

    /** A draft self-assessment of a fresh organisation, its coordinator's, with a colleague's answers opened. */
    private static Owned colleaguesAnswers() {
        String kvk = anOrganisation().register().kvk();
        String id = Api.withToken(Fixtures.coordinatorToken(kvk)).contentType("application/json")
                .body(Map.of("framework", Map.of("code", "KWALITEITSKADER", "version", "1.1"))).post("/api/v1/self-assessments")
                .then().statusCode(201).extract().path("id");
        String colleague = Fixtures.colleagueToken(kvk, "anna");
        String response = Api.withToken(colleague).post("/api/v1/self-assessments/{id}/responses", id).then().statusCode(201).extract().path("id");
        return new Owned(Map.of("id", id, "response", response, "norm", "1.4", "area", "1"), Map.of(Roles.MEMBER, () -> colleague));
    }

    /** A draft self-assessment of a fresh organisation, read together by its coordinator. */
    private static Owned combinedAnswers() {
        Owned answers = colleaguesAnswers();
        String kvk = Api.withToken(answers.ownerTokens().get(Roles.MEMBER).get()).get("/api/v1/self-assessments/{id}", answers.pathParameters().get("id"))
                .then().statusCode(200).extract().path("organisation");
        return new Owned(answers.pathParameters(), Map.of(Roles.MEMBER, () -> Fixtures.coordinatorToken(kvk)));
    }

    /** A shared self-assessment of a fresh organisation that our body audits. */
    private static Owned selfAssessment() {
        AuditPackages pack = AuditPackages.aPackage();
        pack.push();
        String member = Fixtures.coordinatorToken(pack.kvk());
        String id = Api.withToken(member).contentType("application/json")
                .body(Map.of("framework", Map.of("code", "KWALITEITSKADER", "version", "1.1"))).post("/api/v1/self-assessments")
                .then().statusCode(201).extract().path("id");
        Api.withToken(member).contentType("application/json").header("If-Match", "\"0\"").body(Map.of("level", 2))
                .put("/api/v1/self-assessments/{id}/entries/{norm}", id, "1.4").then().statusCode(200);
        Api.withToken(member).post("/api/v1/self-assessments/{id}/sharing", id).then().statusCode(200);
        return new Owned(Map.of("id", id, "norm", "1.4", "area", "1"),
                Map.of(Roles.CERTIFIER, As.CERTIFIER::token, Roles.MEMBER, () -> Fixtures.memberToken(pack.kvk())));
    }

    /** The caller of another tenant, per role that has tenants. */
    private static final Map<String, As> OTHER_TENANT = Map.of(Roles.MEMBER, As.OTHER_MEMBER, Roles.CERTIFIER, As.OTHER_CERTIFIER);

    @Test
    void every_path_with_an_id_is_classified() {
        List<String> unclassified = CONTRACT.getPaths().keySet().stream()
                .filter(path -> path.startsWith("/api/") && path.contains("{"))
                .filter(path -> !TENANT_OWNED.containsKey(path) && !SHARED.contains(path) && !OWN_NAMESPACE.contains(path) && !NVVK_ONLY.contains(path))
                .toList();
        assertThat(unclassified).as("paths to classify as tenant-owned or shared in this test").isEmpty();
    }

    @Test
    void another_tenant_gets_404_from_every_operation_on_an_object_it_does_not_own() {
        Map<String, Set<String>> roles = rolesByOperation();
        List<String> tried = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        TENANT_OWNED.forEach((path, make) -> CONTRACT.getPaths().get(path).readOperationsMap().forEach((method, operation) -> {
            Owned owned = make.get();
            for (String role : owned.ownerTokens().keySet()) {
                if (!roles.getOrDefault(method + " " + path, Set.of()).contains(role)) {
                    continue; // the role may not call this operation at all: the role matrix expects 403 there
                }
                int status = send(Api.malformedAs(OTHER_TENANT.get(role)), method.name(), path, operation, owned);
                tried.add(method + " " + path + " as another " + role);
                if (status != 404) {
                    leaks.add(method + " " + path + " as another " + role + " answered " + status);
                }
                if (method.name().equals(HttpMethod.GET)) {
                    int own = send(Api.withToken(owned.ownerTokens().get(role).get()), method.name(), path, operation, owned);
                    assertThat(own).as(method + " " + path + " by its own " + role).isEqualTo(200);
                }
            }
        }));
        TENANT_OWNED.keySet().forEach(path -> assertThat(tried).as("operations tried on " + path).anyMatch(t -> t.contains(" " + path + " ")));
        assertThat(leaks).isEmpty();
    }

    @Test
    void another_tenant_never_finds_the_object_in_a_list() {
        Map<String, Set<String>> roles = rolesByOperation();
        List<String> tried = new ArrayList<>();
        TENANT_OWNED.forEach((path, make) -> {
            String list = path.substring(0, path.lastIndexOf("/{"));
            // A list under another object (a subscription's deliveries) is that object's: its 404 is tried above.
            if (list.contains("{") || CONTRACT.getPaths().get(list) == null || CONTRACT.getPaths().get(list).getGet() == null) {
                return;
            }
            Owned owned = make.get();
            String id = owned.listedValue();
            for (String role : owned.ownerTokens().keySet()) {
                if (roles.getOrDefault("GET " + list, Set.of()).contains(role)) {
                    assertThat(idsListed(list, OTHER_TENANT.get(role), owned.listedAs())).as("GET " + list + " as another " + role).doesNotContain(id);
                    assertThat(idsListed(list, owned.ownerTokens().get(role).get(), owned.listedAs())).as("GET " + list + " by its own " + role).contains(id);
                    tried.add(list);
                }
            }
        });
        assertThat(tried).as("lists tried").isNotEmpty();
    }

    /** Every id (the items' field {@code listedAs}) a caller can page through (bounded: 50 pages of 200). */
    private static List<String> idsListed(String list, Object caller, String listedAs) {
        return Pages.field(list, caller, Map.of(), listedAs, 50);
    }

    /** The operation as the contract's examples describe it, on the owned object. */
    private static int send(RequestSpecification request, String method, String path, Operation operation, Owned owned) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> "header".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired()) && p.getExample() != null)
                    .forEach(p -> request.header(p.getName(), String.valueOf(p.getExample())));
        }
        if (operation.getRequestBody() != null) {
            var media = operation.getRequestBody().getContent().get("application/json");
            Object example = media.getExample() != null ? media.getExample()
                    : CONTRACT.getComponents().getSchemas().get(media.getSchema().get$ref().replace("#/components/schemas/", "")).getExample();
            request.contentType("application/json").body(example);
        }
        // An operation that answers a document (a PDF) is asked for what it answers, as a client of it would.
        Set<String> answers = new java.util.TreeSet<>();
        operation.getResponses().values().forEach(response -> {
            if (response.getContent() != null) {
                answers.addAll(response.getContent().keySet());
            }
        });
        if (!answers.isEmpty() && !answers.contains("application/json")) {
            request.accept(String.join(", ", answers));
        }
        Map<String, String> parameters = new HashMap<>(owned.pathParameters());
        parameters.keySet().removeIf(name -> !path.contains("{" + name + "}"));
        return request.pathParams(parameters).request(method, path).then().extract().statusCode();
    }

    /** "GET /api/v1/organisations/{id}" → the roles its resource method admits, read from the resources themselves. */
    private static Map<String, Set<String>> rolesByOperation() {
        Map<String, Set<String>> roles = new HashMap<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.nvvk.keurmerk").stream()
                .filter(type -> type.isAnnotatedWith(Path.class))
                .map(type -> type.reflect())
                .forEach(resource -> {
                    for (Method method : resource.getDeclaredMethods()) {
                        String verb = Arrays.stream(method.getAnnotations())
                                .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(java.util.Objects::nonNull)
                                .map(HttpMethod::value).findFirst().orElse(null);
                        if (verb == null) {
                            continue;
                        }
                        Path sub = method.getAnnotation(Path.class);
                        String path = (resource.getAnnotation(Path.class).value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
                        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                                : resource.getAnnotation(RolesAllowed.class);
                        boolean open = method.isAnnotationPresent(PermitAll.class) || (allowed == null && resource.isAnnotationPresent(PermitAll.class));
                        roles.put(verb + " " + path, open ? Set.of(Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER)
                                : allowed == null ? Set.of() : Set.of(allowed.value()));
                    }
                });
        return roles;
    }
}
