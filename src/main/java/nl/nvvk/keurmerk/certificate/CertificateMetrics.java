package nl.nvvk.keurmerk.certificate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Certificates by status today (keurmerk_certificates{status}), counted in the public register each
 * replica holds: no query per scrape, and one pass over the register for all the statuses of a scrape.
 */
@Startup
@ApplicationScoped
class CertificateMetrics {
    /** A scrape reads every status's gauge within this; the counts of one pass serve them all. */
    private static final long ONE_SCRAPE_NANOS = 1_000_000_000L;

    private final PublicRegister register;
    private volatile Map<CertificateStatus, Long> counts;
    private volatile long countedAt;

    CertificateMetrics(MeterRegistry registry, PublicRegister register) {
        this.register = register;
        for (CertificateStatus status : CertificateStatus.values()) {
            Gauge.builder("keurmerk.certificates", this, metrics -> metrics.count(status))
                    .description("Certificates by their status today").tag("status", status.name()).register(registry);
        }
    }

    private long count(CertificateStatus status) {
        Map<CertificateStatus, Long> current = counts;
        if (current == null || System.nanoTime() - countedAt > ONE_SCRAPE_NANOS) {
            current = register.countByStatus();
            counts = current;
            countedAt = System.nanoTime();
        }
        return current.get(status);
    }
}
