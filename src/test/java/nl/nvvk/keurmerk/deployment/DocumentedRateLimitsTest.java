package nl.nvvk.keurmerk.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The rate limits the integration guide tells certifying bodies are the ones each deployment sets:
 * read from application.properties (the defaults and the local run's), the rendered Kubernetes
 * overlays (ConfigMap, autoscaler, the edge's limit) and docker/compose.yaml, so neither can drift.
 */
class DocumentedRateLimitsTest {
    private static final Path GUIDE = Path.of("docs", "integration-guide.md");
    private static final List<String> BUDGETS = List.of("public-read", "authenticated-read", "write");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| [^|]*\\(`([^`]+)`\\) \\| ([^|]+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$");

    @Test
    void the_guide_states_the_budgets_and_replicas_of_every_deployment() throws IOException {
        String properties = Files.readString(Path.of("src", "main", "resources", "application.properties"));
        Map<String, List<String>> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(section(Files.readString(GUIDE), "## 12. Rate limits"));
        while (row.find()) {
            documented.put(row.group(1), List.of(row.group(2).strip(), row.group(3), row.group(4), row.group(5)));
        }

        Map<String, List<String>> configured = new LinkedHashMap<>();
        for (String overlay : List.of("prod", "dev")) {
            List<Map<String, Object>> documents = Kustomize.render(Path.of("k8s", "overlays", overlay));
            Map<String, Object> settings = map(one(documents, "ConfigMap", "keurmerkregister"), "data");
            Map<String, Object> autoscaler = map(one(documents, "HorizontalPodAutoscaler", "keurmerkregister"), "spec");
            configured.put("k8s/overlays/" + overlay, row(autoscaler.get("minReplicas") + " to " + autoscaler.get("maxReplicas"), properties, settings, ""));
        }
        Map<String, Map<String, Object>> services = services();
        List<String> replicas = services.keySet().stream().filter(name -> services.get(name).containsKey("build")).toList();
        for (String replica : replicas) {
            configured.put("docker/compose.yaml", row(String.valueOf(replicas.size()), properties, map(services.get(replica), "environment"), ""));
        }
        configured.put("./mvnw quarkus:dev -Plocal", row("1", properties, Map.of(), "%dev."));

        assertThat(documented).as("the table in " + GUIDE + ", section 12").isEqualTo(configured);
    }

    @Test
    void the_guide_states_the_edge_limit_of_the_public_prefix() throws IOException {
        for (String overlay : List.of("prod", "dev")) {
            Map<String, Object> annotations = map(map(one(Kustomize.render(Path.of("k8s", "overlays", overlay)), "Ingress", "keurmerkregister-public"),
                    "metadata"), "annotations");
            int perSecond = Integer.parseInt((String) annotations.get("nginx.ingress.kubernetes.io/limit-rps"));
            int burst = perSecond * Integer.parseInt((String) annotations.get("nginx.ingress.kubernetes.io/limit-burst-multiplier"));
            assertThat(section(Files.readString(GUIDE), "## 12. Rate limits").replaceAll("\\s+", " ")).as(overlay)
                    .contains("to " + perSecond + " requests a second per client address (bursts of " + burst + ")");
        }
    }

    /**
     * A deployment's row: its replicas, then per budget the requests a minute it sets (its environment, else the
     * properties' value for the profile, else their default). The guide says "a minute": every window must be one.
     */
    private static List<String> row(String replicas, String properties, Map<String, Object> environment, String profile) {
        List<String> row = new java.util.ArrayList<>(List.of(replicas));
        for (String budget : BUDGETS) {
            row.add(setting(properties, environment, profile, "keurmerk.rate-limit." + budget + ".requests"));
            assertThat(setting(properties, environment, profile, "keurmerk.rate-limit." + budget + ".window")).as(budget + " window").isIn("1m", "60s");
        }
        return row;
    }

    private static String setting(String properties, Map<String, Object> environment, String profile, String property) {
        Matcher profiled = Pattern.compile("(?m)^" + Pattern.quote(profile + property) + "=(.*)$").matcher(properties);
        Matcher plain = Pattern.compile("(?m)^" + Pattern.quote(property) + "=(.*)$").matcher(properties);
        String value = !profile.isEmpty() && profiled.find() ? profiled.group(1).strip() : plain.find() ? plain.group(1).strip() : null;
        assertThat(value).as(property + " in application.properties").isNotNull();
        Matcher variable = Pattern.compile("^\\$\\{([A-Z_]+):([^}]*)}$").matcher(value);
        if (!variable.matches()) {
            return value;
        }
        Object set = environment.get(variable.group(1));
        return set == null ? variable.group(2) : String.valueOf(set);
    }

    private static String section(String text, String heading) {
        int start = text.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = text.indexOf("\n## ", start + heading.length());
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker", "compose.yaml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    private static Map<String, Object> one(List<Map<String, Object>> documents, String kind, String name) {
        List<Map<String, Object>> found = documents.stream().filter(d -> kind.equals(d.get("kind")) && name.equals(Kustomize.name(d))).toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent.get(key)).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) parent.get(key);
    }
}
