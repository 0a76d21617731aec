package nl.nvvk.keurmerk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Map;
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
    void a_caller_whose_tenant_is_unknown_sees_only_public_data() {
        assertThat(new Caller(identity("certifier", Map.of())).scope().kind()).isEqualTo(Scope.Kind.PUBLIC);
        assertThat(new Caller(identity("member", Map.of(Roles.ORGANISATION_CLAIM, " "))).scope().kind()).isEqualTo(Scope.Kind.PUBLIC);
        assertThat(new Caller(identity("offline_access", Map.of())).scope().kind()).isEqualTo(Scope.Kind.PUBLIC);
        assertThat(new Caller(QuarkusSecurityIdentity.builder().setAnonymous(true).build()).scope().kind()).isEqualTo(Scope.Kind.PUBLIC);
    }

    @Test
    void the_most_powerful_role_decides_and_a_system_actor_is_no_caller_at_all() {
        SecurityIdentity both = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("staff"))
                .addRole(Roles.NVVK_ADMIN).addRole(Roles.MEMBER).addAttribute(Roles.ORGANISATION_CLAIM, "90000001").build();
        assertThat(new Caller(both).scope().kind()).isEqualTo(Scope.Kind.NVVK);

        Caller job = new Caller(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        job.actAsSystem("recertification-schedule");
        assertThat(job.scope().kind()).isEqualTo(Scope.Kind.SYSTEM);
        assertThat(job.scope().seesEverything()).isTrue();
        assertThat(job.subject()).isEqualTo("system:recertification-schedule");
        assertThat(job.role()).isEqualTo("system");
    }

    private static SecurityIdentity identity(String role, Map<String, String> claims) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("someone")).addRole(role);
        claims.forEach(builder::addAttribute);
        return builder.build();
    }
}
