package nl.nvvk.keurmerk.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * What every Quarkus test runs against: a real PostgreSQL 17 (embedded, on a free port, once per
 * JVM) and bearer tokens verified against a key only the tests hold.
 */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedPostgres postgres;

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
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:%d/postgres".formatted(postgres.getPort()),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                // Tokens are verified with the tests' own key; no Keycloak is contacted.
                "quarkus.oidc.auth-server-url", "",
                "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(Tokens.publicKey().getEncoded()),
                "quarkus.oidc.token.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
        // Kept for the next test profile in this JVM; closed by the shutdown hook.
    }
}
