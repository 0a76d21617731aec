package nl.nvvk.keurmerk.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A body that does not read as the resource: the 400 says where and what, in words written here
 * (Jackson's own messages name Java classes).
 */
public final class JsonProblems {
    private JsonProblems() {
    }

    /** The answer as an exception, for the mappers and for a body read by hand (an audit package, an item of a batch). */
    public static ProblemException exception(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return mismatch(unknown, "Unknown property '%s': it is not part of this resource", unknown.getPropertyName());
        }
        if (e instanceof InvalidFormatException format) {
            return mismatch(format, "Value %s has the wrong type or format", shortValue(format.getValue()));
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatch(mismatched, "Value has the wrong type or shape");
        }
        if (e instanceof JsonMappingException mapping) {
            return mismatch(mapping, "The JSON does not match the expected structure");
        }
        var location = e.getLocation();
        return location == null
                ? new MalformedBody("malformed-json", "The request body is not valid JSON", List.of())
                : new MalformedBody("malformed-json", "The request body is not valid JSON at line %d, column %d", List.of(),
                        location.getLineNr(), location.getColumnNr());
    }

    /** Bytes that are no JSON text in any encoding: what Jackson says with an IOException of its own. */
    public static ProblemException exception(java.io.IOException notText) {
        return notText();
    }

    static ProblemException notText() {
        return new MalformedBody("malformed-json", "The request body is not JSON text (RFC 8259: UTF-8)", List.of());
    }

    /** The field's message is the English detail (field messages stay English); the detail itself is said in the request's language. */
    private static ProblemException mismatch(JsonMappingException e, String template, Object... arguments) {
        String field = jsonPath(e.getPath());
        String message = ProblemException.filledIn(template, arguments);
        return new MalformedBody("malformed-request", template,
                List.of(new Problem.FieldError(field.isEmpty() ? "$" : field, message)), arguments);
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String shortValue(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }

    /** A body that does not read as the resource (400), as {@link #exception} describes it. */
    static final class MalformedBody extends ProblemException {
        MalformedBody(String slug, String template, List<Problem.FieldError> errors, Object... arguments) {
            super(400, slug, template, errors, arguments);
        }
    }
}
