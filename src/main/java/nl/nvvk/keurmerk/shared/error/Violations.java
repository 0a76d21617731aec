package nl.nvvk.keurmerk.shared.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Bean Validation's violations as the 422 a client reads: every field at once, each named as the client wrote it. */
public final class Violations {
    private Violations() {
    }

    public static InvalidContent of(Collection<? extends ConstraintViolation<?>> violations) {
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return errors.size() == 1
                ? new InvalidContent("The request has 1 invalid field", errors)
                : new InvalidContent("The request has %d invalid fields", errors, errors.size());
    }

    /**
     * "create.request.norms[0].number" becomes "norms[0].number": method and body parameter names mean
     * nothing to a client. A query, path or header parameter is named as the client sends it.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        Path.MethodNode method = null;
        Path.ParameterNode parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case METHOD -> method = node.as(Path.MethodNode.class);
                case PARAMETER -> parameter = node.as(Path.ParameterNode.class);
                default -> {
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getName() != null && !node.getName().isEmpty() && !node.getName().startsWith("<")) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter == null ? "$" : httpName(violation.getRootBeanClass(), method, parameter);
    }

    /**
     * The parameter's name in the request (If-Match), read from the resource method's annotations;
     * the class validated may be a generated subclass whose override carries none.
     */
    private static String httpName(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        if (method != null) {
            Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
            for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
                try {
                    Annotation[] annotations = type.getDeclaredMethod(method.getName(), types)
                            .getParameters()[parameter.getParameterIndex()].getAnnotations();
                    var name = ParameterName.of(annotations);
                    if (name.isPresent()) {
                        return name.get();
                    }
                } catch (NoSuchMethodException e) {
                    // declared further up
                }
            }
        }
        return parameter.getName();
    }
}
