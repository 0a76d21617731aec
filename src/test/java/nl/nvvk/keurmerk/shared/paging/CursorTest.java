package nl.nvvk.keurmerk.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import org.junit.jupiter.api.Test;

class CursorTest {
    private static final Keyset<Object> BY_NAME = Keyset.of("organisations", Object.class, "o", "from Organisation o",
            Keyset.SHARED, SortKey.text("lower(o.name)"), SortKey.uuid("o.id"));
    private static final Keyset<Object> BY_TIME = Keyset.of("change-history", Object.class, "c", "from Change c",
            Keyset.SHARED, SortKey.instant("c.occurredAt"), SortKey.uuid("c.id"));
    private static final Keyset<Object> BY_NUMBER = Keyset.of("norms", Object.class, "n", "from Norm n",
            Keyset.SHARED, SortKey.smallint("n.area"), SortKey.smallint("n.position"), SortKey.uuid("n.id"));

    private final Cursor cursors = new Cursor(Cursor.keyBytes("test-key"));

    @Test
    void a_cursor_gives_back_the_typed_position_it_was_made_from() {
        UUID id = UUID.randomUUID();
        List<Object> position = List.of("gemeente i\u0307stanbul — ñandú \u0000 end", id);
        assertThat(cursors.decode(cursors.encode("organisations", position), BY_NAME, "cursor")).isEqualTo(position);

        Instant at = Instant.parse("2026-03-10T14:15:50.123456Z");
        assertThat(cursors.decode(cursors.encode("change-history", List.of(at, id)), BY_TIME, "cursor")).containsExactly(at, id);
        assertThat(cursors.decode(cursors.encode("norms", List.of((short) 4, (short) 11, id)), BY_NUMBER, "cursor"))
                .containsExactly((short) 4, (short) 11, id);
    }

    @Test
    void a_cursor_of_another_list_is_refused_naming_that_list() {
        String other = cursors.encode("change-history", List.of(Instant.now(), UUID.randomUUID()));
        assertThatThrownBy(() -> cursors.decode(other, BY_NAME, "cursor")).isInstanceOfSatisfying(InvalidContent.class, e -> {
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("cursor");
                assertThat(error.message()).contains("change-history");
            });
        });
        assertThatThrownBy(() -> cursors.decode(cursors.encode("norms", List.of((short) 1, (short) 2, UUID.randomUUID())), BY_NAME, "cursor"))
                .isInstanceOf(InvalidContent.class);
    }

    @Test
    void an_altered_cursor_is_refused() {
        String cursor = cursors.encode("organisations", List.of("gemeente zonnedijk", UUID.randomUUID()));
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        for (int i = 0; i < bytes.length; i++) {
            byte[] altered = bytes.clone();
            altered[i] ^= 0x01;
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertThatThrownBy(() -> cursors.decode(forged, BY_NAME, "cursor")).as("byte %d flipped", i).isInstanceOf(InvalidContent.class);
        }
        assertThatThrownBy(() -> cursors.decode(cursor.substring(0, cursor.length() - 4), BY_NAME, "cursor")).isInstanceOf(InvalidContent.class);
        assertThatThrownBy(() -> cursors.decode(cursor + "AA", BY_NAME, "cursor")).isInstanceOf(InvalidContent.class);
    }

    @Test
    void a_cursor_sealed_with_another_key_or_made_up_is_refused() {
        String elsewhere = new Cursor(Cursor.keyBytes("another-key")).encode("organisations", List.of("x", UUID.randomUUID()));
        assertThatThrownBy(() -> cursors.decode(elsewhere, BY_NAME, "cursor")).isInstanceOf(InvalidContent.class);
        for (String junk : List.of("", "bm9wZQ", "***", "A", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            assertThatThrownBy(() -> cursors.decode(junk, BY_NAME, "cursor")).as(junk).isInstanceOf(InvalidContent.class);
        }
    }

    @Test
    void after_a_rotation_a_cursor_sealed_with_the_previous_key_is_read_and_new_ones_are_sealed_with_the_current_key() {
        Cursor before = new Cursor(Cursor.keyBytes("the-key-before-the-rotation"));
        Cursor ring = new Cursor(Cursor.keyBytes("the-key-after-the-rotation"), List.of(Cursor.keyBytes("the-key-before-the-rotation")));
        UUID id = UUID.randomUUID();
        String held = before.encode("organisations", List.of("gemeente zonnedijk", id));
        assertThat(ring.decode(held, BY_NAME, "cursor")).containsExactly("gemeente zonnedijk", id);
        assertThat(ring.decode(before.encode("events", List.of("41", "7")), "events", 2, "after")).containsExactly("41", "7");

        String issued = ring.encode("organisations", List.of("gemeente zonnedijk", id));
        assertThat(new Cursor(Cursor.keyBytes("the-key-after-the-rotation")).decode(issued, BY_NAME, "cursor")).containsExactly("gemeente zonnedijk", id);
        assertThatThrownBy(() -> before.decode(issued, BY_NAME, "cursor")).as("not sealed with the previous key").isInstanceOf(InvalidContent.class);

        // Once the previous key is dropped, what it sealed is refused like any cursor of an unknown key.
        Cursor dropped = new Cursor(Cursor.keyBytes("the-key-after-the-rotation"));
        assertThatThrownBy(() -> dropped.decode(held, BY_NAME, "cursor")).isInstanceOf(InvalidContent.class);
    }

    @Test
    void a_cursor_sealed_with_a_key_outside_the_ring_is_refused_naming_the_parameter_it_came_as() {
        Cursor ring = new Cursor(Cursor.keyBytes("the-key-after-the-rotation"), List.of(Cursor.keyBytes("the-key-before-the-rotation")));
        String unknown = new Cursor(Cursor.keyBytes("a-key-this-service-never-had")).encode("events", List.of("41", "7"));
        for (String parameter : List.of("after", "cursor")) {
            assertThatThrownBy(() -> ring.decode(unknown, "events", 2, parameter)).isInstanceOfSatisfying(InvalidContent.class,
                    e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo(parameter)));
        }
        // The ring still binds a cursor to its list, whichever key sealed it.
        String other = new Cursor(Cursor.keyBytes("the-key-before-the-rotation")).encode("change-history", List.of(Instant.now(), UUID.randomUUID()));
        assertThatThrownBy(() -> ring.decode(other, BY_NAME, "cursor")).isInstanceOfSatisfying(InvalidContent.class,
                e -> assertThat(e.errors().get(0).message()).contains("change-history"));
    }
}
