package nl.nvvk.keurmerk.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.nvvk.keurmerk.shared.error.ConstraintMeaning;

/** What the certificate tables' constraints mean to a client (V8__decisions_and_certificates.sql, V9__public_register_changes.sql). */
@ApplicationScoped
class CertificateConstraints implements ConstraintMeaning.Catalogue {

    @Override
    public List<ConstraintMeaning> meanings() {
        return List.of(
                new ConstraintMeaning("certificate_number_unique", "number", "Another certificate has this number"),
                new ConstraintMeaning("certificate_audit_unique", "audit", "A certificate rests on this audit already"),
                new ConstraintMeaning("certificate_audit_id_fkey", "audit", "is not an audit"),
                new ConstraintMeaning("certificate_organisation_id_fkey", "organisation", "is not a registered organisation"),
                new ConstraintMeaning("certificate_certifying_body_id_fkey", "certifyingBody", "is not an admitted certifying body"),
                new ConstraintMeaning("certificate_framework_id_fkey", "framework", "is not a framework version"),
                new ConstraintMeaning("certificate_status_check", "status", "is not a stored certificate status"),
                new ConstraintMeaning("certificate_number_format", "number", "must be NVVK- and three groups of four symbols"),
                new ConstraintMeaning("certificate_validity", "validUntil", "may not precede validFrom"),
                new ConstraintMeaning("certificate_superseded_by_another", "supersededBy", "names the certificate that took this one's place"),
                new ConstraintMeaning("certificate_superseded_by_fkey", "supersededBy", "is not a certificate"),
                new ConstraintMeaning("certificate_current_unique", "organisation", "has a current certificate already"),
                new ConstraintMeaning("certificate_status_change_certificate_id_fkey", "certificate", "is not a certificate"),
                new ConstraintMeaning("certificate_status_change_from_status_check", "from", "is not a stored certificate status"),
                new ConstraintMeaning("certificate_status_change_to_status_check", "to", "is not a stored certificate status"),
                // Written by triggers only; a client never reaches them.
                new ConstraintMeaning("register_version_singleton_check", "version", "the public register has one version counter"),
                new ConstraintMeaning("register_change_names_one", "change", "a register change names one certificate, organisation or body"));
    }
}
