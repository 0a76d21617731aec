package nl.nvvk.keurmerk.shared.web;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes the generated contract (openapi/openapi.yaml) with what annotations would repeat on
 * every operation: the problem answers each can give, and whole example documents.
 */
public class OpenApiContract implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.addTo(openAPI);
        ExampleBodies.addTo(openAPI);
    }
}
