package nl.nvvk.keurmerk.certificate;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * A certificate's public number, such as {@code NVVK-7KQ2-M9XH-4DPE}: "NVVK" and three groups of four
 * symbols — eleven random symbols of Crockford's base 32 (digits and upper-case letters without I,
 * L, O and U: 55 bits, not to be guessed from another certificate's number) and a check symbol
 * (Luhn mod 32), which catches every mistyped symbol and almost every swap of two neighbours before
 * a lookup is made. Read back leniently, as people type it: any case, with or without the hyphens,
 * I and L as 1, O as 0.
 */
public final class CertificateNumber {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** The stored and printed form. */
    public static final String FORMAT = "^NVVK-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$";
    private static final int RANDOM_SYMBOLS = 11;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateNumber() {
    }

    /** A fresh number: eleven symbols from a SecureRandom and their check symbol. */
    public static String next() {
        StringBuilder symbols = new StringBuilder(RANDOM_SYMBOLS + 1);
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            symbols.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        symbols.append(checkSymbol(symbols));
        return printed(symbols);
    }

    /** The number as stored, when {@code typed} is one (its check symbol included); empty otherwise. */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        // Read character by character: public verification parses a number on every request.
        StringBuilder symbols = new StringBuilder(16);
        for (int i = 0; i < typed.length(); i++) {
            char c = Character.toUpperCase(typed.charAt(i));
            if (c == '-' || c == '\u00A0' || Character.isWhitespace(c)) {
                continue;
            }
            symbols.append(c);
        }
        if (symbols.length() == 4 + RANDOM_SYMBOLS + 1 && symbols.indexOf("NVVK") == 0) {
            symbols.delete(0, 4);
        }
        if (symbols.length() != RANDOM_SYMBOLS + 1) {
            return Optional.empty();
        }
        for (int i = 0; i < symbols.length(); i++) {
            char c = switch (symbols.charAt(i)) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> symbols.charAt(i);
            };
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
            symbols.setCharAt(i, c);
        }
        if (checkSymbol(symbols.subSequence(0, RANDOM_SYMBOLS)) != symbols.charAt(RANDOM_SYMBOLS)) {
            return Optional.empty();
        }
        return Optional.of(printed(symbols));
    }

    /** Luhn mod N over the alphabet: from the right, every second symbol's value doubled and its base-32 digits summed. */
    static char checkSymbol(CharSequence symbols) {
        int n = ALPHABET.length();
        int sum = 0;
        boolean doubled = true;
        for (int i = symbols.length() - 1; i >= 0; i--) {
            int value = ALPHABET.indexOf(symbols.charAt(i));
            if (doubled) {
                value *= 2;
                value = value / n + value % n;
            }
            sum += value;
            doubled = !doubled;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }

    private static String printed(CharSequence symbols) {
        return "NVVK-" + symbols.subSequence(0, 4) + "-" + symbols.subSequence(4, 8) + "-" + symbols.subSequence(8, 12);
    }
}
