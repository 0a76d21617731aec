package nl.nvvk.keurmerk.shared.error;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The name a client uses for a query, path or header parameter, so a 422 names {@code If-Match} or
 * {@code limit}, not the Java parameter behind it.
 */
public final class ParameterName {
    private ParameterName() {
    }

    /** The HTTP name the annotations give; empty where they leave it to the Java name. */
    public static Optional<String> of(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = nameIn(annotation);
            if (!name.isEmpty()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String nameIn(Annotation annotation) {
        if (annotation instanceof QueryParam query) return query.value();
        if (annotation instanceof PathParam path) return path.value();
        if (annotation instanceof HeaderParam header) return header.value();
        if (annotation instanceof RestQuery query) return query.value();
        if (annotation instanceof RestPath path) return path.value();
        if (annotation instanceof RestHeader header) return header.value();
        return "";
    }
}
