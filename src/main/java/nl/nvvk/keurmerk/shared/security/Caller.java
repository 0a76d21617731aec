package nl.nvvk.keurmerk.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the token says (or the system actor a job runs as): role, tenant and the
 * {@link Scope} of tenant-owned data it may see, resolved once per request.
 */
@RequestScoped
public class Caller {
    static final String SYSTEM_ROLE = "system";

    private final SecurityIdentity identity;
    private String systemActor;
    private Scope scope;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** What this caller may see of tenant-owned data; an unknown caller sees none of it. */
    public Scope scope() {
        if (scope == null) {
            scope = resolveScope();
        }
        return scope;
    }

    public boolean isAnonymous() {
        return systemActor == null && identity.isAnonymous();
    }

    public boolean isAdmin() {
        return systemActor == null && identity.hasRole(Roles.NVVK_ADMIN);
    }

    public boolean isCertifier() {
        return systemActor == null && !isAdmin() && identity.hasRole(Roles.CERTIFIER);
    }

    public boolean isMember() {
        return systemActor == null && !isAdmin() && !isCertifier() && identity.hasRole(Roles.MEMBER);
    }

    /** Who did it, for the change history: the token subject, or "system:" and the job's name. */
    public String subject() {
        if (systemActor != null) {
            return SYSTEM_ROLE + ":" + systemActor;
        }
        return isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The role the caller acts in, most powerful first. */
    public String role() {
        if (systemActor != null) return SYSTEM_ROLE;
        if (isAdmin()) return Roles.NVVK_ADMIN;
        if (isCertifier()) return Roles.CERTIFIER;
        if (isMember()) return Roles.MEMBER;
        return isAnonymous() ? "anonymous" : "none";
    }

    /** The tenant the caller acts for: a body code, a KvK number, or none for NVVK, jobs and anonymous callers. */
    public Optional<String> tenant() {
        return scope().tenantClaim();
    }

    /** A certifier or member token without its tenant claim cannot be scoped, so it may do nothing. */
    public boolean lacksTenantClaim() {
        return (isCertifier() && claim(Roles.CERTIFYING_BODY_CLAIM).isEmpty())
                || (isMember() && claim(Roles.ORGANISATION_CLAIM).isEmpty());
    }

    /** Makes this request context a job's: {@link SystemActors} only. */
    void actAsSystem(String actor) {
        this.systemActor = actor;
        this.scope = Scope.SYSTEM;
    }

    private Scope resolveScope() {
        if (systemActor != null) return Scope.SYSTEM;
        if (isAdmin()) return Scope.NVVK;
        if (isCertifier()) return claim(Roles.CERTIFYING_BODY_CLAIM).map(Scope::certifyingBody).orElse(Scope.PUBLIC);
        if (isMember()) return claim(Roles.ORGANISATION_CLAIM).map(Scope::member).orElse(Scope.PUBLIC);
        return Scope.PUBLIC;
    }

    private Optional<String> claim(String name) {
        Object value = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(name) : null;
        if (value == null) {
            value = identity.getAttribute(name);
        }
        String text = value == null ? "" : value.toString().replace("\"", "").trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
