package nl.nvvk.keurmerk.deployment;

import static nl.nvvk.keurmerk.deployment.Kustomize.name;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The schemas the API server holds k8s/'s objects to (src/test/resources/schemas, SOURCES.md says where
 * each comes from): Kubernetes' own OpenAPI for the built-in kinds, and the operators' published
 * CustomResourceDefinitions. They are checked by a JSON Schema validator (draft 4, which OpenAPI's
 * schemas follow) after the rules the API server adds to a schema are written into it:
 * <ul>
 * <li>a field an object's schema does not list is unknown (kubectl --validate=strict refuses it; for a
 * custom resource the API server prunes it, so the setting is silently lost), unless the schema says
 * {@code x-kubernetes-preserve-unknown-fields: true} or gives {@code additionalProperties} (a map);</li>
 * <li>an int-or-string takes either; a quantity ({@code 500m}, {@code 1}) a string or a number;</li>
 * <li>{@code nullable} admits null; a custom resource has apiVersion, kind and metadata (an ObjectMeta), as every object.</li>
 * </ul>
 * Not checked: CEL rules ({@code x-kubernetes-validations}), formats, and what only an operator's webhook refuses.
 */
final class ManifestSchemas {
    static final Path DIRECTORY = Path.of("src", "test", "resources", "schemas");
    private static final Path KUBERNETES = DIRECTORY.resolve("kubernetes").resolve("swagger-1.30-trimmed.json");
    private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode definitions;
    /** "apps/v1 Deployment" → the name of its definition among the built-ins'. */
    private final Map<String, String> builtIn = new HashMap<>();
    /** "postgresql.cnpg.io/v1 Cluster" → its CustomResourceDefinition's openAPIV3Schema. */
    private final Map<String, JsonNode> custom = new HashMap<>();
    private final Map<String, Schema> compiled = new HashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    private ManifestSchemas() {
        try {
            definitions = (ObjectNode) JSON.readTree(KUBERNETES.toFile()).get("definitions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        definitions.fields().forEachRemaining(definition -> definition.getValue().path("x-kubernetes-group-version-kind").forEach(gvk -> {
            String group = gvk.get("group").asText();
            builtIn.put((group.isEmpty() ? "" : group + "/") + gvk.get("version").asText() + " " + gvk.get("kind").asText(), definition.getKey());
        }));
        // The API server decodes these from either JSON type; the OpenAPI document calls both "string".
        definitions.set("io.k8s.apimachinery.pkg.util.intstr.IntOrString", type("integer", "string"));
        definitions.set("io.k8s.apimachinery.pkg.api.resource.Quantity", type("string", "number"));
        definitions.fields().forEachRemaining(definition -> strict(definition.getValue(), true));
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            for (Path file : files.filter(file -> file.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
                for (Object document : crdReader().loadAll(Files.readString(file))) {
                    if (document instanceof Map<?, ?> map && "CustomResourceDefinition".equals(map.get("kind"))) {
                        addCustomResource(map);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ManifestSchemas loaded;

    static synchronized ManifestSchemas load() {
        if (loaded == null) {
            loaded = new ManifestSchemas();
        }
        return loaded;
    }

    /** The kinds there is a schema for, as "apiVersion kind". */
    List<String> kinds() {
        return Stream.concat(builtIn.keySet().stream(), custom.keySet().stream()).sorted().toList();
    }

    /**
     * What the API server would refuse or drop in the object, each as "Kind name: field: why"; empty when
     * it takes the object as it is. An object of a kind without a stored schema is refused too.
     */
    synchronized List<String> violations(Map<String, Object> object) {
        String kind = object.get("apiVersion") + " " + object.get("kind");
        String subject = object.get("kind") + " " + name(object);
        Schema schema = compiled.computeIfAbsent(kind, this::compile);
        if (schema == null) {
            return List.of(subject + ": no schema stored for " + kind + " in " + DIRECTORY);
        }
        List<String> violations = new ArrayList<>();
        for (Error error : schema.validate(JSON.valueToTree(object))) {
            String at = field(error.getInstanceLocation());
            String field = (at.isEmpty() ? "" : at + ".") + error.getProperty();
            violations.add(subject + ": " + switch (error.getKeyword()) {
                case "additionalProperties" -> field + ": unknown field";
                case "required" -> field + ": required field missing";
                default -> (at.isEmpty() ? "(the object)" : at) + ": " + error.getMessage().replaceFirst("^\\S*: ", "");
            });
        }
        return violations;
    }

    /** A field as kubectl names it: spec.template.spec.containers[0].image. */
    private static String field(NodePath path) {
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(element);
            }
        }
        return field.toString();
    }

    private Schema compile(String kind) {
        ObjectNode document;
        if (builtIn.containsKey(kind)) {
            document = NODES.objectNode().put("$ref", "#/definitions/" + builtIn.get(kind));
        } else if (custom.containsKey(kind)) {
            document = custom.get(kind).deepCopy();
            strict(document, true);
            // Every object has these, whether its schema lists them or not (the Keycloak operator's does not).
            ObjectNode root = (ObjectNode) document.get("properties");
            root.putIfAbsent("apiVersion", type("string"));
            root.putIfAbsent("kind", type("string"));
            root.set("metadata", NODES.objectNode().put("$ref", "#/definitions/" + OBJECT_META));
        } else {
            return null;
        }
        document.set("definitions", definitions);
        // A base of its own for each kind: the validator caches schemas by where they come from.
        return registry.getSchema(SchemaLocation.of("urn:keurmerkregister:schema:" + kind.replaceAll("[^A-Za-z0-9.]", "-")), document);
    }

    /** Operators' schemas nest deeper than SnakeYAML's default limit of 50 (a pod template in a custom resource). */
    private static Yaml crdReader() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(500);
        options.setCodePointLimit(16 * 1024 * 1024);
        return new Yaml(options);
    }

    @SuppressWarnings("unchecked")
    private void addCustomResource(Map<?, ?> definition) {
        Map<String, Object> spec = (Map<String, Object>) definition.get("spec");
        String kind = (String) ((Map<String, Object>) spec.get("names")).get("kind");
        for (Map<String, Object> version : (List<Map<String, Object>>) spec.get("versions")) {
            if (Boolean.TRUE.equals(version.get("served"))) {
                Object schema = ((Map<String, Object>) version.get("schema")).get("openAPIV3Schema");
                custom.put(spec.get("group") + "/" + version.get("name") + " " + kind, JSON.valueToTree(schema));
            }
        }
    }

    /**
     * Writes the API server's rules into a schema, in place. Only a structural node (an object's field, an
     * array's items, a map's values) says which fields an object has; allOf, anyOf, oneOf and not below it
     * only add conditions on those fields, so they are not closed.
     */
    private static void strict(JsonNode node, boolean structural) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        schema.remove("format");
        if (schema.path("nullable").asBoolean(false) && schema.has("type")) {
            schema.set("type", NODES.arrayNode().add(schema.path("type").asText()).add("null"));
        }
        schema.remove("nullable");
        boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.path("x-kubernetes-embedded-resource").asBoolean(false)) {
            ObjectNode properties = schema.has("properties") ? (ObjectNode) schema.get("properties") : schema.putObject("properties");
            properties.putIfAbsent("apiVersion", type("string"));
            properties.putIfAbsent("kind", type("string"));
            properties.putIfAbsent("metadata", NODES.objectNode().put("$ref", "#/definitions/" + OBJECT_META));
        }
        schema.path("properties").forEach(property -> strict(property, true));
        JsonNode items = schema.path("items");
        if (items.isArray()) {
            items.forEach(item -> strict(item, true));
        } else {
            strict(items, true);
        }
        strict(schema.path("additionalProperties"), true);
        for (String junctor : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(junctor).forEach(branch -> strict(branch, false));
        }
        strict(schema.path("not"), false);
        boolean isObject = "object".equals(schema.path("type").asText()) || schema.has("properties");
        if (structural && isObject && !preserveUnknown && !schema.has("additionalProperties") && !schema.has("$ref")) {
            schema.put("additionalProperties", false);
        }
    }

    private static ObjectNode type(String... types) {
        if (types.length == 1) {
            return NODES.objectNode().put("type", types[0]);
        }
        ArrayNode list = NODES.arrayNode();
        Stream.of(types).forEach(list::add);
        return NODES.objectNode().set("type", list);
    }
}
