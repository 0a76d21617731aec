package nl.nvvk.keurmerk.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The catalogue of problem types (ProblemType) is the one list: the code raises no type outside it
 * and it lists none the code cannot raise (read from the sources, as DutchProblemsTest reads them),
 * and the contract and docs/problem-types.md say exactly what it says.
 */
class ProblemTypesTest {
    static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    static final Path DOCS = Path.of("docs", "problem-types.md");
    static final String GENERATED = "<!-- Generated from shared.error.ProblemType: ProblemTypesTest fails when the text below differs "
            + "and writes the text it expects to target/problem-types.md. -->";
    private static final Pattern TYPE_URI = Pattern.compile(Pattern.quote(ProblemType.BASE) + "([a-z0-9-]*)");

    @Test
    void the_catalogue_holds_every_type_the_code_raises_and_no_other() {
        ProblemSources sources = ProblemSources.read();
        assertThat(sources.unreadable).isEmpty();
        Set<String> catalogue = slugs();
        assertThat(sources.slugs).as("types the code raises that the catalogue (ProblemType) lacks").isSubsetOf(catalogue);
        assertThat(catalogue).as("types in the catalogue that no code raises").isSubsetOf(sources.slugs);
        assertThat(catalogue).hasSize(ProblemType.values().length);
        // The status the catalogue gives each type is the one the code raises it with.
        assertThat(sources.statuses).as("statuses read from the sources").containsKeys("audit-transition", "not-found", "malformed-json",
                "figures-unavailable", "precondition-failed", "authentication-unavailable");
        sources.statuses.forEach((slug, statuses) -> assertThat(statuses).as(slug)
                .containsOnly(Integer.valueOf(ProblemType.of(slug).orElseThrow().status())));
    }

    @Test
    void a_problem_takes_its_type_and_title_from_the_catalogue() {
        for (StandardProblem standard : StandardProblem.values()) {
            Problem problem = standard.at("/x");
            ProblemType type = ProblemType.of(problem.type().toString().substring(ProblemType.BASE.length())).orElseThrow();
            assertThat(String.valueOf(problem.status())).as(standard.name()).isEqualTo(type.status());
            assertThat(problem.title()).isEqualTo(type.title(ProblemLanguage.ENGLISH));
            assertThat(standard.at("/x", ProblemLanguage.DUTCH).title()).isEqualTo(type.title(ProblemLanguage.DUTCH));
        }
        assertThat(new DomainRuleViolation("audit-transition", "Audit %s is stuck", "A-1").at("/x"))
                .satisfies(problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.AUDIT_TRANSITION.uri());
                    assertThat(problem.title()).isEqualTo(ProblemType.AUDIT_TRANSITION.title(ProblemLanguage.ENGLISH));
                });
        assertThat(StandardProblem.of(417, "/x").type()).isEqualTo(ProblemType.CLIENT_ERROR.uri());
        assertThat(StandardProblem.of(417, "/x").status()).isEqualTo(417);
    }

    @Test
    void the_contract_lists_the_catalogue_and_names_no_other_type() throws IOException {
        String text = Files.readString(CONTRACT);
        Map<String, Object> problem = map(map(map(new Yaml().<Map<String, Object>>load(text), "components"), "schemas"), "Problem");
        List<Map<String, String>> expected = Stream.of(ProblemType.values()).map(ProblemType::contractEntry).toList();
        assertThat(problem.get("x-problem-types")).as("x-problem-types of the Problem schema in " + CONTRACT).isEqualTo(expected);
        String description = (String) map(map(problem, "properties"), "type").get("description");
        for (ProblemType type : ProblemType.values()) {
            assertThat(description).contains("- `" + type.slug() + "` (" + type.status() + "): ");
        }
        // Examples too: every type URI anywhere in the contract is one of the catalogue's, with its status and title.
        assertThat(typesNamedIn(text)).as("types the contract names").isSubsetOf(slugs());
        List<String> wrong = new java.util.ArrayList<>();
        List<String> checked = new java.util.ArrayList<>();
        examplesOfProblems(new Yaml().load(text), checked, wrong);
        assertThat(checked).as("problem examples found in the contract").hasSizeGreaterThan(20);
        assertThat(wrong).as("problem examples in the contract whose status or title is not their type's").isEmpty();
    }

    /** Walks the contract for objects with a problem type URI and a title (the examples of problem answers). */
    @SuppressWarnings("unchecked")
    private static void examplesOfProblems(Object node, List<String> checked, List<String> wrong) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("type") instanceof String uri && uri.startsWith(ProblemType.BASE) && map.containsKey("title")) {
                checked.add(uri);
                ProblemType.of(uri.substring(ProblemType.BASE.length())).ifPresent(type -> {
                    if (!type.title(ProblemLanguage.ENGLISH).equals(map.get("title"))
                            || (!type.status().equals("4xx") && !type.status().equals(String.valueOf(map.get("status"))))) {
                        wrong.add(map.toString());
                    }
                });
            }
            ((Map<String, Object>) map).values().forEach(value -> examplesOfProblems(value, checked, wrong));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> examplesOfProblems(value, checked, wrong));
        }
    }

    @Test
    void docs_problem_types_is_the_catalogue() throws IOException {
        String expected = render();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "problem-types.md"), expected);
        String text = Files.readString(DOCS);
        assertThat(text).as(DOCS + " keeps the marker the generated part starts after").contains(GENERATED);
        assertThat(text.substring(text.indexOf(GENERATED) + GENERATED.length()))
                .as(DOCS + " after the marker: copy target/problem-types.md over it").isEqualTo(expected);
        // And no document names a type outside the catalogue.
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).toList()) {
                assertThat(typesNamedIn(Files.readString(doc))).as("types named in " + doc).isSubsetOf(slugs());
            }
        }
    }

    /** The generated part of docs/problem-types.md: an index, the retry legend, then a section (and an anchor) per type. */
    static String render() {
        StringBuilder out = new StringBuilder("\n\n| Type | Status | Title | Retry |\n|---|---|---|---|\n");
        for (ProblemType type : ProblemType.values()) {
            out.append("| [`").append(type.slug()).append("`](#").append(type.slug()).append(") | ").append(type.status()).append(" | ")
                    .append(type.title(ProblemLanguage.ENGLISH)).append(" | `").append(type.retry().code()).append("` |\n");
        }
        out.append("\n**Retry** says whether the same request may be sent again:\n\n");
        for (ProblemType.Retry retry : ProblemType.Retry.values()) {
            out.append("- `").append(retry.code()).append("`: ").append(retry.meaning()).append(".\n");
        }
        out.append("\n## The types\n");
        for (ProblemType type : ProblemType.values()) {
            out.append("\n### ").append(type.slug()).append("\n\n")
                    .append("`").append(type.uri()).append("` · ").append(type.status()).append(" · ")
                    .append(type.title(ProblemLanguage.ENGLISH)).append(" (Dutch: ").append(type.title(ProblemLanguage.DUTCH)).append(") · retry: `")
                    .append(type.retry().code()).append("`\n\n")
                    .append(type.meaning()).append("\n\n")
                    .append("**What to do:** ").append(type.whatToDo()).append("\n");
        }
        return out.toString();
    }

    private static Set<String> slugs() {
        Set<String> slugs = new TreeSet<>();
        for (ProblemType type : ProblemType.values()) {
            slugs.add(type.slug());
        }
        return slugs;
    }

    private static Set<String> typesNamedIn(String text) {
        Set<String> named = new TreeSet<>();
        Matcher uri = TYPE_URI.matcher(text);
        while (uri.find()) {
            if (!uri.group(1).isEmpty()) {
                named.add(uri.group(1));
            }
        }
        return named;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent.get(key)).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) parent.get(key);
    }

}
