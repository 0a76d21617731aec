package nl.nvvk.keurmerk.shared.paging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;

/**
 * How one list is ordered and paged. The sort keys are selected from the database with the rows, so
 * a cursor holds exactly the values SQL compared (same collation, same lower-casing, same precision);
 * the last key is unique (the id), so ties never repeat or skip a row. The next page is sought with
 * the row-value predicate {@code (k1, k2) > (:k1, :k2)}, which PostgreSQL answers from an index on
 * the same expressions, so the last page costs what the first does.
 *
 * @param list    the list's name: a cursor names the list that issued it
 * @param from    the JPQL from-clause, with the entity's alias and any fetch joins
 * @param tenancy what a scope may see of these rows; a required part of every page query
 * @param keys    sort keys, the last one unique
 */
public record Keyset<E>(String list, Class<E> type, String alias, String from, Function<Scope, Where> tenancy, List<SortKey> keys,
                        boolean descending) {

    /** The tenancy of rows every caller the operation admits may see alike (the certifying bodies); never of tenant-owned ones. */
    public static final Function<Scope, Where> SHARED = scope -> Where.all();

    /** Sort keys must be NOT NULL: a row-value comparison with NULL would silently skip rows. */
    public static <E> Keyset<E> of(String list, Class<E> type, String alias, String from, Function<Scope, Where> tenancy, SortKey... keys) {
        if (keys.length < 2) {
            throw new IllegalArgumentException("A keyset needs a sort key and a unique last key");
        }
        if (tenancy == SHARED && TenantOwned.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getSimpleName() + " is tenant-owned: its keyset must say what each scope sees");
        }
        return new Keyset<>(list, type, alias, from, tenancy, List.of(keys), false);
    }

    /** The same list, newest (highest) first: every key descends, so the row-value seek still holds. */
    public Keyset<E> reversed() {
        return new Keyset<>(list, type, alias, from, tenancy, keys, true);
    }

    String select() {
        return "select " + alias + ", " + keys.stream().map(SortKey::expression).collect(Collectors.joining(", ")) + " " + from;
    }

    String orderBy() {
        return " order by " + keys.stream().map(key -> key.expression() + (descending ? " desc" : "")).collect(Collectors.joining(", "));
    }

    /** The row-value predicate that seeks past the cursor's position. */
    Where after(List<Object> position) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            parameters.put("after" + i, position.get(i));
        }
        String left = keys.stream().map(SortKey::expression).collect(Collectors.joining(", "));
        String right = parameters.keySet().stream().map(name -> ":" + name).collect(Collectors.joining(", "));
        return Where.of("(" + left + ") " + (descending ? "<" : ">") + " (" + right + ")", parameters);
    }

    /** One sort key: a JPQL expression and the type its values have in a cursor. */
    public record SortKey(String expression, Type type) {
        public enum Type { TEXT, UUID, INSTANT, DATE, SHORT, LONG }

        public static SortKey text(String expression) {
            return new SortKey(expression, Type.TEXT);
        }

        public static SortKey uuid(String expression) {
            return new SortKey(expression, Type.UUID);
        }

        public static SortKey instant(String expression) {
            return new SortKey(expression, Type.INSTANT);
        }

        public static SortKey date(String expression) {
            return new SortKey(expression, Type.DATE);
        }

        public static SortKey smallint(String expression) {
            return new SortKey(expression, Type.SHORT);
        }

        public static SortKey bigint(String expression) {
            return new SortKey(expression, Type.LONG);
        }
    }
}
