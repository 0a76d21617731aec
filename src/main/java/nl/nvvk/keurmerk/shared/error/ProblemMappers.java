package nl.nvvk.keurmerk.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem. Messages are written here, never copied from an
 * exception, so no class name or stack trace reaches a client. Each is said in the language the
 * request's Accept-Language prefers (ProblemLanguage).
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final DatabaseFailures database;

    ProblemMappers(DatabaseFailures database) {
        this.database = database;
    }

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri, HttpHeaders headers) {
        ProblemLanguage language = languageOf(headers);
        Response answer = problem(e.at(path(uri), language), language);
        if (e instanceof Unavailable unavailable) {
            return Response.fromResponse(answer).header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds()).build();
        }
        return answer;
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getConstraintViolations().stream().anyMatch(v -> isReturnValue(v.getPropertyPath()))) {
            return unexpected(e, uri, headers);
        }
        return invalid(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        return invalid(e, uri, headers);
    }

    /**
     * Malformed JSON, an unknown property, a value of the wrong type: a 400 naming where
     * (JsonProblems). Each kind has its own mapper because Quarkus ships mappers for some of them,
     * and the most specific mapper wins.
     */
    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return domain(JsonProblems.exception(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response badJson(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        return badJson((JsonProcessingException) e, uri, headers);
    }

    @ServerExceptionMapper
    public Response badJson(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return badJson((JsonProcessingException) e, uri, headers);
    }

    @ServerExceptionMapper
    public Response badJson(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        return badJson((JsonProcessingException) e, uri, headers);
    }

    @ServerExceptionMapper
    public Response badJson(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        return badJson((JsonProcessingException) e, uri, headers);
    }

    /** Bytes that are not text in any encoding JSON can have (Jackson detects the encoding). */
    @ServerExceptionMapper
    public Response notText(java.io.CharConversionException e, UriInfo uri, HttpHeaders headers) {
        return domain(JsonProblems.notText(), uri, headers);
    }

    /**
     * Two writers raced on the same version. The loser's If-Match was stale by the time it wrote: 412; a
     * loser that sent no If-Match had no precondition to fail, and meets the concurrent change: 409.
     */
    @ServerExceptionMapper
    public Response staleVersion(jakarta.persistence.OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return raced(uri, headers);
    }

    @ServerExceptionMapper
    public Response staleVersion(org.hibernate.StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return raced(uri, headers);
    }

    private Response raced(UriInfo uri, HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.IF_MATCH) == null) {
            return domain(DatabaseFailures.concurrentChange(), uri, headers);
        }
        ProblemLanguage language = languageOf(headers);
        return problem(language.problem(412, "precondition-failed", path(uri), List.of(),
                "The resource was changed concurrently. Read it again and retry"), language);
    }

    /** Keycloak cannot be reached to verify the token: a temporary condition, not the client's fault. */
    @ServerExceptionMapper
    public Response identityProviderDown(io.quarkus.oidc.OIDCException e, UriInfo uri, HttpHeaders headers) {
        LOG.warnf("Token verification impossible on %s: %s", uri.getPath(), e.getMessage());
        ProblemLanguage language = languageOf(headers);
        return Response.fromResponse(problem(language.problem(503, "authentication-unavailable", path(uri), List.of(),
                        "The identity provider cannot be reached to verify the token; retry later"), language))
                .header("Retry-After", "30").build();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(uri, headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        ProblemLanguage language = languageOf(headers);
        return problem(StandardProblem.FORBIDDEN.at(path(uri), language), language);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof ProblemException cause) {
            // A parameter converter refused a value: its own problem says which and why.
            return domain(cause, uri, headers);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        ProblemLanguage language = languageOf(headers);
        Response.ResponseBuilder answer = Response.fromResponse(problem(StandardProblem.of(status, path(uri), language), language));
        // Keep protocol headers that tell the client what would work.
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }

    /** What the HTTP layer refused to read (a query string that does not decode, %ZZ): its own 4xx, not a 500. */
    @ServerExceptionMapper
    public Response refusedByTheHttpLayer(io.vertx.ext.web.handler.HttpException e, UriInfo uri, HttpHeaders headers) {
        if (e.getStatusCode() < 400 || e.getStatusCode() >= 500) {
            return unexpected(e, uri, headers);
        }
        ProblemLanguage language = languageOf(headers);
        return problem(StandardProblem.of(e.getStatusCode(), path(uri), language), language);
    }

    /** Database failures are told by their cause (DatabaseFailures); anything else is a bug, logged with its stack. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        var known = database.problemFor(e);
        if (known.isPresent()) {
            return domain(known.get(), uri, headers);
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        ProblemLanguage language = languageOf(headers);
        return problem(StandardProblem.INTERNAL_ERROR.at(path(uri), language), language);
    }

    private static Response problem(Problem problem, ProblemLanguage language) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header("Content-Language", language.tag())
                .header(HttpHeaders.VARY, ProblemLanguage.VARY)
                .build();
    }

    private static ProblemLanguage languageOf(HttpHeaders headers) {
        return headers == null ? ProblemLanguage.ENGLISH : ProblemLanguage.preferredBy(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static Response unauthorized(UriInfo uri, HttpHeaders headers) {
        ProblemLanguage language = languageOf(headers);
        return Response.fromResponse(problem(StandardProblem.UNAUTHORIZED.at(path(uri), language), language))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private Response invalid(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        return domain(Violations.of(e.getConstraintViolations()), uri, headers);
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}
