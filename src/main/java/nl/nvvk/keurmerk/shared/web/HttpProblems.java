package nl.nvvk.keurmerk.shared.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Problem+json for what fails before a request reaches a resource: unknown paths, oversized
 * bodies and failures in the HTTP layer itself.
 */
@Singleton
public class HttpProblems {
    private static final Logger LOG = Logger.getLogger(HttpProblems.class);
    private static final String TYPE_BASE = "https://keurmerkregister.nvvk.nl/problems/";

    private final long maxBodySize;

    HttpProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        // Runs only when no route answered: the API's 404 must look like every other error.
        router.route().order(Integer.MAX_VALUE).handler(ctx -> write(ctx, 404, "not-found", "Not found", "No resource at this path"));
    }

    /** A declared length over the limit is refused before the body is read, with a problem the client can parse. */
    private void refuseOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19 && Long.parseLong(length) > maxBodySize) {
            ctx.response().putHeader("Connection", "close");
            write(ctx, 413, "payload-too-large", "Payload too large", "The request body is larger than this service accepts (%d bytes)".formatted(maxBodySize));
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
        switch (status) {
            case 413 -> write(ctx, 413, "payload-too-large", "Payload too large", "The request body is larger than this service accepts");
            case 400 -> write(ctx, 400, "bad-request", "Bad request", "The request is malformed");
            case 404 -> write(ctx, 404, "not-found", "Not found", "No resource at this path");
            case 405 -> write(ctx, 405, "method-not-allowed", "Method not allowed", "This resource does not support this method");
            case 401 -> {
                ctx.response().putHeader("WWW-Authenticate", "Bearer");
                write(ctx, 401, "unauthorized", "Unauthorized", "A valid bearer token from the NVVK Keycloak realm is required");
            }
            case 403 -> write(ctx, 403, "forbidden", "Forbidden", "Your role may not do this");
            default -> {
                if (status > 0 && status < 500) {
                    write(ctx, status, "client-error", "Client error", "The request cannot be processed");
                } else {
                    LOG.errorf(ctx.failure(), "Unexpected failure on %s", ctx.normalizedPath());
                    write(ctx, 500, "internal-error", "Internal error",
                            "The service failed unexpectedly; the failure is logged. Please report the time of the request");
                }
            }
        }
    }

    private static void write(RoutingContext ctx, int status, String slug, String title, String detail) {
        JsonObject body = new JsonObject()
                .put("type", TYPE_BASE + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.normalizedPath());
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json").end(body.encode());
    }

}
