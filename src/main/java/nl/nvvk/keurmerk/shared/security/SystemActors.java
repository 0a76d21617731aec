package nl.nvvk.keurmerk.shared.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Jobs and background work act as a named system actor: they see every tenant's data (scope
 * SYSTEM) and the change history records them as "system:&lt;name&gt;", never as whoever happened to
 * trigger them. A caller's HTTP request can never become one.
 */
@ApplicationScoped
public class SystemActors {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,40}");

    private final CurrentVertxRequest current;

    SystemActors(CurrentVertxRequest current) {
        this.current = current;
    }

    /**
     * Runs the work as the named system actor: in the request context a scheduler gave the job, or
     * in one of its own on a bare thread.
     */
    public <T> T run(String actor, Supplier<T> work) {
        if (!NAME.matcher(actor).matches()) {
            throw new IllegalArgumentException("A system actor is named in lower-case words joined by '-': " + actor);
        }
        ManagedContext context = Arc.container().requestContext();
        boolean own = !context.isActive();
        if (own) {
            context.activate();
        }
        Caller caller = Arc.container().instance(Caller.class).get();
        if (current.getCurrent() != null || !caller.isAnonymous()) {
            if (own) {
                context.terminate();
            }
            throw new IllegalStateException("A system actor runs outside any caller's request, never inside one");
        }
        try {
            caller.actAsSystem(actor);
            return work.get();
        } finally {
            if (own) {
                context.terminate();
            } else {
                caller.stopActingAsSystem();
            }
        }
    }
}
