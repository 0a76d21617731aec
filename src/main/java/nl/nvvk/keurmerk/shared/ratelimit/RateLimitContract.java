package nl.nvvk.keurmerk.shared.ratelimit;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.shared.error.Problem;
import nl.nvvk.keurmerk.shared.error.StandardProblem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents rate limiting in the contract: the RateLimit and RateLimit-Policy fields on every 2xx
 * and 4xx answer of every /api/ operation, and the 429 each of them can give. Runs after the rest
 * of the contract is complete, so it sees every answer the other steps added.
 */
public final class RateLimitContract {
    private static final String DRAFT = "IETF draft-ietf-httpapi-ratelimit-headers";
    private static final String HEADERS = "#/components/headers/";
    private static final String RESPONSES = "#/components/responses/";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String POLICY_NAMES = Arrays.stream(Budget.values()).map(Budget::policyName).collect(Collectors.joining("|"));
    private static final int MAX_RETRY_AFTER = 86_400;

    private RateLimitContract() {
    }

    public static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        defineHeaders(components);
        Set<String> sharedResponses = new HashSet<>();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                APIResponses responses = operation.getValue().getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.getValue().setResponses(responses);
                }
                addFields(responses, components, sharedResponses);
                if (!responses.hasAPIResponse("429")) {
                    addBeforeServerErrors(responses, tooManyRequests(path.getKey(), operation.getKey(), responses));
                }
            }
        }
    }

    private static void defineHeaders(Components components) {
        components.addHeader(RateLimiting.RATE_LIMIT_POLICY, OASFactory.createHeader()
                .description("The quota policy that counted this request (" + DRAFT + ", RateLimit-Policy field): its name, "
                        + "and q requests per window of w seconds. 'public-read': reads without a valid token, per client address; "
                        + "'authenticated-read': reads with a valid token, per token subject; 'write': POST, PUT, PATCH and DELETE, "
                        + "per token subject, or per client address without a valid token. Each replica of the service counts on its own.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(64)
                        .pattern("^\"(" + POLICY_NAMES + ")\";q=[0-9]{1,18};w=[0-9]{1,18}$"))
                .example("\"public-read\";q=600;w=60"));
        components.addHeader(RateLimiting.RATE_LIMIT, OASFactory.createHeader()
                .description("What is left of that quota (" + DRAFT + ", RateLimit field): r more requests are served "
                        + "within the next t seconds, when the window refills the whole quota.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(64)
                        .pattern("^\"(" + POLICY_NAMES + ")\";r=[0-9]{1,18};t=[0-9]{1,18}$"))
                .example("\"public-read\";r=599;t=60"));
    }

    /** Every 2xx and 4xx answer; an answer shared through components.responses gets them there, once. */
    private static void addFields(APIResponses responses, Components components, Set<String> sharedResponses) {
        responses.getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2") && !status.startsWith("4")) {
                return;
            }
            String ref = response.getRef();
            if (ref == null) {
                addFields(response);
            } else if (ref.startsWith(RESPONSES) && components.getResponses() != null) {
                String name = ref.substring(RESPONSES.length());
                APIResponse shared = components.getResponses().get(name);
                if (shared != null && sharedResponses.add(name)) {
                    addFields(shared);
                }
            }
        });
    }

    private static void addFields(APIResponse response) {
        response.addHeader(RateLimiting.RATE_LIMIT_POLICY, OASFactory.createHeader().ref(HEADERS + RateLimiting.RATE_LIMIT_POLICY));
        response.addHeader(RateLimiting.RATE_LIMIT, OASFactory.createHeader().ref(HEADERS + RateLimiting.RATE_LIMIT));
    }

    private static APIResponse tooManyRequests(String path, PathItem.HttpMethod method, APIResponses responses) {
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD || method == PathItem.HttpMethod.OPTIONS;
        Budget budget = read ? Budget.PUBLIC_READ : Budget.WRITE;
        String budgets = read ? "'public-read' without a token, 'authenticated-read' with one" : "'write'";
        Problem problem = StandardProblem.TOO_MANY_REQUESTS.at(instanceOf(path, responses),
                "This client has used its '%s' budget of %d requests per 60 s; retry in 12 s".formatted(budget.policyName(), read ? 600 : 120));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", problem.type().toString());
        example.put("title", problem.title());
        example.put("status", problem.status());
        example.put("detail", problem.detail());
        example.put("instance", problem.instance());
        APIResponse answer = OASFactory.createAPIResponse()
                .description("This client has used its budget (" + budgets + "); the request was not carried out. "
                        + "Retry after the seconds in Retry-After.")
                .addHeader(RateLimiting.RETRY_AFTER, OASFactory.createHeader()
                        .description("Whole seconds until the budget is refilled")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(MAX_RETRY_AFTER)))
                        .example(12))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM))
                        .example(example)));
        addFields(answer);
        return answer;
    }

    /** Keeps the client errors together, ahead of 500. */
    private static void addBeforeServerErrors(APIResponses responses, APIResponse tooManyRequests) {
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("5")) {
                ordered.putIfAbsent("429", tooManyRequests);
            }
            ordered.put(status, response);
        });
        ordered.putIfAbsent("429", tooManyRequests);
        responses.setAPIResponses(ordered);
    }

    /** The same example path as the operation's other problem answers, so all its examples agree. */
    private static String instanceOf(String path, APIResponses responses) {
        APIResponse failure = responses.getAPIResponse("500");
        MediaType media = failure == null || failure.getContent() == null ? null : failure.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (media != null && media.getExample() instanceof Map<?, ?> other && other.get("instance") instanceof String instance) {
            return instance;
        }
        return path;
    }
}
