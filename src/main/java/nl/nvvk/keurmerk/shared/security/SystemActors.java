package nl.nvvk.keurmerk.shared.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Jobs and background work act as a named system actor: they see every tenant's data (scope
 * SYSTEM) and the change history records them as "system:&lt;name&gt;", never as whoever happened to
 * trigger them.
 */
@ApplicationScoped
public class SystemActors {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,40}");

    /** Runs the work in a request context of its own, as the named system actor. */
    public <T> T run(String actor, Supplier<T> work) {
        if (!NAME.matcher(actor).matches()) {
            throw new IllegalArgumentException("A system actor is named in lower-case words joined by '-': " + actor);
        }
        ManagedContext context = Arc.container().requestContext();
        if (context.isActive()) {
            throw new IllegalStateException("A system actor runs outside any caller's request, never inside one");
        }
        context.activate();
        try {
            Arc.container().instance(Caller.class).get().actAsSystem(actor);
            return work.get();
        } finally {
            context.terminate();
        }
    }
}
