package nl.nvvk.keurmerk.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walks a keyset-paged list to its end, as a client does: pages of 200, each after the previous page's {@code next}. */
public final class Pages {
    private Pages() {
    }

    /**
     * One field of every item the caller lists with these filters, in the list's order.
     *
     * @param caller   an {@link As} or a bearer token
     * @param field    the field of each item, such as "id" or "organisation.kvkNumber"
     * @param maxPages the bound of the walk
     */
    public static List<String> field(String list, Object caller, Map<String, ?> filters, String field, int maxPages) {
        List<String> values = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < maxPages; page++) {
            RequestSpecification request = caller instanceof As as ? Api.as(as) : Api.withToken((String) caller);
            request.queryParams(filters).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath answer = request.get(list).then().statusCode(200).extract().jsonPath();
            values.addAll(answer.getList("items." + field));
            cursor = answer.getString("next");
            if (cursor == null) {
                break;
            }
        }
        return values;
    }
}
