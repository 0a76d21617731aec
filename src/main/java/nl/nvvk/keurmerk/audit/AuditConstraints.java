package nl.nvvk.keurmerk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.nvvk.keurmerk.shared.error.ConstraintMeaning;

/** What the audit and self-assessment tables' constraints mean to a client (V3__audits_findings_actions_self_assessments.sql, V6__audit_report_parts_on_the_audit.sql). */
@ApplicationScoped
class AuditConstraints implements ConstraintMeaning.Catalogue {

    @Override
    public List<ConstraintMeaning> meanings() {
        return List.of(
                new ConstraintMeaning("audit_reference_unique", "reference", "This certifying body has an audit with this reference already"),
                new ConstraintMeaning("audit_id_framework_unique", "framework", "is the audit's framework version"),
                new ConstraintMeaning("audit_certifying_body_id_fkey", "certifyingBody", "is not an admitted certifying body"),
                new ConstraintMeaning("audit_organisation_id_fkey", "organisation", "is not a registered organisation"),
                new ConstraintMeaning("audit_framework_id_fkey", "framework", "is not a framework version"),
                new ConstraintMeaning("audit_type_check", "type", "is not a type of audit"),
                new ConstraintMeaning("audit_status_check", "status", "is not an audit status"),
                new ConstraintMeaning("audit_hours_online_check", "hours.online", "may not be negative"),
                new ConstraintMeaning("audit_hours_total_check", "hours.total", "may not be negative"),
                new ConstraintMeaning("audit_fte_professionals_check", "staffing.professionals", "may not be negative"),
                new ConstraintMeaning("audit_fte_support_check", "staffing.support", "may not be negative"),
                new ConstraintMeaning("audit_fte_management_check", "staffing.management", "may not be negative"),
                new ConstraintMeaning("audit_advice_check", "advice.outcome", "is not an advice"),
                new ConstraintMeaning("audit_report_after_visit", "reportOn", "may not precede the first visit"),
                new ConstraintMeaning("audit_body_code_format", "certifyingBody", "must be 2 to 20 upper case letters, digits or '-'"),
                new ConstraintMeaning("audit_organisation_kvk_format", "organisation", "must be exactly 8 digits"),
                new ConstraintMeaning("audit_scope_service_types", "scope", "is at least one service type"),
                new ConstraintMeaning("audit_visits_dated", "visits", "are at least one visit, each with its date (yyyy-MM-dd)"),
                new ConstraintMeaning("audit_team_roles", "team", "has a member without a name or a team role"),
                new ConstraintMeaning("audit_interviewees_counted", "interviews", "name a function and count 1 to 999 interviewees"),
                new ConstraintMeaning("audit_area_numbers", "areas", "are numbered 1 to 99"),
                new ConstraintMeaning("audit_area_levels", "areas", "have development levels 1 to 4"),
                new ConstraintMeaning("audit_previous_points_listed", "previousPoints", "each name a point and whether it is resolved"),
                new ConstraintMeaning("audit_decision_check", "outcome", "is not a decision"),
                new ConstraintMeaning("audit_decided_with_decision", "outcome", "a decided audit carries NVVK's decision, and only a decided one"),
                new ConstraintMeaning("audit_conditions_with_follow_up", "conditions", "and a follow-up day go with a grant with conditions, and only with one"),
                new ConstraintMeaning("finding_audit_fkey", "findings", "belong to an audit of another framework version"),
                new ConstraintMeaning("finding_norm_fkey", "findings", "name a norm of another framework version"),
                new ConstraintMeaning("finding_norm_unique", "findings", "a norm has one finding per audit"),
                new ConstraintMeaning("finding_classification_check", "findings", "have a classification that is not one"),
                new ConstraintMeaning("finding_weight_check", "findings", "have a weight that is not one"),
                new ConstraintMeaning("finding_development_level_check", "findings", "have development levels 1 to 4"),
                new ConstraintMeaning("improvement_action_audit_id_fkey", "actions", "belong to an audit that does not exist"),
                new ConstraintMeaning("improvement_action_finding_id_fkey", "actions", "belong to a finding that does not exist"),
                new ConstraintMeaning("improvement_action_status_check", "status", "is not an action status"),
                new ConstraintMeaning("improvement_action_position_unique", "actions", "are listed once each"),
                new ConstraintMeaning("self_assessment_organisation_id_fkey", "organisation", "is not a registered organisation"),
                new ConstraintMeaning("self_assessment_framework_id_fkey", "framework", "is not a framework version"),
                new ConstraintMeaning("self_assessment_status_check", "status", "is not a self-assessment status"),
                new ConstraintMeaning("self_assessment_id_framework_unique", "framework", "is the self-assessment's framework version"),
                new ConstraintMeaning("self_assessment_organisation_kvk_format", "organisation", "must be exactly 8 digits"),
                new ConstraintMeaning("self_assessment_one_draft", "framework",
                        "your organisation has a draft self-assessment of this framework version already; complete and share that one first"),
                new ConstraintMeaning("self_assessment_entry_level_check", "level", "is 1 to 4"),
                new ConstraintMeaning("self_assessment_entry_assessment_fkey", "norm", "belongs to a self-assessment of another framework version"),
                new ConstraintMeaning("self_assessment_entry_norm_fkey", "norm", "is a norm of another framework version"),
                new ConstraintMeaning("self_assessment_area_self_assessment_id_fkey", "id", "is not a self-assessment"),
                new ConstraintMeaning("self_assessment_area_area_number_check", "area", "areas are numbered 1 to 99"),
                new ConstraintMeaning("self_assessment_area_level_check", "level", "is 1 to 4"),
                new ConstraintMeaning("self_assessment_response_assessment_fkey", "id", "is not a self-assessment"),
                new ConstraintMeaning("self_assessment_response_one_per_respondent", "respondent",
                        "you have answers to this self-assessment already; go on with those (myResponse)"),
                new ConstraintMeaning("self_assessment_response_id_framework_unique", "framework", "is the self-assessment's framework version"),
                new ConstraintMeaning("self_assessment_response_submitted_when", "status", "submitted answers carry the moment they were submitted"),
                new ConstraintMeaning("self_assessment_response_organisation_kvk_format", "organisation", "must be exactly 8 digits"),
                new ConstraintMeaning("self_assessment_response_status_check", "status", "is not a status of answers"),
                new ConstraintMeaning("self_assessment_response_entry_response_fkey", "response", "belongs to answers of another framework version"),
                new ConstraintMeaning("self_assessment_response_entry_norm_fkey", "norm", "is a norm of another framework version"),
                new ConstraintMeaning("self_assessment_response_entry_level_check", "level", "is 1 to 4"),
                new ConstraintMeaning("self_assessment_response_area_response_id_fkey", "response", "is not a set of answers"),
                new ConstraintMeaning("self_assessment_response_area_area_number_check", "area", "areas are numbered 1 to 99"),
                new ConstraintMeaning("self_assessment_response_area_level_check", "level", "is 1 to 4"));
    }
}
