package nl.nvvk.keurmerk.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.nvvk.keurmerk.shared.error.ConstraintMeaning;

/** What the organisation tables' constraints mean to a client (V1__catalogue_members_bodies_history.sql). */
@ApplicationScoped
class OrganisationConstraints implements ConstraintMeaning.Catalogue {

    @Override
    public List<ConstraintMeaning> meanings() {
        return List.of(
                new ConstraintMeaning("organisation_kvk_unique", "kvkNumber", "An organisation with this KvK number is already registered"),
                new ConstraintMeaning("organisation_kvk_format", "kvkNumber", "must be exactly 8 digits"),
                new ConstraintMeaning("organisation_kind_check", "kind", "is not a kind of organisation"),
                new ConstraintMeaning("organisation_membership_status_check", "membershipStatus", "is not a membership status"),
                new ConstraintMeaning("organisation_service_organisation_id_fkey", "id", "is not a registered organisation"));
    }
}
