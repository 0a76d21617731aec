package nl.nvvk.keurmerk.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.nvvk.keurmerk.shared.vocabulary.Vocabulary;

@ApplicationScoped
class CertificateVocabularies {

    @Produces @Singleton
    Vocabulary certificateStatuses() {
        return Vocabulary.of("certificateStatus", "Where a certificate stands", CertificateStatus.class);
    }
}
