package nl.nvvk.keurmerk.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The database of the local run ({@code ./mvnw quarkus:dev -Plocal}): an embedded PostgreSQL whose
 * data directory lives in the working tree, so what you create survives a restart. Only on the
 * classpath with the {@code local} Maven profile; the production artifact never contains it.
 *
 * <p>It is a config source rather than a CDI bean because the data source needs its URL before any
 * bean exists. The server starts on the first read of the URL and stops when the JVM exits.
 */
public class LocalDatabase implements ConfigSource {
    /** Above application.properties (250), below environment variables and system properties. */
    private static final int ORDINAL = 275;
    private static final Set<String> PROPERTIES = Set.of(
            "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password");

    private static volatile String jdbcUrl;

    @Override
    public Set<String> getPropertyNames() {
        return externalDatabase() ? Set.of() : PROPERTIES;
    }

    @Override
    public String getValue(String propertyName) {
        if (externalDatabase()) {
            return null;
        }
        return switch (propertyName) {
            case "quarkus.datasource.jdbc.url" -> jdbcUrl();
            case "quarkus.datasource.username", "quarkus.datasource.password" -> "postgres";
            default -> null;
        };
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        getPropertyNames().forEach(name -> properties.put(name, getValue(name)));
        return properties;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "keurmerk-local-database";
    }

    private static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            int port = Integer.parseInt(setting("KEURMERK_LOCAL_DB_PORT", "54329"));
            Path dataDirectory = Path.of(setting("KEURMERK_LOCAL_DB_DIR", ".local/pgdata")).toAbsolutePath();
            // Dev mode loads this class once per class loader (build, then every live reload): the
            // server an earlier load started is still listening, so use it rather than start another.
            if (!listening(port)) {
                start(dataDirectory, port);
            }
            jdbcUrl = "jdbc:postgresql://127.0.0.1:%d/postgres".formatted(port);
        }
        return jdbcUrl;
    }

    private static void start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            // Kept open for the life of the JVM; zonky stops the server from its shutdown hook.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // zonky tunes for throw-away test databases; this one keeps your data, so write it safely.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            System.out.printf("Keurmerkregister local database: PostgreSQL on 127.0.0.1:%d, data in %s%n",
                    postgres.getPort(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local PostgreSQL in " + dataDirectory, e);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** KEURMERK_DB_URL points the local run at a PostgreSQL of your own instead. */
    private static boolean externalDatabase() {
        return !setting("KEURMERK_DB_URL", "").isBlank();
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
    }
}
