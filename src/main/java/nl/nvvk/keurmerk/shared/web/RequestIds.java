package nl.nvvk.keurmerk.shared.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.logging.MDC;

/**
 * Every request has an id, answered in {@code X-Request-Id} and put on every log line written while
 * it is served (MDC {@code requestId}; the JSON logs carry it as a field). It is the client's or a
 * proxy's {@code X-Request-Id} when that is a plain token, else the trace id of a W3C
 * {@code traceparent}, else a fresh one, so a support question ("request 4bf92f…") finds its lines
 * across replicas and the tracing backend. Anything else a client sends there is not logged: no
 * line breaks or markup can reach the logs through it.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String NO_TRACE = "0".repeat(32);
    private static final HexFormat HEX = HexFormat.of();

    void install(@Observes Router router) {
        router.route().order(RouteOrder.REQUEST_ID).handler(this::identify);
    }

    private void identify(RoutingContext ctx) {
        String id = idOf(ctx.request());
        // Quarkus keeps the MDC on the request's own (duplicated) Vert.x context, so it follows the
        // request to the worker thread of a blocking resource method (OperationsTest shows it).
        MDC.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }

    /** The contract: every answer of the API, shared or inline, names the field (defined once under components/headers). */
    static void addTo(OpenAPI openAPI) {
        openAPI.getComponents().addHeader(HEADER, OASFactory.createHeader()
                .description("The request's id, on every answer: the X-Request-Id the client sent when it is 1 to 100 letters, digits, "
                        + "'.', '_', ':' or '-'; else the trace id of its W3C traceparent; else a fresh one. The service's log lines "
                        + "for the request carry it (requestId), so quote it when asking about a request.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100).pattern("^" + PLAIN.pattern() + "$"))
                .example("4bf92f3577b34da6a3ce929d0e0e4736"));
        Header shared = OASFactory.createHeader().ref("#/components/headers/" + HEADER);
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(response -> response.addHeader(HEADER, shared));
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> operation.getResponses().getAPIResponses().values().stream()
                        .filter(response -> response.getRef() == null)
                        .forEach(response -> response.addHeader(HEADER, shared)));
            }
        });
    }

    static String idOf(HttpServerRequest request) {
        String sent = request.getHeader(HEADER);
        if (sent != null && PLAIN.matcher(sent).matches()) {
            return sent;
        }
        String traceparent = request.getHeader("traceparent");
        if (traceparent != null) {
            var trace = TRACEPARENT.matcher(traceparent.strip());
            if (trace.matches() && !trace.group(1).equals(NO_TRACE)) {
                return trace.group(1);
            }
        }
        // Most public reads arrive without an id: no format string on that path, two longs in hex.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }
}
