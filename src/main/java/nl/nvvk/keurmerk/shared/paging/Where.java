package nl.nvvk.keurmerk.shared.paging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JPQL condition with its named parameters. A filter on a value the client did not give is left
 * out, so a list's optional filters compose without string juggling in every service.
 */
public final class Where {
    private static final Where ALL = new Where("1 = 1", Map.of());
    private static final Where NONE = new Where("1 = 0", Map.of());

    private final String jpql;
    private final Map<String, Object> parameters;

    private Where(String jpql, Map<String, Object> parameters) {
        this.jpql = jpql;
        this.parameters = Map.copyOf(parameters);
    }

    /** No restriction: every row. */
    public static Where all() {
        return ALL;
    }

    /** No row at all: what a scope sees of data that is none of its business. */
    public static Where none() {
        return NONE;
    }

    public static Where of(String jpql, String parameter, Object value) {
        return new Where(jpql, Map.of(parameter, value));
    }

    public static Where of(String jpql, Map<String, Object> parameters) {
        return new Where(jpql, parameters);
    }

    /** Adds a condition on one parameter; left out when the value is null (the client did not filter on it). */
    public Where and(String condition, String parameter, Object value) {
        return value == null ? this : and(of(condition, parameter, value));
    }

    public Where and(Where other) {
        Map<String, Object> joined = new LinkedHashMap<>(parameters);
        other.parameters.forEach((name, value) -> {
            if (joined.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("Parameter :" + name + " is used twice");
            }
        });
        return new Where("(" + jpql + ") and (" + other.jpql + ")", joined);
    }

    public String jpql() {
        return jpql;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
