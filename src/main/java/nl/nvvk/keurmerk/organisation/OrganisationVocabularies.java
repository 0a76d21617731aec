package nl.nvvk.keurmerk.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.nvvk.keurmerk.shared.vocabulary.Vocabulary;

@ApplicationScoped
class OrganisationVocabularies {

    @Produces
    @Singleton
    Vocabulary kinds() {
        return Vocabulary.of("organisationKind", "Kinds of NVVK member organisations", OrganisationKind.class);
    }

    @Produces
    @Singleton
    Vocabulary membershipStatuses() {
        return Vocabulary.of("membershipStatus", "Where an organisation stands with NVVK", MembershipStatus.class);
    }
}
