package nl.nvvk.keurmerk.shared.paging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;

/**
 * The position after the last row of a page, bound to the list that issued it and sealed with an
 * HMAC: a cursor of another list, or one a client altered, is refused with a 422 naming
 * {@code cursor} instead of reaching a query.
 *
 * <p>A key ring: new cursors are sealed with the current key, and a cursor sealed with one of the
 * previous keys is still read, so rotating the key loses no client its place (a certifying body's
 * feed position above all) while the old key is kept as a previous one.
 */
final class Cursor {
    private static final byte FORMAT = 1;
    private static final int MAC_LENGTH = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final List<SecretKeySpec> previousKeys;

    Cursor(byte[] key) {
        this(key, List.of());
    }

    Cursor(byte[] key, List<byte[]> previousKeys) {
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.previousKeys = previousKeys.stream().map(previous -> new SecretKeySpec(previous, ALGORITHM)).toList();
    }

    String encode(String list, List<Object> position) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(list);
            out.writeByte(position.size());
            for (Object value : position) {
                out.writeUTF(value.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] payload = bytes.toByteArray();
        byte[] sealed = Arrays.copyOf(payload, payload.length + MAC_LENGTH);
        System.arraycopy(mac(key, payload), 0, sealed, payload.length, MAC_LENGTH);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    /** The typed position a cursor of this keyset holds, sent as {@code parameter}; a 422 naming it for anything else. */
    List<Object> decode(String text, Keyset<?> keyset, String parameter) {
        List<String> values = decode(text, keyset.list(), keyset.keys().size(), parameter);
        try {
            List<Object> position = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                position.add(parse(keyset.keys().get(i).type(), values.get(i)));
            }
            return position;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw refused(parameter);
        }
    }

    /**
     * The position, as text, that a cursor of the list named {@code list} with {@code keys} sort keys
     * holds, sent as {@code parameter}; a 422 naming it for anything else.
     */
    List<String> decode(String text, String list, int keys, String parameter) {
        byte[] sealed;
        try {
            sealed = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw refused(parameter);
        }
        if (sealed.length <= MAC_LENGTH) {
            throw refused(parameter);
        }
        byte[] payload = Arrays.copyOf(sealed, sealed.length - MAC_LENGTH);
        byte[] seal = Arrays.copyOfRange(sealed, payload.length, sealed.length);
        if (!sealedByTheRing(seal, payload)) {
            throw refused(parameter);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readByte() != FORMAT) {
                throw refused(parameter);
            }
            String issuer = in.readUTF();
            if (!issuer.equals(list)) {
                throw InvalidContent.of(parameter, "is a cursor of another list (%s); start this list again without a cursor".formatted(issuer));
            }
            int size = in.readUnsignedByte();
            if (size != keys) {
                throw refused(parameter);
            }
            List<String> position = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                position.add(in.readUTF());
            }
            return position;
        } catch (IOException | IllegalArgumentException e) {
            throw refused(parameter);
        }
    }

    private static Object parse(SortKey.Type type, String value) {
        return switch (type) {
            case TEXT -> value;
            case UUID -> UUID.fromString(value);
            case INSTANT -> Instant.parse(value);
            case DATE -> LocalDate.parse(value);
            case SHORT -> Short.parseShort(value);
            case LONG -> Long.parseLong(value);
        };
    }

    /** Whether the current key or a previous one made this seal; every key is tried, so the time taken does not tell which. */
    private boolean sealedByTheRing(byte[] seal, byte[] payload) {
        boolean sealed = MessageDigest.isEqual(seal, mac(key, payload));
        for (SecretKeySpec previous : previousKeys) {
            sealed |= MessageDigest.isEqual(seal, mac(previous, payload));
        }
        return sealed;
    }

    private static byte[] mac(SecretKeySpec key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), MAC_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }

    private static InvalidContent refused(String parameter) {
        return InvalidContent.of(parameter, "is not a cursor this service gave out for this list; pass the `next` value of the previous page unchanged");
    }

    static byte[] keyBytes(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
