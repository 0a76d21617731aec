package nl.nvvk.keurmerk.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every JSON request body and success answer of the contract a whole example document,
 * assembled from the examples on the records' fields and kept on the shared schema it describes, so
 * a resource read, created and revised by three operations is shown once. Integrators copy these; deriving them from
 * the field examples keeps them in step with the records instead of drifting in hand-written JSON.
 */
final class ExampleBodies {
    private static final String JSON = "application/json";
    private static final String COMPONENT = "#/components/schemas/";
    /** Deep enough for every resource, shallow enough to stop at a self-reference. */
    private static final int MAX_DEPTH = 16;

    private final Map<String, Schema> components;

    private ExampleBodies(Map<String, Schema> components) {
        this.components = components;
    }

    static void addTo(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null || components == null || components.getSchemas() == null) {
            return;
        }
        ExampleBodies examples = new ExampleBodies(components.getSchemas());
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(examples::document));
    }

    private void document(Operation operation) {
        if (operation.getRequestBody() != null) {
            document(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    document(response.getContent());
                }
            });
        }
    }

    private void document(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        MediaType json = content.getMediaTypes().get(JSON);
        if (json == null || json.getSchema() == null || json.getExample() != null
                || (json.getExamples() != null && !json.getExamples().isEmpty())) {
            return;
        }
        Schema shared = json.getSchema().getRef() == null ? null : components.get(json.getSchema().getRef().substring(COMPONENT.length()));
        if (shared == null) {
            json.setExample(example(json.getSchema(), 0));
        } else if (shared.getExample() == null) {
            // Once, on the shared schema: every body and answer that refers to it shows the same document.
            shared.setExample(example(shared, 0));
        }
    }

    /** The example of a schema; null where the records give none, and such fields are left out. */
    private Object example(Schema schema, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getExample() != null && !isTimestamp(schema)) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            return example(components.get(schema.getRef().substring(COMPONENT.length())), depth + 1);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return example(schema.getAllOf().get(0), depth + 1);
        }
        Object formatted = byFormat(schema.getFormat());
        if (formatted != null) {
            return formatted;
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            // A flag is always in an answer (AnswerFields makes it required), so the example shows it too.
            return false;
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = example(schema.getItems(), depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> {
                Object value = example(property, depth + 1);
                if (value != null) {
                    object.put(name, value);
                }
            });
            return object;
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            Object value = example(schema.getAdditionalPropertiesSchema(), depth + 1);
            return value == null ? Map.of() : Map.of("name", value);
        }
        return null;
    }

    /** The generator's own example for instants is not ISO-8601; ours are. */
    private static boolean isTimestamp(Schema schema) {
        return "date-time".equals(schema.getFormat());
    }

    private static Object byFormat(String format) {
        if (format == null) {
            return null;
        }
        return switch (format) {
            case "uuid" -> "3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b";
            case "date-time" -> "2026-03-10T14:15:50Z";
            case "date" -> "2026-03-10";
            default -> null;
        };
    }
}
