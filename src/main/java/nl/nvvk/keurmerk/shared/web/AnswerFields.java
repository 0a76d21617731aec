package nl.nvvk.keurmerk.shared.web;

import io.smallrye.openapi.internal.models.media.SchemaSupport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Says which fields of an answer are always there. Answers are written with Jackson's non_null
 * inclusion (quarkus.jackson.serialization-inclusion), so a field that has no value is left out,
 * never sent as null. A record component that may be absent says so with
 * {@code @Schema(nullable = true)}; every other property of a schema that only answers use becomes
 * required, and the nullable marks go, so the contract reads "optional, never null". A schema that
 * requests use too keeps what Bean Validation requires of a request.
 */
final class AnswerFields {
    private static final String COMPONENT = "#/components/schemas/";

    private AnswerFields() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null || openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Schema> requests = new ArrayList<>();
        List<Schema> answers = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                requests.addAll(schemasOf(operation.getRequestBody().getContent()));
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream().map(APIResponse::getContent).map(AnswerFields::schemasOf)
                        .forEach(answers::addAll);
            }
        }));
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().stream().map(APIResponse::getContent).map(AnswerFields::schemasOf).forEach(answers::addAll);
        }
        Set<String> inRequests = reachable(requests, schemas);
        reachable(answers, schemas).stream().filter(name -> !inRequests.contains(name)).map(schemas::get).forEach(AnswerFields::require);
    }

    /** Every property not marked nullable is required; the marks go, for absent is how an answer says "no value". */
    private static void require(Schema schema) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return;
        }
        List<String> required = new ArrayList<>();
        schema.getProperties().forEach((name, property) -> {
            if (mayBeNull(property)) {
                leaveNullOut(property);
            } else {
                required.add(name);
            }
        });
        schema.setRequired(required.isEmpty() ? null : required);
    }

    /**
     * MicroProfile OpenAPI 4 models nullable as the type null beside the others, or, for a field that refers to a schema, as
     * anyOf that schema or null (which SmallRye writes out in 3.0 as an allOf wrapper with nullable: true).
     */
    private static boolean mayBeNull(Schema property) {
        return Boolean.TRUE.equals(SchemaSupport.getNullable(property))
                || (property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(AnswerFields::isNull));
    }

    private static void leaveNullOut(Schema property) {
        SchemaSupport.setNullable(property, null);
        if (property.getAnyOf() == null) {
            return;
        }
        List<Schema> referred = property.getAnyOf().stream().filter(part -> !isNull(part)).toList();
        property.setAnyOf(null);
        // The type SmallRye copied in beside the reference goes, as on a field that is never absent.
        property.setType(null);
        if (property.getDescription() == null && referred.size() == 1 && referred.get(0).getRef() != null) {
            // Marked only to say it may be absent: the plain reference it would have been, without the copied example.
            property.setExample(null);
            property.setExamples(null);
            property.setRef(referred.get(0).getRef());
        } else {
            // As SmallRye writes a field that refers to a schema and says more of its own.
            property.setAllOf(new ArrayList<>(referred));
        }
    }

    private static boolean isNull(Schema part) {
        return part.getRef() == null && part.getType() != null && part.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    private static List<Schema> schemasOf(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream().filter(media -> media.getSchema() != null).map(MediaType::getSchema).toList();
    }

    /** The names of the component schemas these schemas refer to, directly or through others. */
    private static Set<String> reachable(List<Schema> roots, Map<String, Schema> schemas) {
        Set<String> names = new HashSet<>();
        Deque<Schema> open = new ArrayDeque<>(roots);
        while (!open.isEmpty()) {
            Schema schema = open.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(COMPONENT)) {
                String name = schema.getRef().substring(COMPONENT.length());
                if (names.add(name) && schemas.get(name) != null) {
                    open.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(open::push);
            }
            if (schema.getItems() != null) {
                open.push(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                open.push(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    parts.forEach(open::push);
                }
            }
        }
        return names;
    }
}
