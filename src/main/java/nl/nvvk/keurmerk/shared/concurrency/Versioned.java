package nl.nvvk.keurmerk.shared.concurrency;

import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** A representation with the ETag of the state it shows. */
public record Versioned<T>(T body, String etag) {

    public RestResponse<T> ok() {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, etag).build();
    }

    public RestResponse<T> created(URI location) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).header(HttpHeaders.ETAG, etag).build();
    }
}
