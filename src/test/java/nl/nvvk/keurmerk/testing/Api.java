package nl.nvvk.keurmerk.testing;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * REST Assured entry points. Every request and response is validated against the committed
 * contract in openapi/openapi.yaml (required fields, types, and no field the schema does not list);
 * deliberately bad requests validate only the answer.
 */
public final class Api {
    public static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    private static final OpenApiValidationFilter STRICT = filter(false);
    private static final OpenApiValidationFilter ANSWER_ONLY = filter(true);

    private Api() {
    }

    /** A well-formed request by this caller; request and answer must match the contract. */
    public static RequestSpecification as(As caller) {
        return authorised(given().filter(STRICT), caller.token());
    }

    /** A well-formed request with a token made for the test (for instance a member of a fresh organisation). */
    public static RequestSpecification withToken(String token) {
        return authorised(given().filter(STRICT), token);
    }

    /** A request that breaks the contract on purpose; only the answer is checked against it. */
    public static RequestSpecification malformedAs(As caller) {
        return authorised(given().filter(ANSWER_ONLY), caller.token());
    }

    /** A request with a token made for the test that breaks the contract on purpose; only the answer is checked. */
    public static RequestSpecification malformedWithToken(String token) {
        return authorised(given().filter(ANSWER_ONLY), token);
    }

    private static RequestSpecification authorised(RequestSpecification spec, String token) {
        spec = spec.accept(ContentType.JSON);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    private static OpenApiValidationFilter filter(boolean answerOnly) {
        LevelResolver.Builder levels = LevelResolver.create()
                // Anonymous and wrong-token calls to secured operations are part of every role matrix.
                .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                // An answer carries only the fields its schema lists (the validator leaves them open unless told).
                .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR);
        if (answerOnly) {
            levels.withLevel("validation.request", ValidationReport.Level.IGNORE);
        }
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForSpecificationUrl(CONTRACT.toAbsolutePath().toUri().toString())
                .withLevelResolver(levels.build())
                .build();
        return new OpenApiValidationFilter(validator);
    }
}
