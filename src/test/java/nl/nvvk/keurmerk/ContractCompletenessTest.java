package nl.nvvk.keurmerk;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * What certifying bodies integrate from: every operation of the committed contract has a summary,
 * a description and a 500 answer, every body and answer has an example, and every example is
 * itself valid against the contract.
 */
class ContractCompletenessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenAPI CONTRACT = new OpenAPIV3Parser().read(Api.CONTRACT.toAbsolutePath().toString());
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Api.CONTRACT.toAbsolutePath().toUri().toString())
            .withLevelResolver(LevelResolver.create().withLevel("validation.request.security", ValidationReport.Level.IGNORE).build())
            .build();

    @Test
    void every_operation_is_described_with_examples_and_its_errors() {
        List<String> gaps = new ArrayList<>();
        operations((path, method, operation) -> {
            String name = method + " " + path;
            if (blank(operation.getSummary())) gaps.add(name + ": no summary");
            if (blank(operation.getDescription())) gaps.add(name + ": no description");
            if (!operation.getResponses().containsKey("500")) gaps.add(name + ": no 500");
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().forEach((type, media) -> {
                    if (example(media) == null) gaps.add(name + ": request " + type + " has no example");
                });
            }
            operation.getResponses().forEach((status, reference) -> {
                ApiResponse response = resolve(reference);
                if (response == null) {
                    gaps.add(name + " " + status + ": refers to " + reference.get$ref() + ", which is not defined");
                } else if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> {
                        if (example(media) == null) gaps.add(name + " " + status + ": " + type + " has no example");
                    });
                }
            });
        });
        assertThat(gaps).isEmpty();
    }

    @Test
    void every_example_is_valid_against_the_contract() {
        List<String> invalid = new ArrayList<>();
        operations((path, method, operation) -> {
            String concrete = concrete(path, operation);
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().forEach((type, media) -> {
                    SimpleRequest.Builder request = new SimpleRequest.Builder(method.name(), concrete)
                            .withContentType(type).withBody(json(example(media)));
                    (operation.getParameters() == null ? List.<io.swagger.v3.oas.models.parameters.Parameter>of() : operation.getParameters()).stream().filter(p -> "header".equals(p.getIn()))
                            .forEach(p -> request.withHeader(p.getName(), String.valueOf(p.getExample())));
                    report(invalid, method + " " + path + " request", VALIDATOR.validateRequest(request.build()));
                });
            }
            operation.getResponses().forEach((status, reference) -> {
                ApiResponse response = resolve(reference);
                if (response != null && response.getContent() != null) {
                    response.getContent().forEach((type, media) -> {
                        SimpleResponse.Builder answer = SimpleResponse.Builder.status(Integer.parseInt(status)).withContentType(type)
                                .withBody(json(example(media)));
                        // The headers an answer must carry (RateLimit …), with their own examples.
                        (response.getHeaders() == null ? Map.<String, Header>of() : response.getHeaders()).forEach((header, value) -> {
                            Header resolved = value.get$ref() == null ? value
                                    : CONTRACT.getComponents().getHeaders().get(value.get$ref().substring(value.get$ref().lastIndexOf('/') + 1));
                            if (resolved != null && resolved.getExample() != null) {
                                answer.withHeader(header, String.valueOf(resolved.getExample()));
                            }
                        });
                        report(invalid, method + " " + path + " " + status,
                                VALIDATOR.validateResponse(concrete, Request.Method.valueOf(method.name()), answer.build()));
                    });
                }
            });
        });
        assertThat(invalid).isEmpty();
    }

    /** The path with each path parameter's example, or an example id. */
    private static String concrete(String path, Operation operation) {
        String concrete = path;
        for (var parameter : operation.getParameters() == null ? List.<io.swagger.v3.oas.models.parameters.Parameter>of() : operation.getParameters()) {
            if ("path".equals(parameter.getIn())) {
                concrete = concrete.replace("{" + parameter.getName() + "}",
                        parameter.getExample() == null ? "3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b" : String.valueOf(parameter.getExample()));
            }
        }
        return concrete;
    }

    private interface OperationVisitor {
        void visit(String path, PathItem.HttpMethod method, Operation operation);
    }

    private static void operations(OperationVisitor visitor) {
        assertThat(CONTRACT.getPaths()).isNotEmpty();
        CONTRACT.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.readOperationsMap().forEach((method, operation) -> visitor.visit(path, method, operation));
            }
        });
    }

    /** A response, or the shared one it refers to; null when the reference leads nowhere. */
    private static ApiResponse resolve(ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return CONTRACT.getComponents().getResponses() == null ? null : CONTRACT.getComponents().getResponses().get(name);
    }

    /** The media type's own example, else the one of the shared schema it refers to. */
    private static Object example(MediaType media) {
        if (media.getExample() != null) {
            return media.getExample();
        }
        Map<String, io.swagger.v3.oas.models.examples.Example> examples = media.getExamples();
        if (examples != null && !examples.isEmpty()) {
            return examples.values().iterator().next().getValue();
        }
        String ref = media.getSchema() == null ? null : media.getSchema().get$ref();
        return ref == null ? null : CONTRACT.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1)).getExample();
    }

    private static String json(Object example) {
        try {
            return example instanceof String text && text.trim().startsWith("{") ? text : JSON.writeValueAsString(example);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(List<String> invalid, String where, ValidationReport report) {
        report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> invalid.add(where + ": " + m.getMessage()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
