package nl.nvvk.keurmerk.shared.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.nvvk.keurmerk.shared.vocabulary.Vocabulary;

@ApplicationScoped
class EventVocabularies {
    @Produces @Singleton
    Vocabulary eventType() {
        return Vocabulary.of("eventType", "What an event of the feed tells", EventType.class);
    }
}
