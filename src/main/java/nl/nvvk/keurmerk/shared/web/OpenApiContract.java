package nl.nvvk.keurmerk.shared.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
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
 * every operation, each step derived from what the operation is: the problem answers it can give
 * (shared under components/responses) and the catalogue of problem types, conditional reads, the optional token of public reads,
 * which answer fields are always there, example documents (recorded answers, else assembled) and the rate-limit fields.
 */
public class OpenApiContract implements OASFilter {
    private static final String SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // The packaged service builds no document (%prod.mp.openapi.scan.disable): nothing to complete.
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null || openAPI.getPaths().getPathItems().isEmpty()
                || openAPI.getComponents() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getGET() != null) {
                documentConditionalRead(item.getGET());
            }
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(OpenApiContract::documentOptionalToken);
            }
        });
        correctGeneratedSchemas(openAPI);
        documentServer(openAPI);
        ProblemResponses.addTo(openAPI);
        ProblemTypesInContract.addTo(openAPI);
        shareHeaders(openAPI);
        AnswerFields.addTo(openAPI);
        RecordedExamples.addTo(openAPI);
        ExampleBodies.addTo(openAPI);
        // Last: the rate-limit fields and the request id go on every answer the steps above added.
        RateLimitFields.addTo(openAPI);
        RequestIds.addTo(openAPI);
    }

    /**
     * Where SmallRye's output misstates what the annotations say: a field with its own description
     * or example refers to its schema beside a type of its own, written out as an allOf wrapper that
     * reads as an unbounded string; a parameter's default is written as text even for a number.
     */
    private static void correctGeneratedSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(OpenApiContract::unwrap);
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> {
                    Schema schema = parameter.getSchema();
                    if (schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER)
                            && schema.getDefaultValue() instanceof String text) {
                        schema.setDefaultValue(Integer.valueOf(text));
                    }
                });
            }
        }));
    }

    private static void unwrap(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            schema.setType(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiContract::unwrap);
        }
        unwrap(schema.getItems());
        // A map's values named by a schema of their own come out as a type beside an allOf of that one schema.
        if (schema.getAdditionalPropertiesSchema() != null) {
            Schema values = schema.getAdditionalPropertiesSchema();
            if (values.getAllOf() != null && values.getAllOf().size() == 1 && values.getAllOf().get(0).getRef() != null) {
                schema.setAdditionalPropertiesSchema(OASFactory.createSchema().ref(values.getAllOf().get(0).getRef()));
            } else {
                unwrap(values);
            }
        }
    }

    /**
     * One contract serves every deployment, so its server is relative: wherever it is read from.
     * The API is meant for clients outside NVVK (certifying bodies, the public register).
     */
    private static void documentServer(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer()
                .url("/")
                .description("The deployment that serves this contract: production, acceptance or a local run")
                .addExtension("x-internal", false)));
    }

    /** ETag and Location mean the same on every answer: one bounded definition, referred to everywhere. */
    private static void shareHeaders(OpenAPI openAPI) {
        openAPI.getComponents().addHeader(HttpHeaders.ETAG, OASFactory.createHeader()
                .description("The version of the resource this answer shows: send it in If-Match to change the resource, "
                        + "or in If-None-Match to poll it")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(22).pattern("^\"[0-9]{1,20}\"$"))
                .example("\"0\""));
        openAPI.getComponents().addHeader(HttpHeaders.LOCATION, OASFactory.createHeader()
                .description("The URL of the resource just created")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(2048))
                .example("https://keurmerkregister.nvvk.nl/api/v1/organisations/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b"));
        openAPI.getComponents().addHeader(HttpHeaders.CACHE_CONTROL, OASFactory.createHeader()
                .description("Public answers may be kept by any cache, but must be revalidated (with If-None-Match) before every use, "
                        + "so a change of status is never hidden by a cache")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100).pattern("^[a-z0-9=, -]+$"))
                .example("public, max-age=0, must-revalidate"));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation ->
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    if (response.getHeaders() != null) {
                        for (String name : List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.CACHE_CONTROL)) {
                            if (response.getHeaders().containsKey(name)) {
                                response.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
                            }
                        }
                    }
                })));
    }

    /** Public reads take no token, but a token that is sent is checked: security is optional, not absent. */
    private static void documentOptionalToken(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
        }
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
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(ETags.HEADER_MAX_LENGTH).pattern(ETags.HEADER_PATTERN))
                .example("\"0\""));
        read.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: the If-None-Match ETag is still current; no body")
                .addHeader("ETag", etag));
    }
}
