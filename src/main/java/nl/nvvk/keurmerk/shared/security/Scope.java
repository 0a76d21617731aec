package nl.nvvk.keurmerk.shared.security;

import java.util.Objects;
import java.util.Optional;

/**
 * What a caller may see of tenant-owned data: resolved once per request from the token (or set for
 * a job), and a required argument of every finder of a {@link TenantOwned} entity. Switches over
 * {@link Kind} are exhaustive, so a new kind of caller does not compile until every entity says what
 * it may see. Only this package creates scopes: a feature cannot make itself NVVK.
 */
public final class Scope {

    public enum Kind {
        /** NVVK staff: everything. */
        NVVK,
        /** A job or background work, acting as a named system actor: everything. */
        SYSTEM,
        /** A certifying body's people and systems; the tenant is the body's code. */
        CERTIFYING_BODY,
        /** A member organisation's people; the tenant is its KvK number. */
        MEMBER,
        /** No token, or a token without a role this service knows: public data, no tenant's data. */
        PUBLIC
    }

    static final Scope NVVK = new Scope(Kind.NVVK, null);
    static final Scope SYSTEM = new Scope(Kind.SYSTEM, null);
    static final Scope PUBLIC = new Scope(Kind.PUBLIC, null);

    private final Kind kind;
    private final String tenant;
    private final String respondent;
    private final boolean coordinates;

    private Scope(Kind kind, String tenant, String respondent, boolean coordinates) {
        this.kind = kind;
        this.tenant = tenant;
        this.respondent = respondent;
        this.coordinates = coordinates;
    }

    private Scope(Kind kind, String tenant) {
        this(kind, tenant, null, false);
    }

    static Scope certifyingBody(String code) {
        return new Scope(Kind.CERTIFYING_BODY, Objects.requireNonNull(code));
    }

    /**
     * A member organisation's person: its KvK number, the token's subject (whose own answers to a
     * self-assessment only they read) and whether they are the organisation's quality coordinator.
     */
    static Scope member(String kvkNumber, String subject, boolean qualityCoordinator) {
        return new Scope(Kind.MEMBER, Objects.requireNonNull(kvkNumber), Objects.requireNonNull(subject), qualityCoordinator);
    }

    public Kind kind() {
        return kind;
    }

    /** The body code (certifiers) or KvK number (members) the caller acts for. */
    public String tenant() {
        if (tenant == null) {
            throw new IllegalStateException(kind + " acts for no tenant");
        }
        return tenant;
    }

    /** The body code or KvK number the caller acts for; empty for NVVK, system actors and the public. */
    public Optional<String> tenantClaim() {
        return Optional.ofNullable(tenant);
    }

    /** The person of a member organisation, by token subject: what only they may read of their own answers. */
    public String respondent() {
        if (respondent == null) {
            throw new IllegalStateException(kind + " is no respondent of a member organisation");
        }
        return respondent;
    }

    /** A member organisation's quality coordinator: reads its colleagues' combined answers, settles and shares self-assessments. */
    public boolean coordinatesQuality() {
        return kind == Kind.MEMBER && coordinates;
    }

    /** NVVK staff and system actors see every tenant's data. */
    public boolean seesEverything() {
        return switch (kind) {
            case NVVK, SYSTEM -> true;
            case CERTIFYING_BODY, MEMBER, PUBLIC -> false;
        };
    }

    @Override
    public String toString() {
        return tenant == null ? kind.name() : kind + " " + tenant;
    }
}
