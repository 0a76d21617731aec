package nl.nvvk.keurmerk.shared.concurrency;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each equal value: read from the database, every row brings its own copy of a value many rows
 * share (a body's code, a place, a day, a version's id), and a copy held in memory for every row adds up.
 * Not thread-safe: each in-memory copy interns on the one thread that reads it.
 */
public final class Interner {
    private final Map<Object, Object> values = new HashMap<>();

    /** The first value equal to {@code value} this interner saw; null stays null. */
    @SuppressWarnings("unchecked")
    public <T> T intern(T value) {
        return value == null ? null : (T) values.computeIfAbsent(value, same -> same);
    }
}
