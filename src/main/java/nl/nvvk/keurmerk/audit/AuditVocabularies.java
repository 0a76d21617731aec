package nl.nvvk.keurmerk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.nvvk.keurmerk.shared.vocabulary.Vocabulary;

@ApplicationScoped
class AuditVocabularies {

    @Produces @Singleton
    Vocabulary auditTypes() {
        return Vocabulary.of("auditType", "Why an audit is carried out", AuditType.class);
    }

    @Produces @Singleton
    Vocabulary auditStatuses() {
        return Vocabulary.of("auditStatus", "Where an audit stands", AuditStatus.class);
    }

    @Produces @Singleton
    Vocabulary classifications() {
        return Vocabulary.of("classification", "What the auditor found for a norm", Classification.class);
    }

    @Produces @Singleton
    Vocabulary weights() {
        return Vocabulary.of("weight", "How much a finding weighs", Weight.class);
    }

    @Produces @Singleton
    Vocabulary adviceOutcomes() {
        return Vocabulary.of("adviceOutcome", "The certifying body's advice to NVVK", AdviceOutcome.class);
    }

    @Produces @Singleton
    Vocabulary objectionStatuses() {
        return Vocabulary.of("objectionStatus", "Where an objection to a decision stands", ObjectionStatus.class);
    }

    @Produces @Singleton
    Vocabulary objectionOutcomes() {
        return Vocabulary.of("objectionOutcome", "What NVVK decides on an objection", ObjectionOutcome.class);
    }

    @Produces @Singleton
    Vocabulary objectionGrounds() {
        return Vocabulary.of("objectionGround", "What of a decision an objection is against", ObjectionGround.class);
    }

    @Produces @Singleton
    Vocabulary decisionOutcomes() {
        return Vocabulary.of("decisionOutcome", "NVVK's decision on an audit", DecisionOutcome.class);
    }

    @Produces @Singleton
    Vocabulary teamRoles() {
        return Vocabulary.of("teamRole", "Roles in the audit team", TeamRole.class);
    }

    @Produces @Singleton
    Vocabulary actionStatuses() {
        return Vocabulary.of("actionStatus", "An improvement action's progress", ActionStatus.class);
    }

    @Produces @Singleton
    Vocabulary selfAssessmentStatuses() {
        return Vocabulary.of("selfAssessmentStatus", "A self-assessment's progress", SelfAssessmentStatus.class);
    }

    @Produces @Singleton
    Vocabulary responseStatuses() {
        return Vocabulary.of("responseStatus", "A colleague's answers to a self-assessment", ResponseStatus.class);
    }
}
