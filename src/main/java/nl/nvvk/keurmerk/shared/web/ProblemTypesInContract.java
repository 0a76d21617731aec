package nl.nvvk.keurmerk.shared.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.nvvk.keurmerk.shared.error.ProblemLanguage;
import nl.nvvk.keurmerk.shared.error.ProblemType;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The catalogue of problem types (ProblemType) in the contract, so an integrator's code can be
 * written against every {@code type} the service answers: listed in the Problem schema's
 * {@code type} description, and whole (status, title, retry, meaning, what to do) in its
 * {@code x-problem-types} extension.
 */
final class ProblemTypesInContract {
    static final String EXTENSION = "x-problem-types";

    private ProblemTypesInContract() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema problem = openAPI.getComponents().getSchemas().get("Problem");
        if (problem == null || problem.getProperties() == null || problem.getProperties().get("type") == null) {
            return;
        }
        problem.getProperties().get("type").setDescription(Stream.concat(
                Stream.of("URI identifying the kind of problem: `" + ProblemType.BASE + "` followed by one of the slugs below. Match on it "
                        + "(and on `status` and `errors[].field`), never on `title` or `detail`. It identifies the type; it is not an address "
                        + "to fetch. Each type's meaning and what a client should do are in `x-problem-types` on this schema and in "
                        + "docs/problem-types.md.", ""),
                Stream.of(ProblemType.values()).map(type -> "- `" + type.slug() + "` (" + type.status() + "): " + type.title(ProblemLanguage.ENGLISH)))
                .collect(Collectors.joining("\n")));
        problem.addExtension(EXTENSION, entries());
    }

    /** One entry per type, in the catalogue's order, as the contract writes it. */
    static List<Map<String, String>> entries() {
        return Stream.of(ProblemType.values()).map(ProblemType::contractEntry).toList();
    }
}
