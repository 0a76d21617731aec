package nl.nvvk.keurmerk.shared.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Keyset paging: a page size and the opaque cursor from the previous page's {@code next}. Cost does
 * not grow with how far a client has paged.
 */
public class PageRequest {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_CURSOR_LENGTH = 2048;
    public static final String CURSOR_PATTERN = "^[A-Za-z0-9_-]+$";

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Page size, 1 to 200", example = "50")
    public Integer limit;

    @QueryParam("cursor")
    @Size(max = MAX_CURSOR_LENGTH)
    @Pattern(regexp = CURSOR_PATTERN, message = "must be the `next` value of a page")
    @Parameter(description = "The `next` value of the previous page, unchanged; omit for the first page")
    public String cursor;

    public int limit() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    public String cursor() {
        return cursor;
    }
}
