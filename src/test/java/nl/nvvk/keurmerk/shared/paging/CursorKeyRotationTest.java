package nl.nvvk.keurmerk.shared.paging;

import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tests run as after a key rotation: keurmerk.paging.previous-cursor-keys holds the key before it.
 * A client that held a cursor from before the rotation reads on from the same place, in the event
 * feed and in every list; a cursor of a key the service does not have is a 422 naming the parameter.
 */
@QuarkusTest
class CursorKeyRotationTest {
    private static final String EVENTS = "/api/v1/events";
    private static final String ORGANISATIONS = "/api/v1/organisations";

    @ConfigProperty(name = "keurmerk.paging.previous-cursor-keys")
    List<String> previousKeys;

    @BeforeEach
    void two_of_everything() {
        AuditPackages.aPackage().pushSubmitted();
        AuditPackages.aPackage().pushSubmitted();
    }

    @Test
    void a_feed_cursor_sealed_before_the_rotation_reads_on_from_the_same_place() {
        String next = Api.as(As.ADMIN).queryParam("limit", 1).get(EVENTS).then().statusCode(200).extract().path("next");
        String held = resealed(next, previousKeys.get(0));
        assertThat(held).isNotEqualTo(next);

        Response now = Api.as(As.ADMIN).queryParam("after", next).queryParam("limit", 5).get(EVENTS);
        Response before = Api.as(As.ADMIN).queryParam("after", held).queryParam("limit", 5).get(EVENTS);
        before.then().statusCode(200);
        assertThat(before.jsonPath().getList("items.id")).isNotEmpty().isEqualTo(now.jsonPath().getList("items.id"));
        assertThat(positionOf(before.path("next"))).as("the answer's cursor holds the same position").isEqualTo(positionOf(now.path("next")));
    }

    @Test
    void a_list_cursor_sealed_before_the_rotation_reads_on_from_the_same_place() {
        String next = Api.as(As.ADMIN).queryParam("limit", 1).get(ORGANISATIONS).then().statusCode(200).extract().path("next");
        Response now = Api.as(As.ADMIN).queryParam("cursor", next).queryParam("limit", 1).get(ORGANISATIONS);
        Response before = Api.as(As.ADMIN).queryParam("cursor", resealed(next, previousKeys.get(0))).queryParam("limit", 1).get(ORGANISATIONS);
        before.then().statusCode(200);
        assertThat(before.jsonPath().getList("items.id")).hasSize(1).isEqualTo(now.jsonPath().getList("items.id"));
    }

    @Test
    void a_cursor_sealed_with_a_key_the_service_does_not_have_is_a_422_naming_the_parameter() {
        String unknownKey = "a-cursor-key-this-service-never-had-0001";
        String feedCursor = Api.as(As.ADMIN).queryParam("limit", 1).get(EVENTS).then().statusCode(200).extract().path("next");
        Api.malformedAs(As.ADMIN).queryParam("after", resealed(feedCursor, unknownKey)).get(EVENTS)
                .then().spec(problem(422)).body("errors[0].field", equalTo("after"));
        String listCursor = Api.as(As.ADMIN).queryParam("limit", 1).get(ORGANISATIONS).then().statusCode(200).extract().path("next");
        Api.malformedAs(As.ADMIN).queryParam("cursor", resealed(listCursor, unknownKey)).get(ORGANISATIONS)
                .then().spec(problem(422)).body("errors[0].field", equalTo("cursor"));
    }

    /** The same position and list, sealed with another key: the cursor a client got before the rotation. */
    private static String resealed(String cursor, String key) {
        Position position = positionOf(cursor);
        return new Cursor(Cursor.keyBytes(key)).encode(position.list(), new ArrayList<>(position.values()));
    }

    private record Position(String list, List<String> values) {
    }

    /** What a cursor holds (its format: a version byte, the list, the number of values, the values; then the seal). */
    private static Position positionOf(String cursor) {
        byte[] sealed = Base64.getUrlDecoder().decode(cursor);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Arrays.copyOf(sealed, sealed.length - 16)))) {
            in.readByte();
            String list = in.readUTF();
            int size = in.readUnsignedByte();
            List<String> values = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                values.add(in.readUTF());
            }
            return new Position(list, values);
        } catch (IOException e) {
            throw new AssertionError("not a cursor: " + cursor, e);
        }
    }
}
