package nl.nvvk.keurmerk.shared.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code next} is null on the last page. */
public record Page<T>(
        @Schema(description = "The items of this page, in the list's stable order") List<T> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page", nullable = true,
                example = "eyJrIjoiZ2VtZWVudGUgem9ubmVkaWprIiwiaSI6IjNmMWUyZDRjIn0") String next) {

    /**
     * Builds a page from a query that fetched one row more than the limit: that extra row only tells
     * there is a next page.
     */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, Cursor> position, Function<E, T> toItem) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? position.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(toItem).toList(), next);
    }
}
