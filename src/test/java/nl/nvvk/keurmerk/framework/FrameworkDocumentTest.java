package nl.nvvk.keurmerk.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.nvvk.keurmerk.framework.FrameworkDocument.Area;
import nl.nvvk.keurmerk.framework.FrameworkDocument.AreaLevel;
import nl.nvvk.keurmerk.framework.FrameworkDocument.Level;
import nl.nvvk.keurmerk.framework.FrameworkDocument.NormEntry;
import nl.nvvk.keurmerk.shared.error.DomainRuleViolation;
import nl.nvvk.keurmerk.shared.error.Problem.FieldError;
import org.junit.jupiter.api.Test;

/** The rules of a framework document and of a version's lifecycle, without Quarkus. */
class FrameworkDocumentTest {

    private static NormEntry norm(String key, String number, int area, String succeeds) {
        return new NormEntry(key, number, area, "Titel " + number, null, Set.of(), succeeds);
    }

    private static FrameworkDocument document(List<Area> areas, List<Level> levels, List<NormEntry> norms) {
        return new FrameworkDocument("KADER", "2.0", "Kader", LocalDate.of(2026, 1, 1), areas, levels, null, norms);
    }

    private static Area area(int number, String title) {
        return new Area(number, title, null, null);
    }

    @Test
    void a_consistent_document_has_no_problems() {
        FrameworkDocument document = document(List.of(area(1, "Koers")), List.of(new Level(1, "Beheerst", null)),
                List.of(norm("a", "1.1", 1, "oud-a"), norm("b", "1.2", 1, null)));
        assertThat(document.problems(Set.of("oud-a"), "KADER 1.1")).isEmpty();
    }

    @Test
    void every_cross_entry_problem_is_reported_with_its_path() {
        FrameworkDocument document = document(
                List.of(area(1, "Koers"), area(1, "Dubbel"), area(3, "Leeg")),
                List.of(new Level(1, "A", null), new Level(1, "B", null)),
                List.of(norm("a", "1.1", 1, null), norm("a", "1.1", 1, null), norm("c", "2.1", 2, null),
                        norm("d", "1.3", 3, "weg")));

        List<FieldError> problems = document.problems(Set.of("oud"), "KADER 1.1");

        assertThat(problems).extracting(FieldError::field).containsExactlyInAnyOrder(
                "areas[1].number", "developmentLevels[1].level", "norms[1].number", "norms[1].key", "norms[2].area",
                "norms[3].number", "norms[3].succeeds");
        assertThat(problems).extracting(FieldError::message).contains("KADER 1.1 has no norm with key weg");
    }

    @Test
    void the_first_version_of_a_framework_succeeds_nothing() {
        FrameworkDocument document = document(List.of(area(1, "Koers")), List.of(),
                List.of(norm("a", "1.1", 1, "iets")));
        assertThat(document.problems(Set.of(), null)).extracting(FieldError::message)
                .containsExactly("there is no earlier version of this framework whose norm it could succeed");
    }

    @Test
    void an_area_describes_only_levels_the_document_defines_each_once_and_levels_are_required_only_if_defined() {
        Area koers = new Area(1, "Koers", null, List.of(new AreaLevel(1, "Beheerst"), new AreaLevel(3, "Lerend"), new AreaLevel(1, "Nog eens")));
        FrameworkDocument document = new FrameworkDocument("KADER", "2.0", "Kader", LocalDate.of(2026, 1, 1), List.of(koers),
                List.of(new Level(1, "Beheerste processen", null), new Level(2, "Resultaatgericht", null)), null, List.of(norm("a", "1.1", 1, null)));
        assertThat(document.problems(Set.of(), null)).extracting(FieldError::field, FieldError::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("areas[0].developmentLevels[1].level", "level 3 is not one of the document's development levels"),
                org.assertj.core.groups.Tuple.tuple("areas[0].developmentLevels[2].level", "level 1 is described twice for area 1"));

        FrameworkDocument withoutLevels = new FrameworkDocument("KADER", "2.0", "Kader", LocalDate.of(2026, 1, 1), List.of(area(1, "Koers")),
                List.of(), LocalDate.of(2027, 1, 1), List.of(norm("a", "1.1", 1, null)));
        assertThat(withoutLevels.problems(Set.of(), null)).extracting(FieldError::field).containsExactly("developmentLevelsRequiredFrom");
    }

    @Test
    void a_catalogue_requires_levels_from_the_first_visit_on_the_day_it_names() {
        NormCatalogue asking = new NormCatalogue(UUID.randomUUID(), "KADER", "2.0", FrameworkStatus.PUBLISHED, List.of(), List.of(),
                Set.of(1, 2, 3, 4), LocalDate.of(2027, 1, 1));
        assertThat(asking.requiresDevelopmentLevelsOn(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(asking.requiresDevelopmentLevelsOn(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(asking.requiresDevelopmentLevelsOn(LocalDate.of(2030, 6, 1))).isTrue();
        NormCatalogue never = new NormCatalogue(UUID.randomUUID(), "KADER", "1.1", FrameworkStatus.PUBLISHED, List.of(), List.of(),
                Set.of(1, 2, 3, 4), null);
        assertThat(never.requiresDevelopmentLevelsOn(LocalDate.of(2099, 1, 1))).isFalse();
        assertThat(never.definesLevel(4)).isTrue();
        assertThat(never.definesLevel(5)).isFalse();
    }

    @Test
    void a_published_version_can_be_retired_but_never_changed_or_published_again() {
        Framework framework = Framework.draft("KADER", "2.0", "Kader", LocalDate.of(2026, 1, 1), Instant.EPOCH);
        framework.publish();
        assertThatThrownBy(framework::requireDraft).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(framework::publish).isInstanceOf(DomainRuleViolation.class);
        framework.retire();
        assertThat(framework.status()).isEqualTo(FrameworkStatus.RETIRED);
        assertThatThrownBy(framework::retire).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void a_norm_limited_to_service_types_applies_only_to_scopes_with_one_of_them() {
        NormCatalogue.CatalogueNorm everywhere = new NormCatalogue.CatalogueNorm(UUID.randomUUID(), "a", "4.1", 4, "Algemeen", Set.of());
        NormCatalogue.CatalogueNorm wsnpOnly = new NormCatalogue.CatalogueNorm(UUID.randomUUID(), "b", "4.7", 4, "Wsnp", Set.of(ServiceType.WSNP));
        assertThat(everywhere.appliesTo(Set.of(ServiceType.DEBT_MEDIATION))).isTrue();
        assertThat(wsnpOnly.appliesTo(Set.of(ServiceType.DEBT_MEDIATION))).isFalse();
        assertThat(wsnpOnly.appliesTo(Set.of(ServiceType.WSNP, ServiceType.DEBT_MEDIATION))).isTrue();
    }
}
