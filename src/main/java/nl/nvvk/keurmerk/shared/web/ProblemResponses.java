package nl.nvvk.keurmerk.shared.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.error.PreconditionFailed;
import nl.nvvk.keurmerk.shared.error.PreconditionRequired;
import nl.nvvk.keurmerk.shared.error.Problem;
import nl.nvvk.keurmerk.shared.error.ProblemLanguage;
import nl.nvvk.keurmerk.shared.error.StandardProblem;
import nl.nvvk.keurmerk.shared.error.Unavailable;
import nl.nvvk.keurmerk.shared.error.Problem.FieldError;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The problem answers every operation can give, defined once under {@code components/responses}
 * and referenced by each operation as its shape calls for: every one can answer 401/403 (a token,
 * even on public reads, is checked), 406, 422 (an unknown or malformed parameter), 429, 500 and
 * 503; ones with an id 404; ones with a body 400/413/415; ones with If-Match 412/428. The examples
 * are the very problems the service answers with, built from the same exceptions and wording.
 * Operation-specific answers (a 409 duplicate …) stay on the resource.
 */
final class ProblemResponses {
    static final String RESPONSES = "#/components/responses/";
    static final String PROBLEM = "#/components/schemas/Problem";
    private static final String EXAMPLE_PATH = "/api/v1/organisations/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b";
    private static final int MAX_RETRY_AFTER = 86_400;

    private ProblemResponses() {
    }

    /** One shared answer: its component name, status, description and the problem it gives. */
    private record Answer(String name, String status, String description, Problem example, Map<String, Header> headers) {
    }

    private static List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        answers.add(new Answer("BadRequest", "400", "Malformed JSON, an unknown property or a value of the wrong type; errors[] names it",
                Problem.of(400, "malformed-request", "Malformed request", "Unknown property 'nmae': it is not part of this resource", EXAMPLE_PATH,
                        List.of(new FieldError("nmae", "Unknown property 'nmae': it is not part of this resource"))), Map.of()));
        answers.add(new Answer("Unauthorized", "401", "No valid bearer token for this API: missing on a protected operation, or sent but "
                + "invalid, expired or issued for another audience (on public reads: send none to read anonymously)",
                StandardProblem.UNAUTHORIZED.at(EXAMPLE_PATH), Map.of("WWW-Authenticate", OASFactory.createHeader()
                        .description("The authentication scheme to use: Bearer")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200).pattern("^Bearer( .*)?$"))
                        .example("Bearer"))));
        answers.add(new Answer("Forbidden", "403", "The caller's role may not do this, or its certifier or member token lacks its tenant claim",
                StandardProblem.FORBIDDEN.at(EXAMPLE_PATH), Map.of()));
        answers.add(new Answer("NotFound", "404", "No such resource, or one of another tenant: both answer alike",
                new NotFound("organisation", UUID.fromString("3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b")).at(EXAMPLE_PATH), Map.of()));
        answers.add(new Answer("NotAcceptable", "406", "The Accept header asks for something other than JSON",
                StandardProblem.NOT_ACCEPTABLE.at(EXAMPLE_PATH), Map.of()));
        answers.add(new Answer("PreconditionFailed", "412", "The If-Match ETag is stale: the resource changed since it was read",
                new PreconditionFailed("\"4\"").at(EXAMPLE_PATH), Map.of()));
        answers.add(new Answer("PayloadTooLarge", "413", "The body is larger than 1 MB",
                StandardProblem.PAYLOAD_TOO_LARGE.at(EXAMPLE_PATH, ProblemLanguage.ENGLISH,
                        "The request body is larger than this service accepts here (%d bytes)", 1_048_576), Map.of()));
        answers.add(new Answer("UnsupportedMediaType", "415", "The body is not application/json",
                StandardProblem.UNSUPPORTED_MEDIA_TYPE.at(EXAMPLE_PATH), Map.of()));
        answers.add(new Answer("ValidationFailed", "422", "A field, or a query, path or header parameter, is invalid or unknown; errors[] names each",
                InvalidContent.of("kvkNumber", "must be exactly 8 digits").at(EXAMPLE_PATH), Map.of()));
        answers.add(new Answer("PreconditionRequired", "428", "If-Match is missing: send the ETag last read",
                new PreconditionRequired().at(EXAMPLE_PATH), Map.of()));
        answers.add(new Answer("TooManyRequests", "429", "This client has used its request budget (see the RateLimit fields); "
                + "nothing was done. Retry after the seconds in Retry-After",
                StandardProblem.TOO_MANY_REQUESTS.at(EXAMPLE_PATH), Map.of("Retry-After", retryAfter("Whole seconds until the budget is refilled"))));
        answers.add(new Answer("InternalError", "500", "Unexpected failure; it is logged",
                StandardProblem.INTERNAL_ERROR.at(EXAMPLE_PATH), Map.of()));
        answers.add(new Answer("ServiceUnavailable", "503", "The database or the identity provider cannot be reached for now, "
                + "or no database connection came free in time. Retry after the seconds in Retry-After (a change whose commit "
                + "an outage broke off may have been applied: read before you repeat it)",
                Unavailable.database(5).at(EXAMPLE_PATH), Map.of("Retry-After", retryAfter("Whole seconds after which a retry may succeed"))));
        return answers;
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        RateLimitFields.define(components);
        components.addHeader("Content-Language", OASFactory.createHeader()
                .description("The language of a problem's title and detail: nl when the request's Accept-Language prefers Dutch to "
                        + "English, else en (the field messages in errors[] stay English)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("en", "nl")))
                .example("en"));
        components.addHeader("Vary", OASFactory.createHeader()
                .description("Names Accept-Language: a problem's words depend on it")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200).pattern("Accept-Language"))
                .example("Accept-Language"));
        Map<String, Answer> byStatus = new LinkedHashMap<>();
        for (Answer answer : answers()) {
            components.addResponse(answer.name(), response(answer));
            byStatus.put(answer.status(), answer);
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> refer(operation, path, byStatus));
            }
        });
    }

    private static void refer(Operation operation, String path, Map<String, Answer> answers) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasBody = operation.getRequestBody() != null;
        Parameter ifMatch = parameters.stream().filter(p -> "If-Match".equalsIgnoreCase(p.getName())).findFirst().orElse(null);

        List<String> statuses = new ArrayList<>();
        if (hasBody) statuses.add("400");
        statuses.add("401");
        statuses.add("403");
        if (path.contains("{")) statuses.add("404");
        statuses.add("406");
        if (ifMatch != null) statuses.add("412");
        if (hasBody) {
            statuses.add("413");
            statuses.add("415");
        }
        statuses.add("422");
        if (ifMatch != null && Boolean.TRUE.equals(ifMatch.getRequired())) statuses.add("428");
        statuses.add("429");
        statuses.add("500");
        statuses.add("503");
        for (String status : statuses) {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + answers.get(status).name()));
            }
        }
        // Successes first, then the failures in status order, as a reader looks for them.
        Map<String, APIResponse> ordered = new java.util.TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(new LinkedHashMap<>(ordered));
    }

    private static APIResponse response(Answer answer) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(answer.description())
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM))
                        .example(example(answer.example()))));
        answer.headers().forEach(response::addHeader);
        // Title and detail are Dutch when Accept-Language prefers nl (ProblemLanguage), English otherwise.
        response.addHeader("Content-Language", OASFactory.createHeader().ref("#/components/headers/Content-Language"));
        response.addHeader("Vary", OASFactory.createHeader().ref("#/components/headers/Vary"));
        if (answer.status().startsWith("4")) {
            RateLimitFields.addTo(response);
        }
        return response;
    }

    /** A problem as its JSON: what the example of every problem answer shows. */
    static Map<String, Object> example(Problem problem) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", problem.type().toString());
        example.put("title", problem.title());
        example.put("status", problem.status());
        example.put("detail", problem.detail());
        example.put("instance", problem.instance());
        if (!problem.errors().isEmpty()) {
            example.put("errors", problem.errors().stream().map(error -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("field", error.field());
                entry.put("message", error.message());
                return entry;
            }).toList());
        }
        return example;
    }

    private static Header retryAfter(String description) {
        return OASFactory.createHeader()
                .description(description)
                .required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(MAX_RETRY_AFTER)))
                .example(5);
    }
}
