package nl.nvvk.keurmerk.shared.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.Problem.FieldError;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the operation does not know is a 422 naming it: a script that misspells a filter
 * ({@code ?kvk=…} for {@code ?kvkNumber=…}) must not silently get the unfiltered list.
 */
public class KnownQueryParameters {
    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Set<String> sent = request.getUriInfo().getQueryParameters().keySet();
        if (sent.isEmpty() || resource.getResourceMethod() == null) {
            return;
        }
        Set<String> accepted = known.computeIfAbsent(resource.getResourceMethod(), KnownQueryParameters::declaredBy);
        List<FieldError> unknown = sent.stream().filter(name -> !accepted.contains(name)).sorted()
                .map(name -> new FieldError(name, accepted.isEmpty() ? "is not a parameter of this operation, which takes none"
                        : "is not a parameter of this operation; it takes " + String.join(", ", accepted)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidContent(unknown.size() == 1 ? "The request has 1 unknown query parameter"
                    : "The request has %d unknown query parameters".formatted(unknown.size()), unknown);
        }
    }

    private static Set<String> declaredBy(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(names, field.getAnnotation(QueryParam.class), field.getAnnotation(RestQuery.class), field.getName());
                    }
                }
            } else {
                add(names, parameter.getAnnotation(QueryParam.class), parameter.getAnnotation(RestQuery.class), parameter.getName());
            }
        }
        return names;
    }

    private static void add(Set<String> names, QueryParam query, RestQuery rest, String javaName) {
        if (query != null) {
            names.add(query.value());
        } else if (rest != null) {
            names.add(rest.value().isEmpty() ? javaName : rest.value());
        }
    }
}
