package nl.nvvk.keurmerk.certifyingbody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.nvvk.keurmerk.shared.vocabulary.Vocabulary;

@ApplicationScoped
class CertifyingBodyVocabularies {

    @Produces
    @Singleton
    Vocabulary accreditationStatuses() {
        return Vocabulary.of("accreditationStatus", "Whether a certifying body may carry out NVVK audits", AccreditationStatus.class);
    }
}
