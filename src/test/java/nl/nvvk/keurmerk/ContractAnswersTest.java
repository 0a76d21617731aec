package nl.nvvk.keurmerk;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Holds the contract to the running code: one scenario (an organisation, a certifying body, its audit package,
 * NVVK's decision, the certificate, its schedule, the organisation's own steps) with data of its own, on a fixed
 * day, and every answer it gets checked strictly against its schema in openapi/openapi.yaml. A required field that
 * is absent, a field of the wrong type and a field the schema does not list all fail; so the marks of fields that
 * may be absent (@Schema(nullable = true), see docs/api-conventions.md) must say what the code does.
 */
@QuarkusTest
@TestProfile(ContractAnswersTest.FixedDay.class)
class ContractAnswersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPONENT = "#/components/schemas/";
    private static final Path EXAMPLES = Path.of("src", "main", "resources", "META-INF", "openapi-examples.json");

    /** The service on a fixed instant (after the scenario's audit report), so its answers read alike every run. */
    public static class FixedDay implements QuarkusTestProfile {
        static final Instant DAY = Instant.parse("2023-07-10T08:00:00Z");

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MovableClock.class);
        }
    }

    @Inject
    MovableClock clock;

    private static boolean told;
    private static ContractScenario scenario;

    @BeforeEach
    void runScenarioOnce() throws IOException {
        if (!told) {
            // Once, even when it fails: a second telling would find the first one's body and organisation.
            told = true;
            clock.set(FixedDay.DAY);
            scenario = ContractScenario.run();
        }
        assertThat(scenario).as("the scenario ran through").isNotNull();
    }

    @Test
    void every_answer_of_the_scenario_holds_to_its_schema_strictly() {
        OpenApiInteractionValidator validator = strictValidator();
        List<String> broken = new ArrayList<>();
        for (ContractScenario.Answer answer : scenario.answers()) {
            ValidationReport report = validator.validateResponse(answer.path(), Request.Method.valueOf(answer.method()), response(answer, answer.body()));
            if (report.hasErrors()) {
                broken.add(answer.method() + " " + answer.path() + " " + answer.status() + ": " + report.getMessages());
            }
        }
        assertThat(broken).as("answers that break the contract").isEmpty();
        assertThat(scenario.answers()).as("answers of the scenario").hasSizeGreaterThan(30);
    }

    /**
     * The check is as strict as it says: in each answer, leaving out a field fails exactly when its schema requires it,
     * a field of another type fails, and a field the schema does not list fails.
     */
    @Test
    void the_check_fails_an_absent_required_field_a_wrong_type_and_an_unlisted_field() throws IOException {
        OpenApiInteractionValidator validator = strictValidator();
        OpenAPI contract = new OpenAPIV3Parser().read(Api.CONTRACT.toAbsolutePath().toUri().toString());
        List<String> missed = new ArrayList<>();
        Set<String> schemas = new TreeSet<>();
        for (ContractScenario.Answer answer : scenario.answers()) {
            String name = answerSchema(contract, answer);
            Schema<?> schema = name == null ? null : contract.getComponents().getSchemas().get(name);
            JsonNode body = answer.json();
            if (schema == null || body == null || !body.isObject() || schema.getProperties() == null) {
                continue;
            }
            schemas.add(name);
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (String field : (Iterable<String>) () -> body.fieldNames()) {
                ObjectNode without = body.deepCopy();
                without.remove(field);
                if (fails(validator, answer, without) != required.contains(field)) {
                    missed.add(name + "." + field + (required.contains(field) ? " left out passed" : " (optional) left out failed"));
                }
                ObjectNode retyped = body.deepCopy();
                retyped.set(field, body.get(field).isTextual() ? IntNode.valueOf(1) : TextNode.valueOf("1"));
                if (!fails(validator, answer, retyped)) {
                    missed.add(name + "." + field + " of another type passed");
                }
            }
            ObjectNode unlisted = body.deepCopy();
            unlisted.put("unlisted", true);
            if (!fails(validator, answer, unlisted)) {
                missed.add(name + " with an unlisted field passed");
            }
        }
        assertThat(missed).isEmpty();
        assertThat(schemas).as("answer schemas checked").hasSizeGreaterThan(10);
    }

    /**
     * The contract's answer examples are the scenario's answers (AnswerExamples says how they are made stable). When
     * an answer changes, this test writes the new examples to target/openapi/openapi-examples.json: review them, copy
     * them to src/main/resources/META-INF/openapi-examples.json, then regenerate the contract (OpenApiContractTest).
     */
    @Test
    void the_recorded_examples_are_the_scenarios_answers() throws Exception {
        OpenAPI contract = new OpenAPIV3Parser().read(Api.CONTRACT.toAbsolutePath().toUri().toString());
        String recorded = AnswerExamples.of(scenario.answers(), answer -> answerSchema(contract, answer), FixedDay.DAY);
        Path fresh = Path.of("target", "openapi", "openapi-examples.json");
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, recorded);
        String committed = Files.exists(EXAMPLES) ? Files.readString(EXAMPLES) : "";
        assertThat(committed).as("%s is out of date: review %s and copy it over, then regenerate the contract", EXAMPLES, fresh)
                .isEqualTo(recorded);
    }

    private static boolean fails(OpenApiInteractionValidator validator, ContractScenario.Answer answer, JsonNode body) {
        return validator.validateResponse(answer.path(), Request.Method.valueOf(answer.method()), response(answer, body.toString())).hasErrors();
    }

    private static com.atlassian.oai.validator.model.Response response(ContractScenario.Answer answer, String body) {
        return SimpleResponse.Builder.status(answer.status()).withContentType(answer.contentType()).withBody(body).build();
    }

    /** The validator Api uses, on its own so the test can hand it answers it changed. */
    private static OpenApiInteractionValidator strictValidator() {
        return OpenApiInteractionValidator.createForSpecificationUrl(Api.CONTRACT.toAbsolutePath().toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    /** The name of the component schema the contract gives the answer of this operation and status. */
    static String answerSchema(OpenAPI contract, ContractScenario.Answer answer) {
        for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
            if (!Pattern.matches(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"), answer.path())) {
                continue;
            }
            Operation operation = path.getValue().readOperationsMap().get(PathItem.HttpMethod.valueOf(answer.method()));
            if (operation == null || operation.getResponses().get(String.valueOf(answer.status())) == null
                    || operation.getResponses().get(String.valueOf(answer.status())).getContent() == null) {
                return null;
            }
            var media = operation.getResponses().get(String.valueOf(answer.status())).getContent().get("application/json");
            if (media == null || media.getSchema() == null || media.getSchema().get$ref() == null) {
                return null;
            }
            return media.getSchema().get$ref().substring(COMPONENT.length());
        }
        return null;
    }
}
