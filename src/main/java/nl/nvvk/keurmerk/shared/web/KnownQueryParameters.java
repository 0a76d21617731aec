package nl.nvvk.keurmerk.shared.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.Problem.FieldError;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the operation does not know is a 422 naming it: a script that misspells a filter
 * ({@code ?kvk=…} for {@code ?kvkNumber=…}) must not silently get the unfiltered list. So is one
 * that takes a single value but is sent twice ({@code ?limit=50&limit=abc}): which one counts
 * would be a guess.
 */
public class KnownQueryParameters {
    /** Per resource method: its query parameters, and whether each takes several values (a collection). */
    private final Map<Method, Map<String, Boolean>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Map<String, List<String>> sent = request.getUriInfo().getQueryParameters();
        if (sent.isEmpty() || resource.getResourceMethod() == null) {
            return;
        }
        Map<String, Boolean> accepted = known.computeIfAbsent(resource.getResourceMethod(), KnownQueryParameters::declaredBy);
        List<FieldError> errors = new ArrayList<>();
        new TreeMap<>(sent).forEach((name, values) -> {
            if (!accepted.containsKey(name)) {
                errors.add(new FieldError(name, accepted.isEmpty() ? "is not a parameter of this operation, which takes none"
                        : "is not a parameter of this operation; it takes " + String.join(", ", accepted.keySet())));
            } else if (values.size() > 1 && !accepted.get(name)) {
                errors.add(new FieldError(name, "is given %d times; it takes one value".formatted(values.size())));
            }
        });
        if (!errors.isEmpty()) {
            throw errors.size() == 1
                    ? new InvalidContent("The request has 1 invalid query parameter", errors)
                    : new InvalidContent("The request has %d invalid query parameters", errors, errors.size());
        }
    }

    private static Map<String, Boolean> declaredBy(Method method) {
        Map<String, Boolean> names = new TreeMap<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(names, field.getAnnotation(QueryParam.class), field.getAnnotation(RestQuery.class), field.getName(), field.getType());
                    }
                }
            } else {
                add(names, parameter.getAnnotation(QueryParam.class), parameter.getAnnotation(RestQuery.class), parameter.getName(), parameter.getType());
            }
        }
        return names;
    }

    private static void add(Map<String, Boolean> names, QueryParam query, RestQuery rest, String javaName, Class<?> type) {
        boolean several = Collection.class.isAssignableFrom(type) || type.isArray();
        if (query != null) {
            names.put(query.value(), several);
        } else if (rest != null) {
            names.put(rest.value().isEmpty() ? javaName : rest.value(), several);
        }
    }
}
