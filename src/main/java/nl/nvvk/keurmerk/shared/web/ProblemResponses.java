package nl.nvvk.keurmerk.shared.web;

import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.shared.error.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem answers every operation can give, derived from what the operation is:
 * secured ones can answer 401/403, ones with an id 404, ones with a body 400/413/415/422, ones
 * with If-Match 412/428, all 500. Operation-specific statuses (409 …) stay on the resource.
 */
final class ProblemResponses {
    private static final String PROBLEM = "#/components/schemas/Problem";

    private ProblemResponses() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!path.startsWith("/api/")) {
            return;
        }
        String instance = instance(path, parameters);
        boolean hasQuery = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean hasBody = operation.getRequestBody() != null;
        Parameter ifMatch = parameters.stream().filter(p -> "If-Match".equalsIgnoreCase(p.getName())).findFirst().orElse(null);

        if (hasBody) {
            add(responses, instance, "400", "Malformed JSON, an unknown property or a value of the wrong type", "malformed-request", "Malformed request",
                    "Unknown property 'nmae': it is not part of this resource");
        }
        if (secured) {
            add(responses, instance, "401", "No valid bearer token", "unauthorized", "Unauthorized",
                    "A valid bearer token from the NVVK Keycloak realm is required");
            add(responses, instance, "403", "The caller's role may not do this, or its token lacks its tenant claim", "forbidden", "Forbidden",
                    "Your role may not do this");
        } else {
            // Public, but a token that is sent is still checked.
            add(responses, instance, "401", "A bearer token was sent but is invalid or expired (send none to read anonymously)",
                    "unauthorized", "Unauthorized", "A valid bearer token from the NVVK Keycloak realm is required");
            add(responses, instance, "403", "A certifier or member token lacks its tenant claim", "forbidden", "Forbidden",
                    "A certifier token must carry the claim 'certifying_body'");
        }
        if (path.contains("{")) {
            add(responses, instance, "404", "No such resource, or one of another tenant", "not-found", "Not found",
                    "No resource with id 3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b");
        }
        if (ifMatch != null) {
            add(responses, instance, "412", "The If-Match ETag is stale: the resource changed since it was read", "precondition-failed",
                    "Precondition failed", "The resource has changed; its current ETag is \"4\". Read it again and retry");
            if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                add(responses, instance, "428", "If-Match is missing", "precondition-required", "Precondition required",
                        "Send the resource's current ETag in an If-Match header to change it");
            }
        }
        if (hasBody) {
            add(responses, instance, "413", "The body is larger than 1 MB", "payload-too-large", "Payload too large",
                    "The request body is larger than this service accepts (1 MB)");
            add(responses, instance, "415", "The body is not application/json", "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json");
        }
        if (hasBody || hasQuery) {
            add(responses, instance, "422", "A field or parameter is invalid; errors[] lists each", "validation-failed", "Validation failed",
                    "The request has 1 invalid field");
        }
        add(responses, instance, "500", "Unexpected failure; it is logged", "internal-error", "Internal error",
                "The service failed unexpectedly; the failure is logged. Please report the time of the request");
    }

    /** The path as a client would call it: path parameters by their examples, else an example id. */
    private static String instance(String path, List<Parameter> parameters) {
        String instance = path;
        for (Parameter parameter : parameters) {
            if (parameter.getIn() == Parameter.In.PATH) {
                Object example = parameter.getExample();
                instance = instance.replace("{" + parameter.getName() + "}",
                        example == null ? "3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b" : example.toString());
            }
        }
        return instance;
    }

    private static void add(APIResponses responses, String instance, String status, String description, String slug, String title, String detail) {
        if (responses.hasAPIResponse(status)) {
            APIResponse existing = responses.getAPIResponse(status);
            if (existing.getContent() == null || existing.getContent().getMediaTypes().isEmpty()) {
                existing.setContent(problemContent(instance, status, slug, title, detail));
            }
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(problemContent(instance, status, slug, title, detail)));
    }

    private static Content problemContent(String instance, String status, String slug, String title, String detail) {
        Map<String, Object> example = new java.util.LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + slug);
        example.put("title", title);
        example.put("status", Integer.parseInt(status));
        example.put("detail", detail);
        example.put("instance", instance);
        return OASFactory.createContent().addMediaType("application/problem+json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM))
                .example(example));
    }
}
