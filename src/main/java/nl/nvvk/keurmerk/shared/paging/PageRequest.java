package nl.nvvk.keurmerk.shared.paging;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Keyset paging: a page size and the opaque cursor from the previous page's {@code next}. Cost does
 * not grow with how far a client has paged.
 */
public class PageRequest {
    public static final int MAX_LIMIT = 200;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Page size, 1 to 200", example = "50")
    public int limit = 50;

    @QueryParam("cursor")
    @Size(max = 200)
    @Parameter(description = "The `next` value of the previous page; omit for the first page")
    public String cursor;

    public static PageRequest first(int limit) {
        PageRequest request = new PageRequest();
        request.limit = limit;
        return request;
    }

    public Cursor after() {
        return cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
    }
}
