package nl.nvvk.keurmerk.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.nvvk.keurmerk.shared.vocabulary.Vocabulary;

@ApplicationScoped
class ScheduleVocabularies {

    @Produces @Singleton
    Vocabulary scheduleStates() {
        return Vocabulary.of("scheduleState", "Where an organisation stands in the recertification cycle", ScheduleState.class);
    }
}
