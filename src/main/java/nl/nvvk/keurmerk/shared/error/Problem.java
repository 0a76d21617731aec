package nl.nvvk.keurmerk.shared.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the body of every 4xx and 5xx answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail, media type application/problem+json.")
public record Problem(
        @Size(max = 200) @Schema(description = "URI identifying the kind of problem", example = "https://keurmerkregister.nvvk.nl/problems/validation-failed") URI type,
        @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(description = "Short summary of the kind of problem", example = "Validation failed") String title,
        @Min(400) @Max(599) @Schema(description = "HTTP status", example = "422") int status,
        @Size(max = 2000) @Pattern(regexp = Formats.TEXT) @Schema(description = "What went wrong in this request", example = "The request has 1 invalid field", nullable = true) String detail,
        @Size(max = 2048) @Pattern(regexp = Formats.ONE_LINE) @Schema(description = "The request path", example = "/api/v1/organisations", nullable = true) String instance,
        @Size(max = 1000) @Schema(description = "One entry per invalid field or parameter", nullable = true) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\u0000-\\u001F\\u007F]");

    /** Whatever of the request a problem repeats (a path, an unknown name) stays within the limits the contract gives. */
    public Problem {
        detail = bounded(detail, 2000);
        instance = bounded(instance, 2048);
        // A package of a thousand bad findings lists the first thousand problems; its detail gives the count.
        errors = errors != null && errors.size() > MAX_ERRORS ? List.copyOf(errors.subList(0, MAX_ERRORS)) : errors;
    }

    /** As many field errors as a problem lists (the contract's maxItems). */
    public static final int MAX_ERRORS = 1000;
    public static final String TYPE_BASE = ProblemType.BASE;

    public static Problem of(int status, String slug, String title, String detail, String instance, List<FieldError> errors) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, instance, errors == null ? List.of() : errors);
    }

    /** One line, control characters shown as '?', cut to the length the contract allows. */
    static String bounded(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        String line = CONTROL.matcher(text).replaceAll("?");
        return line.length() <= maxLength ? line : line.substring(0, maxLength - 1) + "…";
    }

    @Schema(name = "FieldError", description = "One invalid field of a request.")
    public record FieldError(
            @Size(max = 300) @Pattern(regexp = Formats.ONE_LINE) @Schema(description = "JSON path of the field, or the name of the parameter", example = "kvkNumber") String field,
            @Size(max = 1000) @Pattern(regexp = Formats.ONE_LINE) @Schema(description = "What is wrong with it", example = "must be exactly 8 digits") String message) {

        public FieldError {
            field = bounded(field, 300);
            message = bounded(message, 1000);
        }
    }
}
