package nl.nvvk.keurmerk.shared.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Puts real answers into the contract as the examples of their schemas: META-INF/openapi-examples.json holds, per
 * answer schema, what the service answered in one scenario (ContractAnswersTest records it and fails when it is
 * stale). A schema without a recorded answer keeps the example {@link ExampleBodies} assembles from field examples.
 */
final class RecordedExamples {
    static final String RESOURCE = "META-INF/openapi-examples.json";

    private RecordedExamples() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        recorded().forEach((name, example) -> {
            Schema schema = schemas.get(name);
            if (schema == null) {
                throw new IllegalStateException(RESOURCE + " has an example of " + name + ", which the contract no longer has: record the examples again");
            }
            schema.setExample(example);
        });
    }

    private static Map<String, Object> recorded() {
        try (InputStream file = RecordedExamples.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return file == null ? Map.of() : new ObjectMapper().readValue(file, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " does not read", e);
        }
    }
}
