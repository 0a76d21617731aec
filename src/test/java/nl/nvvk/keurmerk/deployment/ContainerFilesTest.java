package nl.nvvk.keurmerk.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.nvvk.keurmerk.testing.PackagedService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so the container files are checked as text and YAML (and by `docker compose
 * config` where a Compose v2 client is installed) for what breaks a `docker compose up` or a deployment:
 * floating images, missing health checks, a start order that does not wait for health, ports and
 * upstreams that disagree, settings the service needs but does not get, and secrets written into the files.
 */
class ContainerFilesTest {
    static final Path DOCKER = Path.of("docker");
    /** What every replica must be given: the service has no usable default for these in production. */
    static final Set<String> REQUIRED_SETTINGS = Set.of("KEURMERK_DB_URL", "KEURMERK_DB_USER", "KEURMERK_DB_PASSWORD", "KEURMERK_OIDC_URL",
            "KEURMERK_OIDC_AUDIENCE", "KEURMERK_CURSOR_KEY");
    private static final Pattern PINNED = Pattern.compile("^[a-z0-9./-]+(:[0-9]+[0-9A-Za-z._-]*)(@sha256:[0-9a-f]{64})?$|^[a-z0-9./-]+@sha256:[0-9a-f]{64}$");
    private static final Pattern INTERPOLATED_REQUIRED = Pattern.compile("^\\$\\{([A-Z_]+):\\?[^}]+}$");

    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void the_image_runs_as_a_non_root_user_on_a_pinned_base_with_a_health_check_on_readiness() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile.jvm"));
        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(dockerfile);
        assertThat(from.find()).isTrue();
        assertThat(from.group(1)).as("base image").matches(PINNED).doesNotContain(":latest");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
        assertThat(user.find()).isTrue();
        assertThat(user.group(1)).isNotIn("0", "root");
        assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK .*\\n?.*http://127\\.0\\.0\\.1:8080/q/health/ready").containsPattern("(?m)^EXPOSE 8080$");
    }

    @Test
    void the_image_starts_with_the_benchmarked_settings_and_the_aot_cache_trained_for_its_own_runtime() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile.jvm"));
        // What scripts/aot-cache.sh builds: the runtime the cache was trained on travels with it, and so do the jars.
        assertThat(dockerfile).containsPattern("(?m)^COPY target/runtime/ /opt/java/$")
                .containsPattern("(?m)^COPY --chown=185 target/quarkus-app/ /deployments/$")
                .containsPattern("(?m)^COPY --chown=185 docker/jvm.options /deployments/jvm.options$")
                .containsPattern("(?m)^WORKDIR /deployments$");
        // A cache the JVM would ignore (stale jars, another runtime) fails the build instead of slowing every start.
        assertThat(dockerfile).containsPattern("(?m)^USER 185\\n(#.*\\n)*RUN java @jvm.options -XX:-UsePerfData -XX:AOTCache=app.aot -XX:AOTMode=on -cp quarkus-run.jar -version$");
        Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]$").matcher(dockerfile);
        assertThat(entrypoint.find()).as("an exec-form ENTRYPOINT").isTrue();
        assertThat(Arrays.stream(entrypoint.group(1).split(",")).map(part -> part.trim().replace("\"", "")).toList())
                .as("the settings the benchmarks and the training run with (PackagedService), nothing besides")
                .containsExactly("java", "@" + PackagedService.JVM_OPTIONS.getFileName(), "-XX:AOTCache=app.aot", "-jar", "quarkus-run.jar");
        assertThat(dockerfile).doesNotContain("-Xmx").doesNotContain("JAVA_OPTS");
        List<String> options = Files.readAllLines(PackagedService.JVM_OPTIONS).stream().map(line -> line.replaceAll("#.*", "").trim())
                .filter(line -> !line.isEmpty()).toList();
        assertThat(options).as("the heap the container's memory limit is sized from").contains("-Xmx256m").allMatch(option -> option.startsWith("-"));
    }

    @Test
    void every_service_is_pinned_and_has_a_health_check() {
        services.forEach((name, service) -> {
            assertThat(service).as(name).containsKey("healthcheck");
            String image = (String) service.get("image");
            assertThat(image).as(name + " image").isNotNull().doesNotContain(":latest");
            if (!service.containsKey("build")) {
                assertThat(image).as(name + " image").matches(PINNED);
            }
        });
        assertThat((String) services.get("keycloak").get("image")).as("the Keycloak the tests run").endsWith(":" + keycloakVersionOfTheTests());
        assertThat((String) services.get("postgres").get("image")).as("the PostgreSQL the tests run")
                .startsWith("postgres:" + KubernetesManifestsTest.postgresVersionOfTheTests() + "-");
    }

    @Test
    @SuppressWarnings("unchecked")
    void two_replicas_start_once_the_database_and_keycloak_are_healthy_and_the_proxy_once_both_replicas_are() {
        List<String> replicas = replicas();
        assertThat(replicas).hasSizeGreaterThanOrEqualTo(2);
        for (String replica : replicas) {
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) services.get(replica).get("depends_on");
            assertThat(dependsOn).as(replica).containsOnlyKeys("postgres", "keycloak");
            dependsOn.values().forEach(condition -> assertThat(condition).containsEntry("condition", "service_healthy"));
            assertThat(healthcheck(replica)).contains("http://127.0.0.1:8080/q/health/ready");
        }
        Map<String, Map<String, String>> proxyDependsOn = (Map<String, Map<String, String>>) services.get("proxy").get("depends_on");
        assertThat(proxyDependsOn).containsOnlyKeys(replicas.toArray(String[]::new));
        proxyDependsOn.values().forEach(condition -> assertThat(condition).containsEntry("condition", "service_healthy"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_proxy_publishes_8080_and_sends_to_each_replica_on_the_port_it_listens_on() throws IOException {
        assertThat((List<String>) services.get("proxy").get("ports")).contains("8080:8080");
        String nginx = Files.readString(DOCKER.resolve("nginx.conf"));
        Set<String> upstreams = new TreeSet<>();
        Matcher server = Pattern.compile("(?m)^\\s*server\\s+([a-z0-9-]+):([0-9]+)").matcher(nginx);
        while (server.find()) {
            upstreams.add(server.group(1) + ":" + server.group(2));
        }
        assertThat(upstreams).containsExactlyInAnyOrderElementsOf(replicas().stream().map(replica -> replica + ":8080").toList());
        for (String replica : replicas()) {
            assertThat((List<String>) services.get(replica).get("expose")).contains("8080");
        }
        String realm = ((List<String>) services.get("keycloak").get("volumes")).get(0).split(":")[0];
        assertThat(DOCKER.resolve(realm)).as("the realm file Keycloak imports").isRegularFile();
    }

    @Test
    void every_replica_gets_every_setting_the_service_needs_and_no_secret_is_written_in_the_file() throws IOException {
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        REQUIRED_SETTINGS.forEach(setting -> assertThat(properties).as("the service reads " + setting).contains("${" + setting));
        String example = Files.readString(DOCKER.resolve(".env.example"));
        List<String> secrets = new ArrayList<>();
        for (String replica : replicas()) {
            Map<String, Object> environment = environment(replica);
            assertThat(environment.keySet()).as(replica).containsAll(REQUIRED_SETTINGS);
            collectSecrets(replica, environment, secrets);
        }
        services.forEach((name, service) -> {
            if (service.get("environment") instanceof Map<?, ?>) {
                collectSecrets(name, environment(name), secrets);
            }
        });
        assertThat(secrets).as("secrets as ${VAR:?…}, each in .env.example").isNotEmpty().allSatisfy(variable -> assertThat(example).contains(variable + "="));
        // The keys a cursor-key rotation replaced: optional, but from the environment like the key itself.
        for (String replica : replicas()) {
            assertThat(environment(replica)).as(replica).containsEntry("KEURMERK_PREVIOUS_CURSOR_KEYS", "${KEURMERK_PREVIOUS_CURSOR_KEYS:-}");
        }
        assertThat(example).contains("KEURMERK_PREVIOUS_CURSOR_KEYS=");
        assertThat(properties).contains("keurmerk.paging.previous-cursor-keys=${KEURMERK_PREVIOUS_CURSOR_KEYS:}");
    }

    /**
     * Compose's own check of the file: the compose specification, interpolation (with .env.example's
     * values), references between services. It needs a Compose v2 client, not an engine; without one it is
     * skipped (Debian's docker-compose 1.29 predates the specification this file follows).
     */
    @Test
    void docker_compose_accepts_the_file() {
        List<String> compose = composeClient();
        assumeTrue(compose != null, NO_COMPOSE);
        Composed checked = composeConfig(compose, DOCKER.resolve("compose.yaml"));
        assertThat(checked.exitCode()).as("docker compose config: " + checked.output()).isZero();
    }

    /** The check above can fail: the client refuses a service that depends on one that is not there. */
    @Test
    void docker_compose_refuses_a_file_whose_proxy_waits_for_a_replica_that_is_not_there(@TempDir Path directory) throws IOException {
        List<String> compose = composeClient();
        assumeTrue(compose != null, NO_COMPOSE);
        String file = Files.readString(DOCKER.resolve("compose.yaml"));
        assertThat(file).contains("      keurmerkregister-2:\n        condition: service_healthy");
        Path broken = directory.resolve("compose.yaml");
        Files.writeString(broken, file.replace("      keurmerkregister-2:\n        condition: service_healthy",
                "      keurmerkregister-3:\n        condition: service_healthy"));
        Composed checked = composeConfig(compose, broken);
        assertThat(checked.exitCode()).as(checked.output()).isNotZero();
        assertThat(checked.output()).contains("keurmerkregister-3");
    }

    private static final String NO_COMPOSE = "no Docker Compose v2 client on the PATH (docker compose, or docker-compose 2.x): `docker compose config` not run";

    private record Composed(int exitCode, String output) {
    }

    /** The command of a Compose v2 client on the PATH, or null. */
    private static List<String> composeClient() {
        if (Overlays.onPath("docker").isPresent() && run(List.of("docker", "compose", "version", "--short")).exitCode() == 0) {
            return List.of("docker", "compose");
        }
        if (Overlays.onPath("docker-compose").isPresent()) {
            Composed version = run(List.of("docker-compose", "version", "--short"));
            if (version.exitCode() == 0 && version.output().strip().matches("^v?2\\..*")) {
                return List.of("docker-compose");
            }
        }
        return null;
    }

    /** docker compose config on a file, its relative paths resolved from docker/ (as for the real file). */
    private static Composed composeConfig(List<String> compose, Path file) {
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of("-f", file.toString(), "--project-directory", DOCKER.toString(), "--env-file", DOCKER.resolve(".env.example").toString(),
                "config", "--quiet"));
        return run(command);
    }

    private static Composed run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Composed(-1, String.join(" ", command) + " did not finish within 60 s");
            }
            return new Composed(process.exitValue(), output);
        } catch (IOException e) {
            return new Composed(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Composed(-1, e.toString());
        }
    }

    /** A password or key must be interpolated from the environment (and fail when unset), never a literal. */
    private static void collectSecrets(String service, Map<String, Object> environment, List<String> secrets) {
        environment.forEach((name, value) -> {
            if (name.endsWith("PASSWORD") || name.endsWith("_KEY") || name.endsWith("SECRET")) {
                Matcher interpolated = INTERPOLATED_REQUIRED.matcher(String.valueOf(value));
                assertThat(interpolated.matches()).as(service + " " + name + " is interpolated, not written here: " + value).isTrue();
                secrets.add(interpolated.group(1));
            }
        });
    }

    private static List<String> replicas() {
        return services.entrySet().stream().filter(entry -> entry.getValue().containsKey("build")).map(Map.Entry::getKey).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }

    @SuppressWarnings("unchecked")
    private static String healthcheck(String service) {
        return String.join(" ", (List<String>) ((Map<String, Object>) services.get(service).get("healthcheck")).get("test"));
    }

    static String keycloakVersionOfTheTests() throws RuntimeException {
        try {
            Matcher version = Pattern.compile("(?m)^KEYCLOAK_VERSION=([0-9.]+)").matcher(Files.readString(DOCKER.resolve("keycloak/start-local.sh")));
            assertThat(version.find()).isTrue();
            return version.group(1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
