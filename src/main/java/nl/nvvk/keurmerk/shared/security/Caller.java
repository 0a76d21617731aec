package nl.nvvk.keurmerk.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the token says: role and tenant. Services ask it whether the caller may see
 * an object; a caller of another tenant is treated exactly like one asking for something absent.
 */
@RequestScoped
public class Caller {
    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.NVVK_ADMIN);
    }

    public boolean isCertifier() {
        return !isAdmin() && identity.hasRole(Roles.CERTIFIER);
    }

    public boolean isMember() {
        return !isAdmin() && !isCertifier() && identity.hasRole(Roles.MEMBER);
    }

    /** The code of the certifying body a certifier acts for. */
    public Optional<String> certifyingBody() {
        return isCertifier() ? claim(Roles.CERTIFYING_BODY_CLAIM) : Optional.empty();
    }

    /** The KvK number of the organisation a member acts for. */
    public Optional<String> organisation() {
        return isMember() ? claim(Roles.ORGANISATION_CLAIM) : Optional.empty();
    }

    public String subject() {
        return isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The role the caller acts in, most powerful first. */
    public String role() {
        if (isAdmin()) return Roles.NVVK_ADMIN;
        if (isCertifier()) return Roles.CERTIFIER;
        if (isMember()) return Roles.MEMBER;
        return isAnonymous() ? "anonymous" : "none";
    }

    /** The tenant the caller acts for: a body code, a KvK number, or none for NVVK and anonymous callers. */
    public Optional<String> tenant() {
        return certifyingBody().or(this::organisation);
    }

    /** A certifier or member token without its tenant claim cannot be scoped, so it may do nothing. */
    public boolean lacksTenantClaim() {
        return (isCertifier() && certifyingBody().isEmpty()) || (isMember() && organisation().isEmpty());
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            if (value != null) {
                String text = value.toString().replace("\"", "").trim();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
        }
        Object attribute = identity.getAttribute(name);
        return attribute == null ? Optional.empty() : Optional.of(attribute.toString());
    }
}
