package nl.nvvk.keurmerk.shared.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import nl.nvvk.keurmerk.shared.error.Problem;
import nl.nvvk.keurmerk.shared.error.ProblemLanguage;
import nl.nvvk.keurmerk.shared.error.StandardProblem;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Problem+json for what fails before a request reaches a resource: unknown paths, oversized
 * bodies and failures in the HTTP layer itself. Same wording, and the same choice of language, as
 * the REST layer's answers. A body
 * may be 1 MB (keurmerk.http.max-body-size), on the batch paths (keurmerk.http.large-body-paths)
 * up to the router's own limit (quarkus.http.limits.max-body-size), which also caps a body sent
 * without a length.
 */
@Singleton
public class HttpProblems {
    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    private final long maxBodySize;
    private final long maxLargeBodySize;
    private final List<String> largeBodyPaths;

    HttpProblems(@ConfigProperty(name = "keurmerk.http.max-body-size", defaultValue = "1M") MemorySize maxBodySize,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "16M") MemorySize maxLargeBodySize,
                 @ConfigProperty(name = "keurmerk.http.large-body-paths") Optional<List<String>> largeBodyPaths) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxLargeBodySize = maxLargeBodySize.asLongValue();
        this.largeBodyPaths = largeBodyPaths.orElse(List.of());
    }

    void install(@Observes Router router) {
        router.route().order(RouteOrder.BODY_SIZE_CHECK).handler(this::refuseOversizedBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        // Runs only when no route answered: the API's 404 must look like every other error.
        router.route().order(Integer.MAX_VALUE).handler(ctx -> write(ctx, StandardProblem.NOT_FOUND.at(ctx.normalizedPath(), languageOf(ctx))));
    }

    /**
     * A declared length over the limit is refused before the body is read, with a problem the
     * client can parse. The request stays paused until a handler reads it, so refusing it after
     * rate limiting reads nothing more.
     */
    private void refuseOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        long limit = largeBodyPaths.contains(ctx.normalizedPath()) ? maxLargeBodySize : maxBodySize;
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19 && Long.parseLong(length) > limit) {
            ctx.response().putHeader("Connection", "close");
            write(ctx, StandardProblem.PAYLOAD_TOO_LARGE.at(ctx.normalizedPath(), languageOf(ctx),
                    "The request body is larger than this service accepts here (%d bytes)", limit));
            return;
        }
        ctx.next();
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        if (status < 400 || status >= 500) {
            LOG.errorf(ctx.failure(), "Unexpected failure on %s", ctx.normalizedPath());
        }
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
        }
        write(ctx, StandardProblem.of(status, ctx.normalizedPath(), languageOf(ctx)));
    }

    /** The language the request's Accept-Language prefers for a problem. */
    public static ProblemLanguage languageOf(RoutingContext ctx) {
        return ProblemLanguage.preferredBy(ctx.request().getHeader("Accept-Language"));
    }

    /**
     * Answers with a problem from the router, in the same JSON shape and with the same
     * Content-Language and Vary as the REST layer's problems; the problem is in languageOf(ctx).
     */
    public static void write(RoutingContext ctx, Problem problem) {
        JsonObject body = new JsonObject()
                .put("type", problem.type().toString())
                .put("title", problem.title())
                .put("status", problem.status())
                .put("detail", problem.detail())
                .put("instance", problem.instance());
        ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Content-Language", languageOf(ctx).tag());
        ctx.response().headers().add("Vary", ProblemLanguage.VARY);
        ctx.response().end(body.encode());
    }
}
