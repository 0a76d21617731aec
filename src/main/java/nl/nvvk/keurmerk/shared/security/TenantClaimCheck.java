package nl.nvvk.keurmerk.shared.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import nl.nvvk.keurmerk.shared.error.Forbidden;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses certifier and member tokens that do not say (well-formed) which tenant they act for, on every
 * endpoint. It waits for the token's verification without blocking, so it runs as well before an
 * endpoint served on the event loop (public verification) as before one on a worker thread.
 */
public class TenantClaimCheck {
    private final CurrentIdentityAssociation identities;

    TenantClaimCheck(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> requireTenantClaim(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            // No token, no claim to lack.
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(identity -> {
            if (Caller.lacksTenantClaim(identity)) {
                throw identity.hasRole(Roles.CERTIFIER)
                        ? new Forbidden("A certifier token must carry the claim '%s' with the body's code", Roles.CERTIFYING_BODY_CLAIM)
                        : new Forbidden("A member token must carry the claim '%s' with the organisation's KvK number", Roles.ORGANISATION_CLAIM);
            }
        }).replaceWithVoid();
    }
}
