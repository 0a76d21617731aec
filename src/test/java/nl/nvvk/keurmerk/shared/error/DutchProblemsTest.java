package nl.nvvk.keurmerk.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every problem the code can raise has a Dutch title and a Dutch detail: read from the sources, so
 * a new slug or template cannot slip past in English, and a Dutch form whose English is gone fails too.
 */
class DutchProblemsTest {
    private static final ProblemSources SOURCES = ProblemSources.read();
    private static final Pattern CONVERSION = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?([a-zA-Z%])");

    @Test
    void the_sources_are_read() {
        assertThat(SOURCES.unreadable).as("templates the catalogue cannot know").isEmpty();
        assertThat(SOURCES.slugs).contains("not-found", "validation-failed", "audit-transition", "register-unavailable", "malformed-json",
                "objection-transition", "webhook-not-paused");
        assertThat(SOURCES.templates).contains("No certificate with id %s", "The audit package has %d problems; nothing was stored",
                "Audit %s is %s; only a planned audit can start", "The request body is larger than this service accepts here (%d bytes)",
                "No webhook subscription with id %s", "The period to object to the decision on audit %s ended on %s",
                // Caller.actingAs's refusals: a literal, a constant of the file (WebhookService.WHO), an enum's field (AuditService.ActionStep).
                "Only NVVK handles an objection", "Subscriptions are made by NVVK, a certifying body or a member organisation",
                "Only the audit's certifying body takes this step", "Only the audited organisation reports progress");
    }

    @Test
    void every_problem_type_has_a_dutch_title() {
        List<String> missing = SOURCES.slugs.stream().filter(slug -> DutchProblems.title(slug).isEmpty()).toList();
        assertThat(missing).as("slugs without a Dutch title in the catalogue (ProblemType)").isEmpty();
        for (ProblemType type : ProblemType.values()) {
            assertThat(type.title(ProblemLanguage.DUTCH)).as(type.slug()).isNotBlank().isNotEqualTo(type.title(ProblemLanguage.ENGLISH));
        }
    }

    @Test
    void every_detail_template_has_a_dutch_form_that_keeps_its_values() {
        List<String> missing = SOURCES.templates.stream().filter(template -> DutchProblems.detail(template).isEmpty()).toList();
        assertThat(missing).as("templates without a Dutch form in DutchProblems.DETAILS").isEmpty();
        assertThat(DutchProblems.DETAILS.keySet()).as("Dutch forms of templates no code uses").isSubsetOf(SOURCES.templates);
        for (String template : SOURCES.templates) {
            List<Object> samples = new ArrayList<>();
            List<Boolean> kept = new ArrayList<>();
            Matcher conversion = CONVERSION.matcher(template);
            while (conversion.find()) {
                String kind = conversion.group(3);
                if (!kind.equals("%") && !kind.equals("n")) {
                    samples.add(kind.equals("d") ? Integer.valueOf(9_100 + samples.size()) : "«" + samples.size() + "»");
                    // Every value is kept but an English word for a step ("can be %s", "an action that is %s"), which the Dutch says in its own words.
                    String before = template.substring(0, conversion.start());
                    kept.add(!before.endsWith(" be ") && !before.endsWith(" that is "));
                }
            }
            String dutch = ProblemException.filledIn(DutchProblems.detail(template).orElseThrow(), samples.toArray());
            assertThat(dutch).as(template).isNotEqualTo(ProblemException.filledIn(template, samples.toArray())).doesNotContain("%");
            for (int i = 0; i < samples.size(); i++) {
                if (kept.get(i)) {
                    assertThat(dutch).as("%s keeps %s", template, samples.get(i)).contains(String.valueOf(samples.get(i)));
                }
            }
        }
    }

    @Test
    void a_detail_without_a_dutch_form_is_said_in_dutch_by_its_status_not_left_in_english() {
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 422, 428, 429, 500, 503}) {
            Problem problem = ProblemLanguage.DUTCH.problem(status, "conflict", "/x", null, "An English sentence nobody translated");
            assertThat(problem.detail()).as("status %d", status).isNotBlank().doesNotContain("English");
        }
        assertThat(new Duplicate("kvkNumber", "an organisation with this KvK number is already registered").at("/x", ProblemLanguage.DUTCH))
                .satisfies(problem -> {
                    assertThat(problem.title()).isEqualTo("Bestaat al");
                    assertThat(problem.detail()).doesNotContain("organisation");
                    assertThat(problem.errors().get(0).message()).isEqualTo("an organisation with this KvK number is already registered");
                });
    }

    @Test
    void accept_language_chooses_dutch_only_when_it_prefers_dutch() {
        assertThat(ProblemLanguage.preferredBy(null)).isEqualTo(ProblemLanguage.ENGLISH);
        assertThat(ProblemLanguage.preferredBy("")).isEqualTo(ProblemLanguage.ENGLISH);
        assertThat(ProblemLanguage.preferredBy("nl")).isEqualTo(ProblemLanguage.DUTCH);
        assertThat(ProblemLanguage.preferredBy("nl-NL,nl;q=0.9,en;q=0.8")).isEqualTo(ProblemLanguage.DUTCH);
        assertThat(ProblemLanguage.preferredBy("NL-be")).isEqualTo(ProblemLanguage.DUTCH);
        assertThat(ProblemLanguage.preferredBy("en,nl;q=0.5")).isEqualTo(ProblemLanguage.ENGLISH);
        assertThat(ProblemLanguage.preferredBy("en;q=0.5,nl;q=0.6")).isEqualTo(ProblemLanguage.DUTCH);
        assertThat(ProblemLanguage.preferredBy("nl, en")).isEqualTo(ProblemLanguage.DUTCH);
        assertThat(ProblemLanguage.preferredBy("en, nl")).isEqualTo(ProblemLanguage.ENGLISH);
        assertThat(ProblemLanguage.preferredBy("de, nl;q=0.5")).isEqualTo(ProblemLanguage.DUTCH);
        assertThat(ProblemLanguage.preferredBy("de, fr")).isEqualTo(ProblemLanguage.ENGLISH);
        assertThat(ProblemLanguage.preferredBy("*, nl;q=0.5")).isEqualTo(ProblemLanguage.ENGLISH);
        assertThat(ProblemLanguage.preferredBy("nl;q=0, en;q=0.1")).isEqualTo(ProblemLanguage.ENGLISH);
        assertThat(ProblemLanguage.preferredBy("nl;q=2")).isEqualTo(ProblemLanguage.ENGLISH);
        assertThat(ProblemLanguage.preferredBy("nl;q=abc, en;q=0.1")).isEqualTo(ProblemLanguage.ENGLISH);
        assertThat(ProblemLanguage.preferredBy("nlx, en")).isEqualTo(ProblemLanguage.ENGLISH);
    }

    @Test
    void a_problem_in_dutch_keeps_its_type_status_instance_and_field_messages() {
        Problem english = new NotFound("audit", "42").at("/api/v1/audits/42");
        Problem dutch = new NotFound("audit", "42").at("/api/v1/audits/42", ProblemLanguage.DUTCH);
        assertThat(dutch.type()).isEqualTo(english.type());
        assertThat(dutch.status()).isEqualTo(404);
        assertThat(dutch.instance()).isEqualTo("/api/v1/audits/42");
        assertThat(dutch.title()).isEqualTo("Niet gevonden");
        assertThat(dutch.detail()).isEqualTo("Geen audit met id 42");
        Problem invalid = InvalidContent.of("kvkNumber", "must be exactly 8 digits").at("/x", ProblemLanguage.DUTCH);
        assertThat(invalid.detail()).isEqualTo("Het verzoek heeft 1 ongeldig veld");
        assertThat(invalid.errors()).containsExactly(new Problem.FieldError("kvkNumber", "must be exactly 8 digits"));
    }
}
