package nl.nvvk.keurmerk.shared.concurrency;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A read that names the current ETag in If-None-Match answers 304 without a body, so portals and
 * scripts that poll a resource pay for its body only when it changed. Only a 200 qualifies: a 404
 * stays a 404, so the header reveals nothing about other tenants' resources.
 */
public class ConditionalReads {
    private static final Pattern ENTITY_TAGS = Pattern.compile(ETags.HEADER_PATTERN);

    /** A malformed If-None-Match is the client's mistake to hear about, not a header to ignore. */
    @ServerRequestFilter
    public void refuseMalformed(ContainerRequestContext request) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.length() > ETags.HEADER_MAX_LENGTH || !ENTITY_TAGS.matcher(ifNoneMatch).matches())) {
            throw InvalidContent.of(HttpHeaders.IF_NONE_MATCH, ETags.HEADER_MESSAGE);
        }
    }

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (etag != null && ETags.names(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag.toString())) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }
}
