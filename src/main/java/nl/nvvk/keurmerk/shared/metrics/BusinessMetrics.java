package nl.nvvk.keurmerk.shared.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What operations and NVVK watch besides HTTP: audit packages pushed (by outcome, with their
 * latency as a histogram) and decisions taken (by outcome), as Prometheus series at /q/metrics.
 * Certificates by status are gauges of the public register (CertificateMetrics).
 */
@ApplicationScoped
public class BusinessMetrics {
    private final MeterRegistry registry;
    private final Map<String, Timer> pushes = new ConcurrentHashMap<>();
    private final Map<String, Counter> decisions = new ConcurrentHashMap<>();

    BusinessMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * One audit package pushed, from reading its bytes to its answer.
     *
     * @param outcome created, updated, replayed (the same bytes again) or refused
     */
    public void pushed(String outcome, Duration took) {
        pushes.computeIfAbsent(outcome, o -> Timer.builder("keurmerk.audit.push").description("Audit packages pushed, by outcome, and how long each took")
                .tag("outcome", o).publishPercentileHistogram().register(registry)).record(took);
    }

    /** NVVK decided on an audit. */
    public void decided(String outcome) {
        decisions.computeIfAbsent(outcome, o -> Counter.builder("keurmerk.audit.decisions").description("Decisions NVVK took on audits, by outcome")
                .tag("outcome", o).register(registry)).increment();
    }
}
