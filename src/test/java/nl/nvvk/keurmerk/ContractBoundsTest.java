package nl.nvvk.keurmerk;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.nvvk.keurmerk.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Every string, array, number and map of the committed contract is bounded — body properties,
 * answers, and query, path and header parameters alike — so a new operation cannot forget a limit
 * (the OWASP API Security rules that `.ci/run` lints with, checked in the build as well).
 */
class ContractBoundsTest {
    private static final OpenAPI CONTRACT = new OpenAPIV3Parser().read(Api.CONTRACT.toAbsolutePath().toString());
    /**
     * Schemas that may hold any JSON value, each with its reason: a change records a field's value
     * before and after as the resource showed it, bounded by that resource's own schema.
     */
    private static final Set<String> ANY_VALUE = Set.of("#/components/schemas/FieldChange.from", "#/components/schemas/FieldChange.to");

    @Test
    void every_schema_and_parameter_declares_its_limits() {
        List<String> unbounded = new ArrayList<>();
        CONTRACT.getComponents().getSchemas().forEach((name, schema) -> check("#/components/schemas/" + name, schema, unbounded));
        CONTRACT.getComponents().getHeaders().forEach((name, header) -> check("#/components/headers/" + name, header.getSchema(), unbounded));
        CONTRACT.getComponents().getResponses().forEach((name, response) -> headers("#/components/responses/" + name, response.getHeaders(), unbounded));
        CONTRACT.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String at = method + " " + path;
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> check(at + " parameter " + p.getName(), p.getSchema(), unbounded));
            }
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().forEach((type, media) -> check(at + " request " + type, media.getSchema(), unbounded));
            }
            operation.getResponses().forEach((status, response) -> {
                headers(at + " " + status, response.getHeaders(), unbounded);
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> check(at + " " + status + " " + type, media.getSchema(), unbounded));
                }
            });
        }));
        assertThat(unbounded).as("schemas without their limits").isEmpty();
    }

    private static void headers(String at, Map<String, Header> headers, List<String> unbounded) {
        if (headers != null) {
            headers.forEach((name, header) -> check(at + " header " + name, header.getSchema(), unbounded));
        }
    }

    private static void check(String at, Schema<?> schema, List<String> unbounded) {
        if (schema == null || schema.get$ref() != null) {
            return;
        }
        String type = schema.getType() != null ? schema.getType() : schema.getTypes() == null ? null : schema.getTypes().iterator().next();
        boolean enumerated = schema.getEnum() != null && !schema.getEnum().isEmpty();
        boolean composed = schema.getAllOf() != null || schema.getOneOf() != null || schema.getAnyOf() != null;
        if (type == null && !enumerated && !composed && !ANY_VALUE.contains(at)) {
            unbounded.add(at + ": a schema without a type, which takes any value unbounded");
        }
        if (schema.getOneOf() != null || schema.getAnyOf() != null) {
            unbounded.add(at + ": oneOf/anyOf, which this check cannot bound; model it as one bounded type");
        }
        if (Boolean.TRUE.equals(schema.getAdditionalProperties())) {
            unbounded.add(at + ": additionalProperties true, a map of anything");
        }
        if ("string".equals(type) && !enumerated) {
            if (schema.getMaxLength() == null) unbounded.add(at + ": a string without maxLength");
            if (schema.getPattern() == null && schema.getFormat() == null) unbounded.add(at + ": a string without pattern or format");
        }
        if (("integer".equals(type) || "number".equals(type)) && (schema.getMinimum() == null || schema.getMaximum() == null)) {
            unbounded.add(at + ": a number without minimum and maximum");
        }
        if ("array".equals(type)) {
            if (schema.getMaxItems() == null) unbounded.add(at + ": an array without maxItems");
            check(at + "[]", schema.getItems(), unbounded);
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            if (schema.getMaxProperties() == null) unbounded.add(at + ": a map without maxProperties");
            check(at + "{}", values, unbounded);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> check(at + "." + name, property, unbounded));
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(part -> check(at, part, unbounded));
        }
    }
}
