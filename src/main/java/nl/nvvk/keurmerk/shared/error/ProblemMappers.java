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
 * exception, so no class name or stack trace reaches a client.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final DatabaseFailures database;

    ProblemMappers(DatabaseFailures database) {
        this.database = database;
    }

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        Response answer = problem(e.at(path(uri)));
        if (e instanceof Unavailable unavailable) {
            return Response.fromResponse(answer).header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds()).build();
        }
        return answer;
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(v -> isReturnValue(v.getPropertyPath()))) {
            return unexpected(e, uri);
        }
        return invalid(e, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        return invalid(e, uri);
    }

    /**
     * Malformed JSON, an unknown property, a value of the wrong type: a 400 naming where
     * (JsonProblems). Each kind has its own mapper because Quarkus ships mappers for some of them,
     * and the most specific mapper wins.
     */
    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        return problem(JsonProblems.of(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response badJson(JsonMappingException e, UriInfo uri) {
        return badJson((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper
    public Response badJson(MismatchedInputException e, UriInfo uri) {
        return badJson((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper
    public Response badJson(InvalidFormatException e, UriInfo uri) {
        return badJson((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper
    public Response badJson(UnrecognizedPropertyException e, UriInfo uri) {
        return badJson((JsonProcessingException) e, uri);
    }

    /** Bytes that are not text in any encoding JSON can have (Jackson detects the encoding). */
    @ServerExceptionMapper
    public Response notText(java.io.CharConversionException e, UriInfo uri) {
        return problem(JsonProblems.notText(path(uri)));
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
            return domain(DatabaseFailures.concurrentChange(), uri);
        }
        return problem(412, "precondition-failed", "Precondition failed",
                "The resource was changed concurrently. Read it again and retry", uri, List.of());
    }

    /** Keycloak cannot be reached to verify the token: a temporary condition, not the client's fault. */
    @ServerExceptionMapper
    public Response identityProviderDown(io.quarkus.oidc.OIDCException e, UriInfo uri) {
        LOG.warnf("Token verification impossible on %s: %s", uri.getPath(), e.getMessage());
        return Response.fromResponse(problem(503, "authentication-unavailable", "Authentication unavailable",
                "The identity provider cannot be reached to verify the token; retry later", uri, List.of()))
                .header("Retry-After", "30").build();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(StandardProblem.FORBIDDEN.at(path(uri)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ProblemException cause) {
            // A parameter converter refused a value: its own problem says which and why.
            return domain(cause, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.ResponseBuilder answer = Response.fromResponse(problem(StandardProblem.of(status, path(uri))));
        // Keep protocol headers that tell the client what would work.
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }

    /** Database failures are told by their cause (DatabaseFailures); anything else is a bug, logged with its stack. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        var known = database.problemFor(e);
        if (known.isPresent()) {
            return domain(known.get(), uri);
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return problem(StandardProblem.INTERNAL_ERROR.at(path(uri)));
    }

    static Response problem(int status, String slug, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return problem(Problem.of(status, slug, title, detail, path(uri), errors));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(problem(StandardProblem.UNAUTHORIZED.at(path(uri))))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private Response invalid(ConstraintViolationException e, UriInfo uri) {
        return domain(Violations.of(e.getConstraintViolations()), uri);
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
