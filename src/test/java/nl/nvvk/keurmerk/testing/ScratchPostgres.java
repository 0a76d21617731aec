package nl.nvvk.keurmerk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;

/**
 * An embedded PostgreSQL of its own, on a new data directory in the system's temporary folder that is
 * removed when it is closed, also when the server did not stop cleanly (the embedded database removes
 * it only then). Each benchmark and the AOT training start one; the Quarkus tests share
 * {@link TestEnvironment}'s.
 */
public final class ScratchPostgres implements AutoCloseable {
    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;

    private ScratchPostgres(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
    }

    /** Started with the server settings {@code settings} adds to the embedded defaults. */
    public static ScratchPostgres start(UnaryOperator<EmbeddedPostgres.Builder> settings) throws IOException {
        Path data = Files.createTempDirectory("keurmerk-pgdata-");
        try {
            return new ScratchPostgres(data, settings.apply(EmbeddedPostgres.builder().setDataDirectory(data)).start());
        } catch (IOException | RuntimeException e) {
            delete(data);
            throw e;
        }
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            delete(dataDirectory);
        }
    }

    /** Everything under {@code directory}, deepest first; what cannot be removed stays in the temporary folder. */
    static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // left to the system's temporary folder
        }
    }
}
