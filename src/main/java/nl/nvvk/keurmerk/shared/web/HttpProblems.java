package nl.nvvk.keurmerk.shared.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import nl.nvvk.keurmerk.shared.error.Problem;
import nl.nvvk.keurmerk.shared.error.StandardProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Problem+json for what fails before a request reaches a resource: unknown paths, oversized
 * bodies and failures in the HTTP layer itself. Same wording as the REST layer's answers.
 */
@Singleton
public class HttpProblems {
    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    private final long maxBodySize;

    HttpProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(RouteOrder.BODY_SIZE_CHECK).handler(this::refuseOversizedBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        // Runs only when no route answered: the API's 404 must look like every other error.
        router.route().order(Integer.MAX_VALUE).handler(ctx -> write(ctx, StandardProblem.NOT_FOUND.at(ctx.normalizedPath())));
    }

    /**
     * A declared length over the limit is refused before the body is read, with a problem the
     * client can parse. The request stays paused until a handler reads it, so refusing it after
     * rate limiting reads nothing more.
     */
    private void refuseOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19 && Long.parseLong(length) > maxBodySize) {
            ctx.response().putHeader("Connection", "close");
            write(ctx, StandardProblem.PAYLOAD_TOO_LARGE.at(ctx.normalizedPath(),
                    "The request body is larger than this service accepts (%d bytes)".formatted(maxBodySize)));
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
        write(ctx, StandardProblem.of(status, ctx.normalizedPath()));
    }

    /** Answers with a problem from the router, in the same JSON shape as the REST layer's problems. */
    public static void write(RoutingContext ctx, Problem problem) {
        JsonObject body = new JsonObject()
                .put("type", problem.type().toString())
                .put("title", problem.title())
                .put("status", problem.status())
                .put("detail", problem.detail())
                .put("instance", problem.instance());
        ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body.encode());
    }
}
