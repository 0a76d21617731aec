package nl.nvvk.keurmerk.certificate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** Certificates by status today (keurmerk_certificates{status}), counted in the public register each replica holds: no query per scrape. */
@Startup
@ApplicationScoped
class CertificateMetrics {

    CertificateMetrics(MeterRegistry registry, PublicRegister register) {
        for (CertificateStatus status : CertificateStatus.values()) {
            Gauge.builder("keurmerk.certificates", register, copy -> copy.countWithStatus(status))
                    .description("Certificates by their status today").tag("status", status.name()).register(registry);
        }
    }
}
