package nl.nvvk.keurmerk.shared.security;

/** Keycloak realm roles and the token claims that carry a caller's tenant. */
public final class Roles {
    public static final String NVVK_ADMIN = "nvvk-admin";
    public static final String CERTIFIER = "certifier";
    public static final String MEMBER = "member";
    /**
     * Beside {@link #MEMBER}: the organisation's quality coordinator (kwaliteitscoördinator), who starts the
     * organisation's self-assessments, reads its colleagues' combined answers, settles and shares them.
     */
    public static final String QUALITY_COORDINATOR = "quality-coordinator";

    /** On certifier tokens: the code of the certifying body the caller acts for. */
    public static final String CERTIFYING_BODY_CLAIM = "certifying_body";
    /** On member tokens: the KvK number of the organisation the caller acts for. */
    public static final String ORGANISATION_CLAIM = "organisation";

    private Roles() {
    }
}
