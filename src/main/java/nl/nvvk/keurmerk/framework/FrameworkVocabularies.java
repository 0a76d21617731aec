package nl.nvvk.keurmerk.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import nl.nvvk.keurmerk.shared.vocabulary.Labelled;
import nl.nvvk.keurmerk.shared.vocabulary.Vocabulary;

@ApplicationScoped
class FrameworkVocabularies {

    @Produces
    @Singleton
    Vocabulary serviceTypes() {
        return Vocabulary.of("serviceType", "The services a certificate's scope can list (dienstverlening)", ServiceType.class);
    }

    /** The scheme's four levels; their codes are the numbers findings, area conclusions and self-assessments give. */
    @Produces
    @Singleton
    Vocabulary developmentLevels() {
        return new Vocabulary("developmentLevel", "Ontwikkelniveaus: the level a finding, an area conclusion or a self-assessment gives", List.of(
                new LevelTerm("1", "Beheerste processen", "Controlled processes"),
                new LevelTerm("2", "Resultaatgericht", "Results-oriented"),
                new LevelTerm("3", "Lerend en vernieuwend", "Learning and innovating"),
                new LevelTerm("4", "Integraal samenwerkend in de keten", "Working together across the chain")));
    }

    /** A development level as a vocabulary term: its number is its code. */
    record LevelTerm(String name, String dutch, String english) implements Labelled {
    }

    @Produces
    @Singleton
    Vocabulary frameworkStatuses() {
        return Vocabulary.of("frameworkStatus", "Lifecycle of a framework version", FrameworkStatus.class);
    }
}
