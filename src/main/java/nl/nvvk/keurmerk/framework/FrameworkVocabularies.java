package nl.nvvk.keurmerk.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.nvvk.keurmerk.shared.vocabulary.Vocabulary;

@ApplicationScoped
class FrameworkVocabularies {

    @Produces
    @Singleton
    Vocabulary serviceTypes() {
        return Vocabulary.of("serviceType", "The services a certificate's scope can list (dienstverlening)", ServiceType.class);
    }

    @Produces
    @Singleton
    Vocabulary frameworkStatuses() {
        return Vocabulary.of("frameworkStatus", "Lifecycle of a framework version", FrameworkStatus.class);
    }
}
