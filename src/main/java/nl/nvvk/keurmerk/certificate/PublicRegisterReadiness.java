package nl.nvvk.keurmerk.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** A replica whose copy of the public register is past its staleness bound takes no traffic: it would only answer 503 to public reads. */
@Readiness
@ApplicationScoped
public class PublicRegisterReadiness implements HealthCheck {
    private final PublicRegister register;

    PublicRegisterReadiness(PublicRegister register) {
        this.register = register;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("public-register").status(register.isFresh()).build();
    }
}
