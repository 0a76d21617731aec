package nl.nvvk.keurmerk.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * What every Quarkus test runs against: a real PostgreSQL 17 (embedded, on a free port, once per
 * JVM) and bearer tokens verified against a key only the tests hold.
 */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedPostgres postgres;
    /** Failsafe's end-to-end tests run the packaged jar against a real Keycloak; see pom.xml. */
    private final boolean realKeycloak = Boolean.getBoolean("keurmerk.e2e");

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the data directory is temporary
                }
            }));
        }
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:%d/postgres".formatted(postgres.getPort()),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                // The packaged jar of the end-to-end tests runs in the prod profile: keep it on loopback.
                "quarkus.http.host", "127.0.0.1"));
        if (realKeycloak) {
            LocalKeycloak.start();
            config.put("quarkus.oidc.auth-server-url", LocalKeycloak.REALM_URL);
        } else {
            // Tokens are verified with the tests' own key; no Keycloak is contacted.
            config.put("quarkus.oidc.auth-server-url", "");
            config.put("quarkus.oidc.public-key", Base64.getEncoder().encodeToString(Tokens.publicKey().getEncoded()));
            config.put("quarkus.oidc.token.issuer", Tokens.ISSUER);
        }
        return config;
    }

    @Override
    public void stop() {
        // PostgreSQL is kept for the next test profile in this JVM and closed by the shutdown hook.
        if (realKeycloak) {
            LocalKeycloak.stop();
        }
    }
}
