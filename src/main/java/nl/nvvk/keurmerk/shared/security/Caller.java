package nl.nvvk.keurmerk.shared.security;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.nvvk.keurmerk.shared.error.Forbidden;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the token says (or the system actor a job runs as): role, tenant and the
 * {@link Scope} of tenant-owned data it may see, resolved once per request.
 */
@RequestScoped
public class Caller {
    static final String SYSTEM_ROLE = "system";
    private static final Pattern BODY_CODE = Pattern.compile(Formats.BODY_CODE);
    private static final Pattern KVK_NUMBER = Pattern.compile(Formats.KVK_NUMBER);

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

    /**
     * The caller's scope when it acts as one of these parties, else a 403 saying why. A role lets a request
     * in; the scope says as whom it acts: a token that carries an NVVK role beside the certifier role has
     * NVVK's scope, and may not take a certifying body's step on any body's audit.
     */
    public Scope actingAs(String refusal, Scope.Kind... parties) {
        Scope scope = scope();
        for (Scope.Kind party : parties) {
            if (scope.kind() == party) {
                return scope;
            }
        }
        throw new Forbidden(refusal);
    }

    public boolean isAnonymous() {
        return systemActor == null && identity.isAnonymous();
    }

    public boolean isAdmin() {
        return systemActor == null && identity.hasRole(Roles.NVVK_ADMIN);
    }

    public boolean isCertifier() {
        return systemActor == null && isCertifier(identity);
    }

    public boolean isMember() {
        return systemActor == null && isMember(identity);
    }

    private static boolean isCertifier(SecurityIdentity identity) {
        return !identity.hasRole(Roles.NVVK_ADMIN) && identity.hasRole(Roles.CERTIFIER);
    }

    private static boolean isMember(SecurityIdentity identity) {
        return !identity.hasRole(Roles.NVVK_ADMIN) && !identity.hasRole(Roles.CERTIFIER) && identity.hasRole(Roles.MEMBER);
    }

    /** Who did it, for the change history: the token's subject (claim sub, which never changes), or "system:" and the job's name. */
    public String subject() {
        if (systemActor != null) {
            return SYSTEM_ROLE + ":" + systemActor;
        }
        if (isAnonymous()) {
            return "anonymous";
        }
        return subjectOf(identity);
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

    /**
     * A certifier or member token without a well-formed tenant claim cannot be scoped, so it may do
     * nothing. Static, on an identity already resolved: the check runs before the request may block.
     */
    static boolean lacksTenantClaim(SecurityIdentity identity) {
        return (isCertifier(identity) || isMember(identity)) && scopeOf(identity).kind() == Scope.Kind.PUBLIC;
    }

    /** Makes this request context a job's: {@link SystemActors} only. */
    void actAsSystem(String actor) {
        this.systemActor = actor;
        this.scope = Scope.SYSTEM;
    }

    /** Gives a scheduler's request context back as the job found it. */
    void stopActingAsSystem() {
        this.systemActor = null;
        this.scope = null;
    }

    /** A tenant claim that is missing or not of the tenant's format (a body code, a KvK number) scopes nothing. */
    private Scope resolveScope() {
        return systemActor != null ? Scope.SYSTEM : scopeOf(identity);
    }

    private static Scope scopeOf(SecurityIdentity identity) {
        if (identity.hasRole(Roles.NVVK_ADMIN)) return Scope.NVVK;
        if (isCertifier(identity)) return claim(identity, Roles.CERTIFYING_BODY_CLAIM, BODY_CODE).map(Scope::certifyingBody).orElse(Scope.PUBLIC);
        if (isMember(identity)) return claim(identity, Roles.ORGANISATION_CLAIM, KVK_NUMBER)
                .map(kvk -> Scope.member(kvk, subjectOf(identity), identity.hasRole(Roles.QUALITY_COORDINATOR))).orElse(Scope.PUBLIC);
        return Scope.PUBLIC;
    }

    /** The token's subject (claim sub, which never changes), else the principal's name. */
    private static String subjectOf(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : identity.getPrincipal().getName();
    }

    private static Optional<String> claim(SecurityIdentity identity, String name, Pattern format) {
        // Read straight from the verified claims: JsonWebToken.getClaim first tries the name as a standard
        // claim and throws and catches an exception for every custom one, on every request.
        Object value = null;
        if (identity.getPrincipal() instanceof OidcJwtCallerPrincipal oidc) {
            value = oidc.getClaims().getClaimValue(name);
        } else if (identity.getPrincipal() instanceof JsonWebToken token) {
            value = token.getClaim(name);
        }
        String text = value == null ? "" : value.toString().replace("\"", "").trim();
        return format.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}
