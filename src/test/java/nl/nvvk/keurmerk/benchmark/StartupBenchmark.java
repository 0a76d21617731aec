package nl.nvvk.keurmerk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nl.nvvk.keurmerk.testing.PackagedService;
import nl.nvvk.keurmerk.testing.ScratchPostgres;
import org.junit.jupiter.api.Test;

/**
 * Start to ready and resident memory of the packaged service as the production image runs it: on
 * the image's runtime (target/runtime, -Dbench.java), with its settings (docker/jvm.options), with
 * and without the AOT cache it starts with (target/quarkus-app/app.aot), both built by
 * scripts/aot-cache.sh. A benchmark, not a test: run it with {@code bench/startup.sh}.
 *
 * <p>Start to ready is from the start of the process until /q/health/ready first answers 200 (asked
 * every 10 ms): on an empty register (migrations already applied, as any restart finds them), then
 * with 100,000 certificates that the service reads into its public register before it is ready.
 * Each is started several times; the minimum, median and maximum are printed. Then the cached
 * service is loaded as {@link PublicRegisterBenchmark} loads it (public lookups by number and by
 * KvK number at 32 connections, five full CSV exports) and its resident memory is read.
 * Options: -Dbench.starts=N (default 7; 0 measures only the memory), -Dbench.histogram=true (the heap's largest classes), -Dbench.certificates=N, -Dbench.seconds=S (per load round).
 */
class StartupBenchmark {
    private static final int STARTS = Integer.getInteger("bench.starts", 7);
    private static final int CERTIFICATES = Integer.getInteger("bench.certificates", 100_000);
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "15"));
    private static final Path CACHE = Path.of("target", "quarkus-app", "app.aot");
    private static final Path HOME = Path.of("target", "bench");
    private static final List<String> UNLIMITED = List.of("keurmerk.rate-limit.public-read.requests=1000000000");

    @Test
    void starts_and_stays_small() throws Exception {
        assertThat(CACHE).as("the AOT cache; bench/startup.sh trains it").exists();
        List<String> cached = List.of("-XX:AOTCache=" + CACHE.toAbsolutePath(), "-XX:AOTMode=on");
        try (ScratchPostgres scratch = ScratchPostgres.start(database -> database.setServerConfig("shared_buffers", "512MB"))) {
            EmbeddedPostgres postgres = scratch.postgres();
            double migrated;
            try (PackagedService first = PackagedService.start(HOME.resolve("startup-migrations.log"), postgres.getPort(), UNLIMITED, cached)) {
                migrated = first.readyAfter.toMillis() / 1000.0;
            }
            Starts emptyWithout = starts(postgres, List.of(), "empty-without");
            Starts emptyWith = starts(postgres, cached, "empty-with");

            List<String> numbers;
            try (PackagedService seeding = PackagedService.start(HOME.resolve("startup-seeding.log"), postgres.getPort(), UNLIMITED, cached)) {
                numbers = PublicRegisterBenchmark.seed(postgres, seeding.base, CERTIFICATES);
                PublicRegisterBenchmark.awaitRegistered(seeding.base, numbers.get(numbers.size() - 1));
            }
            Starts fullWithout = starts(postgres, List.of(), "full-without");
            Starts fullWith = starts(postgres, cached, "full-with");

            String memory;
            try (PackagedService service = PackagedService.start(HOME.resolve("startup-load.log"), postgres.getPort(), UNLIMITED, cached)) {
                memory = load(service, numbers);
            }

            System.out.printf("%nstart to ready: the packaged service on %s with docker/jvm.options, %d starts each, on %d cores%n",
                    PackagedService.java(), STARTS, Runtime.getRuntime().availableProcessors());
            System.out.printf("  first start on a new database (migrations, with the cache): %.2f s%n", migrated);
            System.out.printf("  empty register,            without the AOT cache: %s%n", emptyWithout);
            System.out.printf("  empty register,            with the AOT cache:    %s%n", emptyWith);
            System.out.printf("  %,d certificates, without the AOT cache: %s%n", numbers.size(), fullWithout);
            System.out.printf("  %,d certificates, with the AOT cache:    %s%n", numbers.size(), fullWith);
            System.out.printf("  AOT cache: %,d MB%n", Files.size(CACHE) / 1024 / 1024);
            System.out.print(memory);
        }
    }

    /** Start-to-ready times in seconds, sorted. */
    private record Starts(List<Double> seconds) {
        @Override
        public String toString() {
            if (seconds.isEmpty()) {
                return "not measured (-Dbench.starts=0)";
            }
            return "min %.2f s, median %.2f s, max %.2f s   (%s)".formatted(seconds.get(0), seconds.get(seconds.size() / 2),
                    seconds.get(seconds.size() - 1), String.join(" ", seconds.stream().map("%.2f"::formatted).toList()));
        }
    }

    private static Starts starts(EmbeddedPostgres postgres, List<String> jvmOptions, String name) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            try (PackagedService service = PackagedService.start(HOME.resolve("startup-" + name + ".log"), postgres.getPort(), UNLIMITED, jvmOptions)) {
                seconds.add(service.readyAfter.toNanos() / 1e9);
            }
            // Let the machine settle: the previous service's exit and the database's checkpoint are not this start's.
            Thread.sleep(Duration.ofSeconds(2).toMillis());
        }
        Collections.sort(seconds);
        return new Starts(seconds);
    }

    /** Public lookups by number and by KvK number, then five CSV exports: the resident memory after them. */
    private static String load(PackagedService service, List<String> numbers) throws Exception {
        List<String> shuffled = new ArrayList<>(numbers);
        Collections.shuffle(shuffled, new Random(20261207));
        byte[][] lookups = HttpLoad.requests(service.base, shuffled.stream().map(number -> "/api/v1/public/certificates/" + number).toList());
        byte[][] byKvk = HttpLoad.requests(service.base, IntStream.range(0, numbers.size())
                .mapToObj(i -> "/api/v1/public/organisations/" + PublicRegisterBenchmark.kvk(i, numbers.size()) + "/certificate").toList());
        HttpLoad.Result byNumber = HttpLoad.run(service.base, 32, SECONDS, lookups);
        HttpLoad.Result again = HttpLoad.run(service.base, 32, SECONDS, lookups);
        HttpLoad.Result kvk = HttpLoad.run(service.base, 32, SECONDS, byKvk);
        assertThat(byNumber.statuses()).containsOnlyKeys(200);
        assertThat(kvk.statuses()).containsOnlyKeys(200);
        String afterLookups = service.residentParts();
        PublicRegisterBenchmark.export(service, numbers.size());
        return """
                resident memory of the cached service (heap at most 256 MB):
                  lookups by number %s
                  lookups by number %s
                  lookups by KvK    %s
                  resident after the lookups %s; after five CSV exports %s, peak %s; heap used now %s
                  committed by the JVM's own account (with -Dbench.service-jvm-args=-XX:NativeMemoryTracking=summary): %s
                """.formatted(byNumber, again, kvk, afterLookups, service.residentParts(), service.peakResident(), service.heapUsed(),
                service.nativeMemory()) + "  heap in use after a full collection: %.0f MB%n".formatted(service.liveHeapBytes() / 1024 / 1024)
                + (Boolean.getBoolean("bench.histogram") ? "  the heap's largest classes (instances, bytes, class):%n    %s%n"
                        .formatted(String.join("%n    ".formatted(), service.heapHistogram(20))) : "");
    }
}
