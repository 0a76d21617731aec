package nl.nvvk.keurmerk.shared.web;

import nl.nvvk.keurmerk.shared.ratelimit.RateLimitContract;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the generated contract (openapi/openapi.yaml) with what annotations would repeat on
 * every operation: the problem answers each can give, conditional reads, whole example documents
 * and the rate-limit fields.
 */
public class OpenApiContract implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                if (item.getGET() != null) {
                    documentConditionalRead(item.getGET());
                }
            });
        }
        ProblemResponses.addTo(openAPI);
        ExampleBodies.addTo(openAPI);
        // Last: the rate-limit fields go on every answer the steps above added.
        RateLimitContract.addTo(openAPI);
    }

    /** A read that answers with an ETag also answers 304 to an If-None-Match naming it (ConditionalReads). */
    private static void documentConditionalRead(Operation read) {
        APIResponse ok = read.getResponses() == null ? null : read.getResponses().getAPIResponse("200");
        Header etag = ok == null || ok.getHeaders() == null ? null : ok.getHeaders().get("ETag");
        if (etag == null) {
            return;
        }
        read.addParameter(OASFactory.createParameter()
                .name("If-None-Match")
                .in(Parameter.In.HEADER)
                .description("The ETag last read: answers 304 without a body while it is still current")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example("\"0\""));
        read.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: the If-None-Match ETag is still current; no body")
                .addHeader("ETag", etag));
    }
}
