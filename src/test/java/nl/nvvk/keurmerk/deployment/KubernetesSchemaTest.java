package nl.nvvk.keurmerk.deployment;

import static nl.nvvk.keurmerk.deployment.Kustomize.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every object both overlays render, and every secret secret.template.yaml describes, checked against the
 * schemas the API server holds them to ({@link ManifestSchemas}): an unknown field, a wrong type or a
 * missing required field fails here, not at {@code kubectl apply} or, for a custom resource whose
 * unknown fields the API server silently drops, never.
 */
class KubernetesSchemaTest {
    private static final ManifestSchemas SCHEMAS = ManifestSchemas.load();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void every_object_the_overlay_renders_is_valid_against_its_schema(String overlay) {
        List<Map<String, Object>> objects = Overlays.render(overlay);
        assertThat(objects.stream().flatMap(object -> SCHEMAS.violations(object).stream()))
                .as("%s, rendered by %s", overlay, Overlays.renderer()).isEmpty();
        assertThat(objects).extracting(object -> object.get("kind")).contains("Deployment", "Cluster", "ObjectStore", "Keycloak", "PodMonitor");
    }

    @Test
    void every_secret_of_the_template_is_a_valid_secret() {
        List<Map<String, Object>> secrets = Kustomize.load(Path.of("k8s", "base", "secret.template.yaml"));
        assertThat(secrets).isNotEmpty().allSatisfy(secret -> assertThat(SCHEMAS.violations(secret)).isEmpty());
    }

    /** kustomize itself renders what the tests' renderer renders, so the fallback checks the objects that are deployed. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void kustomize_renders_the_overlay_as_the_tests_renderer_does(String overlay) {
        assumeTrue(Overlays.kubectl().isPresent(), "kubectl is not on the PATH: the tests render with their own Kustomize only");
        Map<String, Map<String, Object>> kustomize = byName(Kustomize.parse(Overlays.kustomize(Overlays.kubectl().get(), Overlays.directory(overlay))));
        assertThat(byName(Kustomize.render(Overlays.directory(overlay)))).isEqualTo(kustomize);
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> broken_manifests() {
        return Stream.of(
                broken("an unknown field of a container", "prod", "Deployment", "keurmerkregister",
                        deployment -> container(deployment).put("readinessprobe", Map.of("periodSeconds", 5)),
                        "Deployment keurmerkregister: spec.template.spec.containers[0].readinessprobe: unknown field"),
                broken("an unknown field in the metadata", "prod", "ConfigMap", "keurmerkregister",
                        configMap -> map(configMap, "metadata").put("label", Map.of("app", "x")),
                        "ConfigMap keurmerkregister: metadata.label: unknown field"),
                broken("a number where the schema wants an integer", "dev", "HorizontalPodAutoscaler", "keurmerkregister",
                        autoscaler -> map(autoscaler, "spec").put("minReplicas", "2"),
                        "HorizontalPodAutoscaler keurmerkregister: spec.minReplicas: string found, integer expected"),
                broken("a service port without its port", "prod", "Service", "keurmerkregister",
                        service -> ((List<Map<String, Object>>) map(service, "spec").get("ports")).get(0).remove("port"),
                        "Service keurmerkregister: spec.ports[0].port: required field missing"),
                broken("a kind at a version the schemas do not have", "prod", "HorizontalPodAutoscaler", "keurmerkregister",
                        autoscaler -> autoscaler.put("apiVersion", "autoscaling/v2beta2"),
                        "HorizontalPodAutoscaler keurmerkregister: no schema stored for autoscaling/v2beta2 HorizontalPodAutoscaler"),
                broken("a misspelt field of a custom resource, which the API server would drop", "prod", "Cluster", "keurmerk-db",
                        cluster -> ((List<Map<String, Object>>) map(cluster, "spec").get("plugins")).get(0).put("isWalArchiver", true),
                        "Cluster keurmerk-db: spec.plugins[0].isWalArchiver: unknown field"),
                broken("the in-tree backup's retention on the object store's configuration", "prod", "ObjectStore", "keurmerk-db-backups",
                        store -> map(map(store, "spec"), "configuration").put("retentionPolicy", "30d"),
                        "ObjectStore keurmerk-db-backups: spec.configuration.retentionPolicy: unknown field"),
                broken("a string where a custom resource wants an integer", "dev", "Cluster", "keurmerk-db",
                        cluster -> map(cluster, "spec").put("instances", "1"),
                        "Cluster keurmerk-db: spec.instances: string found, integer expected"),
                broken("a scheduled backup without a schedule", "prod", "ScheduledBackup", "keurmerk-db-nightly",
                        backup -> map(backup, "spec").remove("schedule"),
                        "ScheduledBackup keurmerk-db-nightly: spec.schedule: required field missing"),
                broken("a value outside a custom resource's enum", "prod", "ScheduledBackup", "keurmerk-db-nightly",
                        backup -> map(backup, "spec").put("method", "barmanObjectstore"),
                        "ScheduledBackup keurmerk-db-nightly: spec.method: does not have a value in the enumeration"),
                broken("an unknown field of a realm", "prod", "KeycloakRealmImport", "keurmerkregister-realm",
                        realmImport -> map(map(realmImport, "spec"), "realm").put("bruteForceProtection", true),
                        "KeycloakRealmImport keurmerkregister-realm: spec.realm.bruteForceProtection: unknown field"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void broken_manifests(String what, String overlay, String kind, String name, Consumer<Map<String, Object>> breakIt, String expected) {
        Map<String, Object> object = object(overlay, kind, name);
        assertThat(SCHEMAS.violations(object)).as("%s %s as rendered", kind, name).isEmpty();
        breakIt.accept(object);
        assertThat(SCHEMAS.violations(object)).as(what).anySatisfy(violation -> assertThat(violation).startsWith(expected));
    }

    /** What the API server takes besides the obvious: both forms of an int-or-string and of a quantity, and unknown fields where the schema keeps them. */
    @Test
    @SuppressWarnings("unchecked")
    void int_or_string_quantities_and_fields_the_schema_preserves_are_taken() {
        Map<String, Object> service = object("prod", "Service", "keurmerkregister");
        ((List<Map<String, Object>>) map(service, "spec").get("ports")).get(0).put("targetPort", 8080);
        assertThat(SCHEMAS.violations(service)).isEmpty();

        Map<String, Object> deployment = object("prod", "Deployment", "keurmerkregister");
        map(map(container(deployment), "resources"), "requests").put("cpu", 1);
        map(map(container(deployment), "resources"), "limits").put("cpu", "1500m");
        assertThat(SCHEMAS.violations(deployment)).isEmpty();

        Map<String, Object> realmImport = object("prod", "KeycloakRealmImport", "keurmerkregister-realm");
        map(map(realmImport, "spec"), "realm").put("clientPolicies", Map.of("policies", List.of(Map.of("name", "any", "whatever", true))));
        assertThat(SCHEMAS.violations(realmImport)).isEmpty();
    }

    /** The restore the runbook has an operator apply: a Cluster CloudNativePG takes, recovering through the plugin from where the backups go. */
    @Test
    @SuppressWarnings("unchecked")
    void the_runbooks_restore_is_a_valid_cluster_that_recovers_from_the_backups() throws IOException {
        String runbook = Files.readString(Path.of("docs", "runbook.md"));
        String section = runbook.substring(runbook.indexOf("## Back up and restore"));
        section = section.substring(0, section.indexOf("\n## "));
        Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(block.find()).as("a YAML block in the runbook's backup and restore section").isTrue();
        Map<String, Object> restore = Kustomize.parse(block.group(1).stripIndent()).get(0);
        assertThat(SCHEMAS.violations(restore)).isEmpty();

        Map<String, Object> spec = map(restore, "spec");
        String source = (String) map(map(spec, "bootstrap"), "recovery").get("source");
        Map<String, Object> archive = ((List<Map<String, Object>>) spec.get("externalClusters")).stream()
                .filter(cluster -> source.equals(cluster.get("name"))).findFirst().orElseThrow();
        Map<String, Object> plugin = map(archive, "plugin");
        assertThat(plugin).containsEntry("name", KubernetesManifestsTest.BARMAN_CLOUD);
        Map<String, Object> cluster = object("prod", "Cluster", "keurmerk-db");
        String store = (String) map(((List<Map<String, Object>>) map(cluster, "spec").get("plugins")).get(0), "parameters").get("barmanObjectName");
        assertThat(map(plugin, "parameters")).as("the production cluster's archive")
                .containsEntry("barmanObjectName", store).containsEntry("serverName", name(cluster));
        assertThat(spec).as("a restored cluster must not archive into the archive it reads").doesNotContainKey("plugins");
    }

    @Test
    void there_is_a_schema_for_every_kind_the_deployment_uses() {
        assertThat(SCHEMAS.kinds()).contains("v1 ConfigMap", "v1 Secret", "v1 Service", "apps/v1 Deployment", "networking.k8s.io/v1 Ingress",
                "networking.k8s.io/v1 NetworkPolicy", "autoscaling/v2 HorizontalPodAutoscaler", "policy/v1 PodDisruptionBudget",
                "postgresql.cnpg.io/v1 Cluster", "postgresql.cnpg.io/v1 Database", "postgresql.cnpg.io/v1 ScheduledBackup",
                "barmancloud.cnpg.io/v1 ObjectStore", "k8s.keycloak.org/v2alpha1 Keycloak", "k8s.keycloak.org/v2alpha1 KeycloakRealmImport",
                "monitoring.coreos.com/v1 PodMonitor", "monitoring.coreos.com/v1 PrometheusRule");
    }

    private static Arguments broken(String what, String overlay, String kind, String name, Consumer<Map<String, Object>> breakIt, String expected) {
        return Arguments.of(what, overlay, kind, name, breakIt, expected);
    }

    private static Map<String, Object> object(String overlay, String kind, String name) {
        List<Map<String, Object>> found = Overlays.render(overlay).stream()
                .filter(object -> kind.equals(object.get("kind")) && name.equals(name(object))).toList();
        assertThat(found).as("%s %s in %s", kind, name, overlay).hasSize(1);
        return found.get(0);
    }

    private static Map<String, Map<String, Object>> byName(List<Map<String, Object>> objects) {
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        objects.forEach(object -> byName.put(object.get("apiVersion") + " " + object.get("kind") + " "
                + Kustomize.metadata(object).get("namespace") + "/" + name(object), object));
        assertThat(byName).as("objects named twice").hasSameSizeAs(objects);
        return byName;
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        return Kustomize.containers(deployment).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }
}
