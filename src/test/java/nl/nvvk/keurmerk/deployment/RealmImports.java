package nl.nvvk.keurmerk.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The KeycloakRealmImport of each overlay, made from docker/keycloak's realm file so the two never
 * drift: dev takes it whole (demo users and secrets); prod drops the people (keeping the service
 * accounts, which carry the system clients' roles) and reads each confidential client's secret from
 * the Secret keurmerkregister-client-secrets through the operator's placeholders.
 */
final class RealmImports {
    static final Path REALM = Path.of("docker", "keycloak", "keurmerkregister-realm.json");
    static final String CLIENT_SECRETS = "keurmerkregister-client-secrets";
    static final String PORTAL = "keurmerk-portal";
    static final String PORTAL_URL = "https://portaal.nvvk.example";
    /** The development cluster's portal (KEURMERK_CORS_ORIGINS of the dev overlay). */
    static final String DEV_PORTAL_URL = "https://portaal.dev.nvvk.example";
    /** For the people who sign in: NVVK staff may do everything, so guessing is locked out and passwords are long. */
    static final String PASSWORD_POLICY = "length(12) and maxLength(128) and notUsername and notEmail and passwordHistory(5)";
    /** Clients the demo realm has for the tests only. */
    static final List<String> TEST_ONLY_CLIENTS = List.of("nvvk-reporting");

    private RealmImports() {
    }

    @SuppressWarnings("unchecked")
    static String generate(String overlay) {
        Map<String, Object> realm;
        try {
            realm = new ObjectMapper().readValue(REALM.toFile(), LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("keycloakCRName", "keurmerk-keycloak");
        if (overlay.equals("dev")) {
            for (Map<String, Object> client : (List<Map<String, Object>>) realm.get("clients")) {
                if (PORTAL.equals(client.get("clientId"))) {
                    // The dev cluster's portal signs people in too, beside a portal on the developer's machine.
                    List<String> redirects = new ArrayList<>((List<String>) client.get("redirectUris"));
                    redirects.add(DEV_PORTAL_URL + "/*");
                    client.put("redirectUris", redirects);
                    List<String> origins = new ArrayList<>((List<String>) client.get("webOrigins"));
                    origins.add(DEV_PORTAL_URL);
                    client.put("webOrigins", origins);
                }
            }
        }
        if (overlay.equals("prod")) {
            realm.put("displayName", "NVVK Keurmerkregister");
            // Five wrong passwords lock an account for a minute, growing to fifteen; no permanent lockout, which would
            // let anyone lock NVVK's staff out by guessing on purpose.
            realm.put("bruteForceProtected", true);
            realm.put("permanentLockout", false);
            realm.put("failureFactor", 5);
            realm.put("waitIncrementSeconds", 60);
            realm.put("maxFailureWaitSeconds", 900);
            realm.put("maxDeltaTimeSeconds", 43_200);
            realm.put("passwordPolicy", PASSWORD_POLICY);
            // The demo's test client of another application (its tokens name another audience) has no place in production.
            List<Map<String, Object>> clients = (List<Map<String, Object>>) realm.get("clients");
            realm.put("clients", new ArrayList<>(clients.stream().filter(client -> !TEST_ONLY_CLIENTS.contains(client.get("clientId"))).toList()));
            List<Map<String, Object>> users = (List<Map<String, Object>>) realm.get("users");
            realm.put("users", new ArrayList<>(users.stream().filter(user -> user.containsKey("serviceAccountClientId"))
                    .filter(user -> !TEST_ONLY_CLIENTS.contains(user.get("serviceAccountClientId"))).toList()));
            for (Map<String, Object> client : (List<Map<String, Object>>) realm.get("clients")) {
                if (PORTAL.equals(client.get("clientId"))) {
                    // The portal logs people in through the browser (authorization code), never with their password sent by it.
                    client.put("directAccessGrantsEnabled", false);
                    client.put("redirectUris", List.of(PORTAL_URL + "/*"));
                    client.put("webOrigins", List.of(PORTAL_URL));
                    client.put("description", "Public client for the NVVK portal frontends: authorization code with PKCE.");
                }
            }
            Map<String, Object> placeholders = new LinkedHashMap<>();
            for (Map<String, Object> client : (List<Map<String, Object>>) realm.get("clients")) {
                if (client.containsKey("secret")) {
                    String clientId = (String) client.get("clientId");
                    String placeholder = clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET";
                    client.put("secret", "${" + placeholder + "}");
                    // Ordered maps throughout: the file must come out the same on every run.
                    Map<String, Object> secret = new LinkedHashMap<>();
                    secret.put("name", CLIENT_SECRETS);
                    secret.put("key", clientId);
                    placeholders.put(placeholder, Map.of("secret", secret));
                }
            }
            spec.put("placeholders", placeholders);
        }
        spec.put("realm", realm);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        document.put("kind", "KeycloakRealmImport");
        document.put("metadata", Map.of("name", "keurmerkregister-realm"));
        document.put("spec", spec);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(200);
        return "# Generated from docker/keycloak/keurmerkregister-realm.json by KubernetesManifestsTest ("
                + (overlay.equals("prod") ? "without the demo users; client secrets from " + CLIENT_SECRETS : "the demo realm, whole")
                + "); do not edit: change the realm file, run the test and copy target/k8s/" + overlay + "/realm-import.yaml here.\n"
                + new Yaml(options).dump(document);
    }
}
