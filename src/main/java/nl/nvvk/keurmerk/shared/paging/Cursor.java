package nl.nvvk.keurmerk.shared.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.error.InvalidContent;

/** The position after the last item of a page: its sort key and id, so ties never repeat or skip rows. */
public record Cursor(String sortKey, UUID id) {

    public String encode() {
        String raw = sortKey + "\u0000" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int split = raw.lastIndexOf('\u0000');
            return new Cursor(raw.substring(0, split), UUID.fromString(raw.substring(split + 1)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw InvalidContent.of("cursor", "is not a cursor this service gave out; use the `next` value of a page");
        }
    }
}
