package nl.nvvk.keurmerk.shared.persistence;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New ids: UUID version 7 (RFC 9562), the creation millisecond followed by 74 random bits. Rows
 * created together get neighbouring ids, so a push's fifty findings add to the last pages of the
 * primary key's index instead of fifty random ones — fewer pages touched and written to the
 * write-ahead log per insert. An id shows when its row was created and has 74 random bits where
 * version 4 has 122: ids are not secrets — every read of one goes through the caller's scope.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID next() {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long low = 0x8000_0000_0000_0000L | ((random[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }
}
