package nl.nvvk.keurmerk.certifyingbody;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.nvvk.keurmerk.shared.error.ConstraintMeaning;

/** What the certifying_body table's constraints mean to a client (V1__catalogue_members_bodies_history.sql). */
@ApplicationScoped
class CertifyingBodyConstraints implements ConstraintMeaning.Catalogue {

    @Override
    public List<ConstraintMeaning> meanings() {
        return List.of(
                new ConstraintMeaning("certifying_body_code_unique", "code", "A certifying body with this code already exists"),
                new ConstraintMeaning("certifying_body_code_format", "code", "must be 2 to 20 upper case letters, digits or '-'"),
                new ConstraintMeaning("certifying_body_accreditation_status_check", "accreditationStatus", "is not an accreditation status"));
    }
}
