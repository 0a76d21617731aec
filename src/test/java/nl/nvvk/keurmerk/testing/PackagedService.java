package nl.nvvk.keurmerk.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged service (target/quarkus-app) as the benchmarks start it: its own process, in its prod
 * profile as a pod runs it, with the production image's JVM settings (docker/jvm.options: a 256 MB
 * heap and its collector), on a given PostgreSQL, with the tests' token key. The JVM is the one
 * running the caller, or the one -Dbench.java names (the image's runtime, target/runtime/bin/java).
 */
public final class PackagedService implements AutoCloseable {
    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** The production image's JVM settings, given to java as an argument file as the image does. */
    public static final Path JVM_OPTIONS = Path.of("docker", "jvm.options");
    /** How often readiness is asked while starting: fine enough to measure start-up by. */
    private static final Duration POLL = Duration.ofMillis(10);

    private final Process process;
    private final Path log;
    public final String base;
    /** From the start of the process until it answered ready. */
    public final Duration readyAfter;

    private PackagedService(Process process, Path log, String base, Duration readyAfter) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.readyAfter = readyAfter;
    }

    /**
     * Starts the service and waits until it is ready.
     *
     * @param settings further system properties, such as "keurmerk.rate-limit.write.requests=1000000"
     */
    public static PackagedService start(Path log, int databasePort, List<String> settings) throws Exception {
        return start(log, databasePort, settings, List.of());
    }

    /**
     * Starts the service with further JVM options, such as -XX:AOTCache=target/quarkus-app/app.aot,
     * and waits until it is ready.
     */
    public static PackagedService start(Path log, int databasePort, List<String> settings, List<String> jvmOptions) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "@" + JVM_OPTIONS.toAbsolutePath()));
        command.addAll(jvmOptions);
        // e.g. -Dbench.service-jvm-args=-XX:StartFlightRecording=filename=target/bench/push.jfr to see where the time goes
        String extra = System.getProperty("bench.service-jvm-args", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of(
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:%d/postgres".formatted(databasePort),
                "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.datasource.password=postgres",
                "-Dquarkus.oidc.auth-server-url=",
                "-Dquarkus.oidc.public-key=" + Base64.getEncoder().encodeToString(Tokens.publicKey().getEncoded()),
                "-Dquarkus.oidc.token.issuer=" + Tokens.ISSUER,
                "-Dkeurmerk.paging.cursor-key=benchmark-cursor-key-not-a-secret-0001"));
        settings.forEach(setting -> command.add("-D" + setting));
        command.addAll(List.of("-jar", JAR.toString()));
        Files.createDirectories(log.getParent());
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitReady(process, log, "http://127.0.0.1:" + port);
        return new PackagedService(process, log, "http://127.0.0.1:" + port, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The JVM the service runs on: -Dbench.java, else the caller's own. */
    public static String java() {
        String java = System.getProperty("bench.java", "");
        return java.isBlank() ? ProcessHandle.current().info().command().orElse("java") : Path.of(java).toAbsolutePath().toString();
    }

    public Process process() {
        return process;
    }

    private static void awaitReady(Process process, Path log, String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("The service was not ready within 120 s; see " + log);
    }

    /**
     * With -Dbench.profiler=/path/to/libasyncProfiler.so, loads async-profiler into the service through
     * jcmd with this command (again for each one), such as "start,event=cpu,interval=1ms"; nothing without.
     */
    public void profile(String command) throws Exception {
        String profiler = System.getProperty("bench.profiler", "");
        if (profiler.isBlank()) {
            return;
        }
        jcmd("JVMTI.agent_load", profiler, "\"" + command + "\"");
    }

    /** VmHWM of the service's process (Linux), else "n/a". */
    public String peakResident() {
        return status("VmHWM:");
    }

    /** VmRSS of the service's process now (Linux), else "n/a". */
    public String resident() {
        return status("VmRSS:");
    }

    /** VmRSS now and what it is made of: anonymous memory (heap, JIT, metaspace, stacks) and mapped files (the AOT cache, jars). */
    public String residentParts() {
        return "%s (anonymous %s, files %s)".formatted(status("VmRSS:"), status("RssAnon:"), status("RssFile:"));
    }

    private String status(String field) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith(field)).map(line -> line.substring(field.length()).trim()).findFirst().orElse("n/a");
        } catch (IOException notLinux) {
            return "n/a";
        }
    }

    /** Bytes in use, as the service's metrics report them, of the heap's pools that {@code pool} admits (their names, such as "PS Old Gen"). */
    public double heapBytes(Predicate<String> pool) throws Exception {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(line -> line.startsWith("jvm_memory_used_bytes{area=\"heap\""))
                .filter(line -> pool.test(line.substring(line.indexOf("id=\"") + 4, line.indexOf('"', line.indexOf("id=\"") + 4))))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /**
     * What the JVM has committed, by its own account, per area ("Java Heap 262144KB, Class 61234KB, …"),
     * when the service runs with -XX:NativeMemoryTracking=summary; else "n/a".
     */
    public String nativeMemory() throws Exception {
        String out = jcmd("VM.native_memory", "summary", "scale=KB");
        if (!out.contains("committed=")) {
            return "n/a";
        }
        return out.lines().filter(line -> line.startsWith("-") || line.startsWith("Total"))
                .map(line -> line.replaceFirst("^-\\s*", "").replaceFirst("\\s*\\(reserved=\\d+KB, committed=(\\d+)KB.*", " $1KB"))
                .filter(line -> !line.endsWith(" 0KB")).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The heap in use right after a full collection (jcmd GC.run): what the service holds live. */
    public double liveHeapBytes() throws Exception {
        jcmd("GC.run");
        return heapBytes(pool -> true);
    }

    /** The classes with the most bytes on the heap (jcmd GC.class_histogram, which collects first): "count bytes class" lines. */
    public List<String> heapHistogram(int classes) throws Exception {
        return jcmd("GC.class_histogram").lines().filter(line -> line.matches("\\s*\\d+:.*")).limit(classes)
                .map(line -> line.replaceFirst("^\\s*\\d+:\\s*", "").trim()).toList();
    }

    /** What jcmd, of the JVM the service runs on, answers to this diagnostic command for the service (bounded: 60 s). */
    private String jcmd(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(java()).resolveSibling("jcmd").toString(), String.valueOf(process.pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " did not finish within 60 s");
        }
        return out;
    }

    /** The heap in use as the service's metrics report it. */
    public String heapUsed() throws Exception {
        return "%.0f MB".formatted(heapBytes(pool -> true) / 1024 / 1024);
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(30));
    }

    /** Stops the service as a pod is stopped (SIGTERM), killing it only after {@code patience}. */
    public void stop(Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
