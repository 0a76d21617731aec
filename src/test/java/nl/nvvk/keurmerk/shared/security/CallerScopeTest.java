package nl.nvvk.keurmerk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The scope is decided once from the token, and fails closed: whoever is not known sees no tenant's data. */
class CallerScopeTest {

    @Test
    void nvvk_staff_see_everything() {
        Scope scope = new Caller(identity("nvvk-admin", Map.of())).scope();
        assertThat(scope.kind()).isEqualTo(Scope.Kind.NVVK);
        assertThat(scope.seesEverything()).isTrue();
        assertThat(scope.tenantClaim()).isEmpty();
    }

    @Test
    void the_change_history_records_the_tokens_subject_which_never_changes_not_its_user_name() {
        assertThat(new Caller(identity("nvvk-admin", Map.of())).subject()).isEqualTo("0f6c2d1e-3b7a-4c55-9a0e-2f1d9b8c7a61");
    }

    @Test
    void a_certifier_and_a_member_see_their_own_tenant() {
        Scope body = new Caller(identity("certifier", Map.of(Roles.CERTIFYING_BODY_CLAIM, "KIWA"))).scope();
        assertThat(body.kind()).isEqualTo(Scope.Kind.CERTIFYING_BODY);
        assertThat(body.tenant()).isEqualTo("KIWA");
        assertThat(body.seesEverything()).isFalse();

        Scope member = new Caller(identity("member", Map.of(Roles.ORGANISATION_CLAIM, "90000001"))).scope();
        assertThat(member.kind()).isEqualTo(Scope.Kind.MEMBER);
        assertThat(member.tenant()).isEqualTo("90000001");
    }

    @Test
    void a_member_is_a_respondent_by_the_tokens_subject_and_coordinates_quality_only_with_that_role() {
        Scope colleague = new Caller(identity("member", Map.of(Roles.ORGANISATION_CLAIM, "90000001"))).scope();
        assertThat(colleague.respondent()).isEqualTo("0f6c2d1e-3b7a-4c55-9a0e-2f1d9b8c7a61");
        assertThat(colleague.coordinatesQuality()).isFalse();

        SecurityIdentity coordinator = QuarkusSecurityIdentity.builder().setPrincipal(token(Map.of(Roles.ORGANISATION_CLAIM, "90000001")))
                .addRole(Roles.MEMBER).addRole(Roles.QUALITY_COORDINATOR).build();
        assertThat(new Caller(coordinator).scope().coordinatesQuality()).isTrue();

        // The coordinator role alone, without member, is nobody's: no tenant, no coordination.
        Scope alone = new Caller(identity(Roles.QUALITY_COORDINATOR, Map.of(Roles.ORGANISATION_CLAIM, "90000001"))).scope();
        assertThat(alone.kind()).isEqualTo(Scope.Kind.PUBLIC);
        assertThat(alone.coordinatesQuality()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Caller(identity("nvvk-admin", Map.of())).scope().respondent())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_caller_whose_tenant_is_unknown_or_malformed_sees_only_public_data() {
        assertThat(new Caller(identity("certifier", Map.of())).scope().kind()).isEqualTo(Scope.Kind.PUBLIC);
        assertThat(new Caller(identity("certifier", Map.of(Roles.CERTIFYING_BODY_CLAIM, "kiwa"))).scope().kind()).isEqualTo(Scope.Kind.PUBLIC);
        assertThat(Caller.lacksTenantClaim(identity("certifier", Map.of(Roles.CERTIFYING_BODY_CLAIM, "K".repeat(41))))).isTrue();
        assertThat(new Caller(identity("member", Map.of(Roles.ORGANISATION_CLAIM, " "))).scope().kind()).isEqualTo(Scope.Kind.PUBLIC);
        assertThat(Caller.lacksTenantClaim(identity("member", Map.of(Roles.ORGANISATION_CLAIM, "9000001")))).isTrue();
        assertThat(new Caller(identity("offline_access", Map.of())).scope().kind()).isEqualTo(Scope.Kind.PUBLIC);
        assertThat(new Caller(QuarkusSecurityIdentity.builder().setAnonymous(true).build()).scope().kind()).isEqualTo(Scope.Kind.PUBLIC);
    }

    @Test
    void the_most_powerful_role_decides_and_a_system_actor_is_no_caller_at_all() {
        SecurityIdentity both = QuarkusSecurityIdentity.builder().setPrincipal(token(Map.of(Roles.ORGANISATION_CLAIM, "90000001")))
                .addRole(Roles.NVVK_ADMIN).addRole(Roles.MEMBER).build();
        assertThat(new Caller(both).scope().kind()).isEqualTo(Scope.Kind.NVVK);

        Caller job = new Caller(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        job.actAsSystem("recertification-schedule");
        assertThat(job.scope().kind()).isEqualTo(Scope.Kind.SYSTEM);
        assertThat(job.scope().seesEverything()).isTrue();
        assertThat(job.subject()).isEqualTo("system:recertification-schedule");
        assertThat(job.role()).isEqualTo("system");
    }

    private static SecurityIdentity identity(String role, Map<String, String> claims) {
        return QuarkusSecurityIdentity.builder().setPrincipal(token(claims)).addRole(role).build();
    }

    /** A verified token's claims, as quarkus-oidc hands them over. */
    private static JsonWebToken token(Map<String, String> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.put(Claims.sub.name(), "0f6c2d1e-3b7a-4c55-9a0e-2f1d9b8c7a61");
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return all.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) all.get(claimName);
            }
        };
    }
}
