package nl.nvvk.keurmerk.shared.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.security.Principal;
import java.util.List;
import java.util.function.BiConsumer;
import nl.nvvk.keurmerk.shared.error.StandardProblem;
import jakarta.ws.rs.core.HttpHeaders;
import nl.nvvk.keurmerk.shared.web.HttpProblems;
import nl.nvvk.keurmerk.shared.web.RateLimitFields;
import nl.nvvk.keurmerk.shared.web.RouteOrder;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Counts every answer under /api/ against its client's budget and refuses the request with 429
 * when the budget is spent. It sits in the router, not in the REST layer, so unknown paths, 401s
 * and refused bodies count too and carry the RateLimit fields; /q/ (health, metrics) is never limited.
 *
 * <p>A caller with a token that verifies is counted by its subject; anyone else, including a
 * caller with an invalid token, by client address, so random tokens buy no fresh budget.
 */
@Singleton
public class RateLimiting {

    /**
     * Resolving the deferred identity here would make Quarkus' default failure handler answer a
     * failed token at once, with a bare 401. Held back, the failure stays memoized in the identity
     * and the REST layer answers it as problem+json, as without rate limiting.
     */
    private static final BiConsumer<RoutingContext, Throwable> LEAVE_FAILURE_TO_REST = (ctx, failure) -> { };

    private final RateLimitConfig config;
    private final RateLimiter limiter;
    private final ClientAddress addresses;

    RateLimiting(RateLimitConfig config, RateLimiter limiter) {
        this.config = config;
        this.limiter = limiter;
        this.addresses = new ClientAddress(config.trustedProxies().orElse(List.of()));
    }

    void install(@Observes Router router) {
        if (config.enabled()) {
            router.route("/api/*").order(RouteOrder.RATE_LIMIT).handler(this::limit);
        }
    }

    /**
     * Verifies the token (which Quarkus attached, deferred, to the request) without blocking the
     * event loop, then counts the request. The verified identity is memoized, so the REST layer
     * does not verify the token again.
     */
    private void limit(RoutingContext ctx) {
        if (ctx.request().headers().get(HttpHeaders.AUTHORIZATION) == null) {
            // No token, no identity to resolve: the public reads, most of the traffic, skip the reactive detour.
            count(ctx, null);
            return;
        }
        Context context = Vertx.currentContext();
        Object failureHandler = ctx.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, LEAVE_FAILURE_TO_REST);
        QuarkusHttpUser.getSecurityIdentity(ctx, null)
                .onItemOrFailure().transform((identity, failure) -> failure == null ? subjectOf(identity) : null)
                .subscribe().with(subject -> {
                    restore(ctx, failureHandler);
                    onContext(context, () -> count(ctx, subject));
                });
    }

    private void count(RoutingContext ctx, String subject) {
        boolean authenticated = subject != null;
        Budget budget = Budget.of(ctx.request().method().name(), authenticated);
        Allowance allowance = limiter.take(budget, authenticated ? "subject:" + subject : "address:" + addressOf(ctx));
        ctx.addHeadersEndHandler(ignored -> {
            int family = ctx.response().getStatusCode() / 100;
            if (family == 2 || family == 4) {
                ctx.response().putHeader(RateLimitFields.RATE_LIMIT_POLICY, allowance.policyField());
                ctx.response().putHeader(RateLimitFields.RATE_LIMIT, allowance.rateLimitField());
            }
        });
        if (allowance.granted()) {
            ctx.next();
            return;
        }
        long retryAfter = allowance.retryAfterSeconds();
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        HttpProblems.write(ctx, StandardProblem.TOO_MANY_REQUESTS.at(ctx.normalizedPath(), HttpProblems.languageOf(ctx),
                "This client has used its '%s' budget of %d requests per %d s; retry in %d s",
                budget.policyName(), allowance.quota().requests(), allowance.quota().windowSeconds(), retryAfter));
    }

    /** The subject of a verified token; null for an anonymous caller. */
    private static String subjectOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        Principal principal = identity.getPrincipal();
        String subject = principal instanceof JsonWebToken token && token.getSubject() != null ? token.getSubject() : principal.getName();
        return subject == null || subject.isBlank() ? null : subject;
    }

    /** The peer, or the client that trusted proxies name in X-Forwarded-For (ClientAddress). */
    private String addressOf(RoutingContext ctx) {
        SocketAddress peer = ctx.request().remoteAddress();
        return addresses.of(peer == null ? null : peer.host(), ctx.request().headers().getAll("X-Forwarded-For"));
    }

    private static void restore(RoutingContext ctx, Object failureHandler) {
        if (failureHandler == null) {
            ctx.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        } else {
            ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, failureHandler);
        }
    }

    /** Token verification may finish on another thread; the request goes on on its own context. */
    private static void onContext(Context context, Runnable step) {
        if (context == null || Vertx.currentContext() == context) {
            step.run();
        } else {
            context.runOnContext(ignored -> step.run());
        }
    }
}
