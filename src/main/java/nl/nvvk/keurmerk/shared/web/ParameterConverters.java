package nl.nvvk.keurmerk.shared.web;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.ParameterName;
import nl.nvvk.keurmerk.shared.validation.Dates;
import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/**
 * Query, path and header parameters of every type but text: a value that does not convert is a 422
 * naming the parameter and what it must be, never the 404 JAX-RS would give. An empty value counts
 * as absent. The parameter must be declared with its name (@QueryParam("limit"), @PathParam("id")),
 * as ArchitectureTest checks: the converter sees only the annotations.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private record Conversion(String expected, Function<String, Object> parse) {
    }

    private static final Map<Class<?>, Conversion> CONVERSIONS = Map.of(
            UUID.class, new Conversion("must be a UUID such as 3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b", ParameterConverters::uuid),
            Integer.class, new Conversion("must be a whole number", Integer::valueOf),
            int.class, new Conversion("must be a whole number", Integer::valueOf),
            Short.class, new Conversion("must be a whole number", Short::valueOf),
            Long.class, new Conversion("must be a whole number", Long::valueOf),
            LocalDate.class, new Conversion(Dates.EXPECTED, Dates::parse),
            Boolean.class, new Conversion("must be true or false", ParameterConverters::bool));

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = ParameterName.of(annotations).orElse("parameter");
        if (rawType.isEnum() && Labelled.class.isAssignableFrom(rawType)) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            return converter(name, new Conversion("must be one of " + allowed, value -> Enum.valueOf(type, value)));
        }
        Conversion conversion = CONVERSIONS.get(rawType);
        return conversion == null ? null : converter(name, conversion);
    }

    private static <T> ParamConverter<T> converter(String name, Conversion conversion) {
        return new ParamConverter<>() {
            @Override
            @SuppressWarnings("unchecked")
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return (T) conversion.parse().apply(value);
                } catch (IllegalArgumentException | DateTimeException e) {
                    throw InvalidContent.of(name, conversion.expected());
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> code ? code.name() : value.toString();
            }
        };
    }

    /** Only the canonical form: UUID.fromString would also take "1-2-3-4-5". */
    private static UUID uuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException(value);
        }
        return UUID.fromString(value);
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
