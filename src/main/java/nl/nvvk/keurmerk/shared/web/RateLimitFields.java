package nl.nvvk.keurmerk.shared.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers) that shared.ratelimit
 * puts on every 2xx and 4xx answer of the API: defined once under components/headers and named by
 * every such answer, inline or shared. Runs after the other steps, so it sees
 * every answer they added.
 */
public final class RateLimitFields {
    public static final String RATE_LIMIT = "RateLimit";
    public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    private static final String DRAFT = "IETF draft-ietf-httpapi-ratelimit-headers";
    private static final String HEADERS = "#/components/headers/";

    private RateLimitFields() {
    }

    static void define(Components components) {
        components.addHeader(RATE_LIMIT_POLICY, OASFactory.createHeader()
                .description("The quota policy that counted this request (" + DRAFT + "): its name, and q requests per window of "
                        + "w seconds. 'public-read': reads without a valid token, per client address; 'authenticated-read': reads "
                        + "with a valid token, per token subject; 'write': POST, PUT, PATCH and DELETE, per token subject, or per "
                        + "client address without a valid token. Each replica of the service counts on its own. "
                        + "On every 2xx and 4xx answer while rate limiting is on (keurmerk.rate-limit.enabled, the default).")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(80)
                        .pattern("^\"[a-z][a-z-]{0,39}\";q=[0-9]{1,18};w=[0-9]{1,18}$"))
                .example("\"public-read\";q=600;w=60"));
        components.addHeader(RATE_LIMIT, OASFactory.createHeader()
                .description("What is left of that quota (" + DRAFT + "): r more requests are served within the next t seconds, "
                        + "when the window refills the whole quota. On every 2xx and 4xx answer while rate limiting is on.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(80)
                        .pattern("^\"[a-z][a-z-]{0,39}\";r=[0-9]{1,18};t=[0-9]{1,18}$"))
                .example("\"public-read\";r=599;t=60"));
    }

    /** Every inline 2xx and 4xx answer of the API; the shared ones got them when ProblemResponses defined them. */
    static void addTo(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (response.getRef() == null && (status.startsWith("2") || status.startsWith("4"))) {
                        addTo(response);
                    }
                }));
            }
        });
    }

    static void addTo(APIResponse response) {
        response.addHeader(RATE_LIMIT_POLICY, OASFactory.createHeader().ref(HEADERS + RATE_LIMIT_POLICY));
        response.addHeader(RATE_LIMIT, OASFactory.createHeader().ref(HEADERS + RATE_LIMIT));
    }
}
