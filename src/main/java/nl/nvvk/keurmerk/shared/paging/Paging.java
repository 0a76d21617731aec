package nl.nvvk.keurmerk.shared.paging;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.nvvk.keurmerk.shared.security.Scope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs keyset pages: the caller's scope and the list's filters, the seek past the cursor, one row
 * more than the page holds to tell whether there is a next page, and the next page's cursor. Made at
 * start, so a deployment without a cursor key fails at once, not at its first list.
 */
@Startup
@ApplicationScoped
public class Paging {
    static final int MIN_KEY_LENGTH = 32;

    private final Cursor cursors;

    /**
     * @param previousCursorKeys keys of an earlier rotation: cursors they sealed are still read, none is sealed with them
     */
    Paging(@ConfigProperty(name = "keurmerk.paging.cursor-key") Optional<String> cursorKey,
           @ConfigProperty(name = "keurmerk.paging.previous-cursor-keys") Optional<List<String>> previousCursorKeys) {
        String key = cursorKey.map(String::strip).orElse("");
        if (key.length() < MIN_KEY_LENGTH) {
            // A guessable key would let clients forge cursors; refuse to start rather than run with one.
            throw new IllegalStateException("Set keurmerk.paging.cursor-key (KEURMERK_CURSOR_KEY) to a secret of at least %d characters, the same on every replica"
                    .formatted(MIN_KEY_LENGTH));
        }
        List<String> previous = previousCursorKeys.orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        if (previous.stream().anyMatch(k -> k.length() < MIN_KEY_LENGTH)) {
            // A short previous key would let clients forge cursors as well as a short current one.
            throw new IllegalStateException("Each of keurmerk.paging.previous-cursor-keys (KEURMERK_PREVIOUS_CURSOR_KEYS) must be at least %d characters"
                    .formatted(MIN_KEY_LENGTH));
        }
        this.cursors = new Cursor(Cursor.keyBytes(key), previous.stream().filter(k -> !k.equals(key)).map(Cursor::keyBytes).toList());
    }

    /**
     * One page of a list, as the scope may see it.
     *
     * @param filters the client's filters; the scope's own condition is added here, never by the caller
     */
    public <E, T> Page<T> page(Keyset<E> keyset, Scope scope, Where filters, PageRequest request, Function<E, T> toItem) {
        int limit = request.limit();
        List<Object[]> rows = seek(keyset, scope, filters, request.cursor(), "cursor", limit + 1);
        boolean more = rows.size() > limit;
        List<Object[]> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? cursors.encode(keyset.list(), positionOf(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(row -> toItem.apply(keyset.type().cast(row[0]))).toList(), next);
    }

    /**
     * The next events of a feed after the position {@code after} names (from the start when null).
     * Unlike a page, a feed always answers where to go on from: after its last item, or where the
     * client already was when nothing is new, so the client polls with it again.
     *
     * @param parameter the name the client sends the position as, which a refusal names
     * @param settled   a position up to which the feed can no longer change: when nothing after the cursor
     *                  passes the filters, the next poll starts there instead of reading the same rows again
     */
    public <E, T> Page<T> feed(Keyset<E> keyset, Scope scope, Where filters, String after, String parameter, int limit, List<Object> settled,
                               Function<E, T> toItem) {
        List<Object[]> rows = seek(keyset, scope, filters, after, parameter, limit);
        String next = cursors.encode(keyset.list(), rows.isEmpty() ? settled : positionOf(rows.get(rows.size() - 1)));
        return new Page<>(rows.stream().map(row -> toItem.apply(keyset.type().cast(row[0]))).toList(), next);
    }

    /**
     * One page of a list held in memory (the public register), in the list's own order.
     *
     * @param keys       how many text keys a position has, the last one unique
     * @param itemsAfter the items after a position (from the start when null), in order, filtered
     * @param positionOf an item's position: its text keys
     */
    public <E, T> Page<T> page(String list, int keys, PageRequest request, Function<List<String>, Iterable<E>> itemsAfter,
                               Function<E, List<String>> positionOf, Function<E, T> toItem) {
        List<String> after = request.cursor() == null ? null : cursors.decode(request.cursor(), list, keys, "cursor");
        int limit = request.limit();
        List<E> shown = new java.util.ArrayList<>(limit);
        boolean more = false;
        for (E item : itemsAfter.apply(after)) {
            if (shown.size() == limit) {
                more = true;
                break;
            }
            shown.add(item);
        }
        String next = more ? cursors.encode(list, List.<Object>copyOf(positionOf.apply(shown.get(shown.size() - 1)))) : null;
        return new Page<>(shown.stream().map(toItem).toList(), next);
    }

    /**
     * The rows (each the entity, then its sort keys) the scope may see and the filters admit, past the
     * position the cursor sent as {@code parameter} names (from the start when null), at most {@code max}.
     */
    private List<Object[]> seek(Keyset<?> keyset, Scope scope, Where filters, String cursor, String parameter, int max) {
        Where where = keyset.tenancy().apply(scope).and(filters);
        if (cursor != null) {
            where = where.and(keyset.after(cursors.decode(cursor, keyset, parameter)));
        }
        TypedQuery<Object[]> query = Panache.getEntityManager()
                .createQuery(keyset.select() + " where " + where.jpql() + keyset.orderBy(), Object[].class)
                .setMaxResults(max);
        where.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    private static List<Object> positionOf(Object[] row) {
        return Arrays.asList(row).subList(1, row.length);
    }
}
