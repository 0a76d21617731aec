package nl.nvvk.keurmerk.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * What every Quarkus test runs against: a real PostgreSQL 17 (embedded, on a free port, once per
 * JVM) and bearer tokens verified against a key only the tests hold.
 */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedPostgres postgres;
    private static Path dataDirectory;
    private static int port;
    /** Failsafe's end-to-end tests run the packaged jar against a real Keycloak; see pom.xml. */
    private final boolean realKeycloak = Boolean.getBoolean("keurmerk.e2e");

    /** The end-to-end suite's replicas send webhooks to a receiver of its own on 127.0.0.1 (production sends only to public https). */
    public static final Map<String, String> WEBHOOKS_TO_LOOPBACK = Map.of("keurmerk.webhooks.require-https", "false",
            "keurmerk.webhooks.allow-private-targets", "true", "keurmerk.webhooks.every", "PT0.1S");

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null) {
            try {
                dataDirectory = Files.createTempDirectory("keurmerk-test-pgdata-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            startDatabase();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopDatabase();
                ScratchPostgres.delete(dataDirectory);
            }));
        }
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:%d/postgres".formatted(port),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                // The packaged jar of the end-to-end tests runs in the prod profile: keep it on loopback, give it a cursor key.
                "quarkus.http.host", "127.0.0.1",
                "keurmerk.paging.cursor-key", "end-to-end-cursor-key-not-a-secret-001"));
        if (realKeycloak) {
            LocalKeycloak.start();
            config.put("quarkus.oidc.auth-server-url", LocalKeycloak.REALM_URL);
            // The end-to-end suite shows the milestone job acting once across two replicas: let Quartz fire often.
            config.put("keurmerk.schedule.milestones-every", "1s");
            // ... and webhooks go to the suite's receiver on 127.0.0.1, which production would refuse.
            config.putAll(WEBHOOKS_TO_LOOPBACK);
        } else {
            // Tokens are verified with the tests' own key; no Keycloak is contacted.
            config.put("quarkus.oidc.auth-server-url", "");
            config.put("quarkus.oidc.public-key", Base64.getEncoder().encodeToString(Tokens.publicKey().getEncoded()));
            config.put("quarkus.oidc.token.issuer", Tokens.ISSUER);
        }
        return config;
    }

    /**
     * Starts the database, or starts it again after {@link #stopDatabase()}: same port, same data
     * directory, so what the tests stored before is still there.
     */
    public static synchronized void startDatabase() {
        if (postgres != null) {
            return;
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            if (port != 0) {
                builder.setPort(port);
            }
            postgres = builder.start();
            port = postgres.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** The port of the tests' PostgreSQL, for a second replica the end-to-end suite starts itself. */
    public static synchronized int databasePort() {
        return port;
    }

    /** Stops the database under the running service, as an outage would. */
    public static synchronized void stopDatabase() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not stop", e);
        } finally {
            postgres = null;
        }
    }

    @Override
    public void stop() {
        // PostgreSQL is kept for the next test profile in this JVM and closed by the shutdown hook.
        if (realKeycloak) {
            LocalKeycloak.stop();
        }
    }
}
