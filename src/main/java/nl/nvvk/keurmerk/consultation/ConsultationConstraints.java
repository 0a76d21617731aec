package nl.nvvk.keurmerk.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.nvvk.keurmerk.shared.error.ConstraintMeaning;

/** What the "In gesprek met" tables' constraints mean to a client (V15__peer_consultation.sql). */
@ApplicationScoped
class ConsultationConstraints implements ConstraintMeaning.Catalogue {

    @Override
    public List<ConstraintMeaning> meanings() {
        return List.of(
                new ConstraintMeaning("peer_group_area_group_id_fkey", "id", "is not a group"),
                new ConstraintMeaning("peer_group_area_area_number_check", "areas", "are numbered 1 to 99"),
                new ConstraintMeaning("peer_group_member_group_id_fkey", "id", "is not a group"),
                new ConstraintMeaning("peer_group_member_organisation_id_fkey", "members", "name an organisation that is not registered"),
                new ConstraintMeaning("peer_group_member_organisation_kvk_check", "members", "must be exactly 8 digits"),
                new ConstraintMeaning("peer_meeting_group_id_fkey", "id", "is not a group"),
                new ConstraintMeaning("peer_meeting_participant_meeting_id_fkey", "id", "is not a meeting"),
                new ConstraintMeaning("peer_meeting_participant_organisation_kvk_check", "participants", "must be exactly 8 digits"),
                new ConstraintMeaning("peer_reflection_meeting_id_fkey", "id", "is not a meeting"),
                new ConstraintMeaning("peer_reflection_organisation_id_fkey", "organisation", "is not a registered organisation"),
                new ConstraintMeaning("peer_reflection_organisation_kvk_check", "organisation", "must be exactly 8 digits"),
                new ConstraintMeaning("peer_reflection_one_per_organisation", "meeting", "your organisation keeps a reflection on this meeting already; revise that one"),
                new ConstraintMeaning("peer_reflection_shared_when", "sharedAt", "a shared reflection says when it was shared, and only a shared one"));
    }
}
