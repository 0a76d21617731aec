package nl.nvvk.keurmerk.deployment;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The overlays of k8s/ as they are deployed: rendered by kustomize itself ({@code kubectl kustomize})
 * where kubectl is on the PATH, else by the tests' {@link Kustomize}, so that a machine without kubectl
 * still runs every check on the same objects.
 */
final class Overlays {
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static Path directory(String overlay) {
        return Path.of("k8s", "overlays", overlay);
    }

    /** The overlay's objects, fresh maps on every call (tests may change them). */
    static List<Map<String, Object>> render(String overlay) {
        return kubectl().map(kubectl -> Kustomize.parse(RENDERED.computeIfAbsent(overlay, name -> kustomize(kubectl, directory(name)))))
                .orElseGet(() -> Kustomize.render(directory(overlay)));
    }

    /** Which renderer {@link #render} uses here, for messages. */
    static String renderer() {
        return kubectl().map(kubectl -> "kubectl kustomize (" + kubectl + ")").orElse("the tests' Kustomize (no kubectl on the PATH)");
    }

    static Optional<Path> kubectl() {
        return onPath("kubectl");
    }

    /** An executable of that name in a directory of the PATH, as a shell would find it. */
    static Optional<Path> onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, executable)).filter(Files::isExecutable).findFirst();
    }

    /** What kustomize renders of the directory, as YAML. */
    static String kustomize(Path kubectl, Path directory) {
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", directory.toString())
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + directory + " failed: " + err);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
