package nl.nvvk.keurmerk.shared.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import nl.nvvk.keurmerk.shared.error.Forbidden;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses certifier and member tokens that do not say (well-formed) which tenant they act for, on every endpoint. */
public class TenantClaimCheck {
    private final Caller caller;

    TenantClaimCheck(Caller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter
    public void requireTenantClaim(ContainerRequestContext request) {
        if (caller.lacksTenantClaim()) {
            throw new Forbidden(caller.isCertifier()
                    ? "A certifier token must carry the claim '" + Roles.CERTIFYING_BODY_CLAIM + "' with the body's code"
                    : "A member token must carry the claim '" + Roles.ORGANISATION_CLAIM + "' with the organisation's KvK number");
        }
    }
}
