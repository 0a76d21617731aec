package nl.nvvk.keurmerk.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A 405 must say in {@code Allow} which methods the resource does support (RFC 9110, 15.5.6); the
 * REST layer leaves it out, so this adds it from the resources' own annotations.
 */
@ApplicationScoped
public class AllowedMethods {
    private final List<Route> routes = new ArrayList<>();

    AllowedMethods(BeanManager beans) {
        beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass)
                .filter(type -> type.isAnnotationPresent(Path.class))
                .distinct()
                .forEach(this::index);
    }

    @ServerResponseFilter
    public void addAllow(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 405 && !response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            String allowed = at(request.getUriInfo().getPath());
            if (!allowed.isEmpty()) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, allowed);
            }
        }
    }

    /** The methods resources declare for this path, comma-separated; empty if none matches. */
    String at(String path) {
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return routes.stream()
                .filter(route -> route.pattern.matcher(normalised).matches())
                .map(Route::method)
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .collect(Collectors.joining(", "));
    }

    private void index(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        for (Method method : resource.getMethods()) {
            String httpMethod = Arrays.stream(method.getAnnotations())
                    .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                    .filter(Objects::nonNull)
                    .map(HttpMethod::value)
                    .findFirst().orElse(null);
            if (httpMethod != null) {
                Path sub = method.getAnnotation(Path.class);
                routes.add(new Route(httpMethod, template(base, sub == null ? "" : sub.value())));
            }
        }
    }

    /** "/api/v1/organisations" + "/{id}" matches /api/v1/organisations/ and any one segment. */
    private static Pattern template(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : joined.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private record Route(String method, Pattern pattern) {
    }
}
