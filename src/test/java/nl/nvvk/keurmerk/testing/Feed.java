package nl.nvvk.keurmerk.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Reads the event feed as an integrator does: from a cursor (the start when null), page by page, until a page is empty. */
public final class Feed {
    public static final String EVENTS = "/api/v1/events";

    private Feed() {
    }

    /**
     * Every event the caller may read after {@code from}, with these filters (a list value is sent as
     * a repeated parameter). Bounded: a thousand pages of 200.
     */
    public static List<Map<String, Object>> read(Supplier<RequestSpecification> caller, String from, Map<String, Object> filters) {
        List<Map<String, Object>> events = new ArrayList<>();
        String position = from;
        for (int i = 0; i < 1_000; i++) {
            RequestSpecification request = caller.get().queryParam("limit", 200);
            filters.forEach((name, value) -> {
                if (value instanceof List<?> values) {
                    values.forEach(v -> request.queryParam(name, v));
                } else {
                    request.queryParam(name, value);
                }
            });
            if (position != null) {
                request.queryParam("after", position);
            }
            Response page = request.get(EVENTS);
            page.then().statusCode(200);
            List<Map<String, Object>> items = page.path("items");
            if (items.isEmpty()) {
                return events;
            }
            events.addAll(items);
            position = page.path("next");
        }
        throw new IllegalStateException("the feed did not end");
    }

    /** The events of one type about one subject, from the start of the feed. */
    public static List<Map<String, Object>> about(Supplier<RequestSpecification> caller, String type, String subjectId) {
        return read(caller, null, Map.of("type", type)).stream().filter(event -> subjectId.equals(event.get("subjectId"))).toList();
    }
}
