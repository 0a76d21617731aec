package nl.nvvk.keurmerk.shared.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.core.http.HttpMethod;
import java.util.Map;
import java.util.Set;
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
 * Problem+json for what fails before a request reaches a resource: unknown paths, URIs, header fields and bodies over the limits, and failures in the HTTP layer itself. Same
 * wording, and the same choice of language, as the REST layer's answers, and the request's id.
 *
 * <p>A body may be 1 MB (keurmerk.http.max-body-size), on the batch paths (keurmerk.http.large-body-paths)
 * up to the router's own limit (quarkus.http.limits.max-body-size); a body sent without a length
 * (chunked) is read against the same limit as a declared one. The URI and the header fields have the
 * service's limits (keurmerk.http.max-uri-length, keurmerk.http.max-header-size), checked here; the
 * HTTP server's own limits (quarkus.http.limits.max-initial-line-length, max-header-size) are set
 * well above them, because what the server refuses itself it answers bare, without a body or the
 * request's id (Quarkus gives no hook for its invalid requests). A path that does not decode
 * ({@code %ZZ}) reaches the router because KeurmerkregisterMain lets it, and is answered here as a 400.
 */
@Singleton
public class HttpProblems {
    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final long maxBodySize;
    private final long maxLargeBodySize;
    private final List<String> largeBodyPaths;
    private final int maxUriLength;
    private final long maxHeaderSize;
    private final BodyHandler lengthlessBody;

    HttpProblems(@ConfigProperty(name = "keurmerk.http.max-body-size", defaultValue = "1M") MemorySize maxBodySize,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "16M") MemorySize maxLargeBodySize,
                 @ConfigProperty(name = "keurmerk.http.large-body-paths") Optional<List<String>> largeBodyPaths,
                 @ConfigProperty(name = "keurmerk.http.max-uri-length", defaultValue = "4096") int maxUriLength,
                 @ConfigProperty(name = "keurmerk.http.max-header-size", defaultValue = "20K") MemorySize maxHeaderSize) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxLargeBodySize = maxLargeBodySize.asLongValue();
        this.largeBodyPaths = largeBodyPaths.orElse(List.of());
        this.maxUriLength = maxUriLength;
        this.maxHeaderSize = maxHeaderSize.asLongValue();
        this.lengthlessBody = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
    }

    void install(@Observes Router router) {
        router.route().order(RouteOrder.REQUEST_LIMITS).handler(this::refuseOversizedRequest);
        router.route().order(RouteOrder.BODY_SIZE_CHECK).handler(this::refuseOversizedBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        // Runs only when no route answered: the API's 404 must look like every other error.
        router.route().order(Integer.MAX_VALUE).handler(ctx -> write(ctx, StandardProblem.NOT_FOUND.at(ctx.normalizedPath(), languageOf(ctx))));
    }

    /** A URI or header fields over the service's limits, refused before authentication reads a token. */
    private void refuseOversizedRequest(RoutingContext ctx) {
        if (ctx.request().uri().length() > maxUriLength) {
            ctx.response().putHeader("Connection", "close");
            write(ctx, StandardProblem.URI_TOO_LONG.at(ctx.request().path().length() > maxUriLength ? "/" : instanceOf(ctx), languageOf(ctx),
                    "The request's URI is longer than this service accepts (%d bytes)", maxUriLength));
            return;
        }
        long headerSize = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            headerSize += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        if (headerSize > maxHeaderSize) {
            ctx.response().putHeader("Connection", "close");
            write(ctx, StandardProblem.HEADER_FIELDS_TOO_LARGE.at(instanceOf(ctx), languageOf(ctx),
                    "The request's header fields are larger than this service accepts (%d bytes together)", maxHeaderSize));
            return;
        }
        ctx.next();
    }

    /**
     * A declared length over the limit is refused before the body is read, with a problem the
     * client can parse. The request stays paused until a handler reads it, so refusing it after
     * rate limiting reads nothing more. A body without a length is read here, up to the same limit
     * (then 413), and handed on read.
     */
    private void refuseOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        boolean large = largeBodyPaths.contains(ctx.normalizedPath());
        long limit = large ? maxLargeBodySize : maxBodySize;
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19 && Long.parseLong(length) > limit) {
            ctx.response().putHeader("Connection", "close");
            write(ctx, StandardProblem.PAYLOAD_TOO_LARGE.at(ctx.normalizedPath(), languageOf(ctx),
                    "The request body is larger than this service accepts here (%d bytes)", limit));
            return;
        }
        if (length == null && !large && WITH_BODY.contains(ctx.request().method())) {
            lengthlessBody.handle(ctx);
            return;
        }
        ctx.next();
    }

    private static boolean decodes(RoutingContext ctx) {
        try {
            ctx.normalizedPath();
            return true;
        } catch (IllegalArgumentException undecodable) {
            return false;
        }
    }

    /** The path for a problem's instance; the raw path when it does not decode. */
    private static String instanceOf(RoutingContext ctx) {
        try {
            return ctx.normalizedPath();
        } catch (RuntimeException undecodable) {
            return ctx.request().path();
        }
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        if (!decodes(ctx)) {
            // A path that does not decode (%ZZ): the first handler that reads it fails (KeurmerkregisterMain lets it this far).
            write(ctx, StandardProblem.BAD_REQUEST.at(ctx.request().path(), languageOf(ctx), "The request's path does not decode"));
            return;
        }
        int status = ctx.statusCode();
        if (status < 400 || status >= 500) {
            LOG.errorf(ctx.failure(), "Unexpected failure on %s", ctx.normalizedPath());
        }
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
        }
        if (status == 413) {
            // A body without a length, read past the limit: what it still sends is not read.
            ctx.response().putHeader("Connection", "close");
            write(ctx, StandardProblem.PAYLOAD_TOO_LARGE.at(instanceOf(ctx), languageOf(ctx),
                    "The request body is larger than this service accepts here (%d bytes)", maxBodySize));
            return;
        }
        write(ctx, StandardProblem.of(status, instanceOf(ctx), languageOf(ctx)));
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
