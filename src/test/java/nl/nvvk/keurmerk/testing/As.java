package nl.nvvk.keurmerk.testing;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The callers of the role matrix: one per row of DESIGN.md's access table, plus the malformed
 * ones. Tenants are fixed codes and KvK numbers that fixtures create on demand. Every call mints a
 * fresh token, so no suite outlives its tokens.
 */
public enum As {
    ANONYMOUS(() -> null),
    ADMIN(() -> Tokens.issue("nvvk-staff", List.of("nvvk-admin"), Map.of())),
    /** A certifier of the body that owns what the tests create for "our" body. */
    CERTIFIER(() -> Tokens.issue("auditor-one", List.of("certifier"), Map.of("certifying_body", Fixtures.OUR_BODY))),
    /** A certifier of another body: must not see our body's audits. */
    OTHER_CERTIFIER(() -> Tokens.issue("auditor-two", List.of("certifier"), Map.of("certifying_body", Fixtures.OTHER_BODY))),
    /** A member of "our" organisation. */
    MEMBER(() -> Tokens.issue("member-one", List.of("member"), Map.of("organisation", Fixtures.OUR_KVK))),
    /** The quality coordinator of "our" organisation. */
    COORDINATOR(() -> Tokens.issue("coordinator-one", List.of("member", "quality-coordinator"), Map.of("organisation", Fixtures.OUR_KVK))),
    /** A member of another organisation: must not see ours. */
    OTHER_MEMBER(() -> Tokens.issue("member-two", List.of("member"), Map.of("organisation", Fixtures.OTHER_KVK))),
    /** NVVK staff who is also a certifier of our body: the NVVK role gives NVVK's scope, never a body's steps. */
    CERTIFIER_AND_ADMIN(() -> Tokens.issue("auditor-staff", List.of("certifier", "nvvk-admin"), Map.of("certifying_body", Fixtures.OUR_BODY))),
    /** NVVK staff who is also a member of our organisation: NVVK's scope, never the organisation's steps. */
    MEMBER_AND_ADMIN(() -> Tokens.issue("member-staff", List.of("member", "nvvk-admin"), Map.of("organisation", Fixtures.OUR_KVK))),
    CERTIFIER_WITHOUT_BODY(() -> Tokens.issue("auditor-lost", List.of("certifier"), Map.of())),
    MEMBER_WITHOUT_ORGANISATION(() -> Tokens.issue("member-lost", List.of("member"), Map.of())),
    NO_ROLE(() -> Tokens.issue("stranger", List.of("offline_access"), Map.of())),
    EXPIRED(() -> Tokens.expired("nvvk-staff", List.of("nvvk-admin"))),
    FORGED(() -> Tokens.forged("nvvk-staff", List.of("nvvk-admin"))),
    /** NVVK staff, but with a token issued for another application (claim aud): not for this API. */
    WRONG_AUDIENCE(() -> Tokens.forAudience("nvvk-staff", List.of("nvvk-admin"), "some-other-app"));

    private final Supplier<String> token;

    As(Supplier<String> token) {
        this.token = token;
    }

    /** A token minted now, valid for five minutes. */
    public String token() {
        return token.get();
    }
}
