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

    /** The same answer as an exception, for a body read by hand (an audit package, an item of a batch). */
    public static ProblemException exception(JsonProcessingException e) {
        Problem problem = of(e, null);
        return new MalformedBody(problem);
    }

    /** Bytes that are no JSON text in any encoding: what Jackson says with an IOException of its own. */
    public static ProblemException exception(java.io.IOException notText) {
        return new MalformedBody(notText(null));
    }

    public static Problem notText(String instance) {
        return Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not JSON text (RFC 8259: UTF-8)", instance, List.of());
    }

    public static Problem of(JsonProcessingException e, String instance) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return mismatch("Unknown property '%s': it is not part of this resource".formatted(unknown.getPropertyName()), unknown, instance);
        }
        if (e instanceof InvalidFormatException format) {
            return mismatch("Value %s has the wrong type or format".formatted(shortValue(format.getValue())), format, instance);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatch("Value has the wrong type or shape", mismatched, instance);
        }
        if (e instanceof JsonMappingException mapping) {
            return mismatch("The JSON does not match the expected structure", mapping, instance);
        }
        var location = e.getLocation();
        String where = location == null ? "" : " at line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
        return Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON" + where, instance, List.of());
    }

    private static Problem mismatch(String message, JsonMappingException e, String instance) {
        String field = jsonPath(e.getPath());
        return Problem.of(400, "malformed-request", "Malformed request", message, instance,
                List.of(new Problem.FieldError(field.isEmpty() ? "$" : field, message)));
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

    /** A body that does not read as the resource (400), as {@link #of} describes it. */
    static final class MalformedBody extends ProblemException {
        MalformedBody(Problem problem) {
            super(problem.status(), slugOf(problem), problem.title(), problem.detail(), problem.errors());
        }

        private static String slugOf(Problem problem) {
            return problem.type().toString().substring(Problem.TYPE_BASE.length());
        }
    }
}
