package nl.nvvk.keurmerk.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.UUID;
import nl.nvvk.keurmerk.framework.ServiceType;
import org.junit.jupiter.api.Test;

class CertificateTest {
    private static final CertificationPolicy DEFAULTS = new CertificationPolicy() {
        @Override public Period validity() { return Period.ofYears(3); }
        @Override public Period followUpAfter() { return Period.ofMonths(12); }
    };

    @Test
    void an_active_or_suspended_certificate_reads_expired_from_the_day_after_its_last_valid_day_and_nothing_is_stored() {
        Certificate certificate = granted(LocalDate.of(2023, 7, 1));
        assertThat(certificate.validUntil).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(certificate.statusOn(LocalDate.of(2026, 6, 30))).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificate.statusOn(LocalDate.of(2026, 7, 1))).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(certificate.status).isEqualTo(CertificateStatus.ACTIVE);

        Certificate successor = granted(LocalDate.of(2026, 6, 1));
        certificate.supersede(successor, "nvvk-staff", Instant.parse("2026-06-01T10:00:00Z"));
        assertThat(certificate.statusOn(LocalDate.of(2030, 1, 1))).as("superseded stays superseded").isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(certificate.supersededBy).isEqualTo(successor.id);
    }

    @Test
    void an_expired_certificate_is_neither_suspended_nor_withdrawn_and_a_suspended_one_past_its_date_is_not_reinstated() {
        Certificate certificate = granted(LocalDate.of(2023, 7, 1));
        LocalDate afterwards = LocalDate.of(2026, 7, 1);
        Instant now = Instant.parse("2026-07-01T10:00:00Z");
        assertThatThrownBy(() -> certificate.suspend("Te laat.", "nvvk-staff", now, afterwards)).hasMessageContaining("is EXPIRED");
        assertThatThrownBy(() -> certificate.withdraw("Te laat.", "nvvk-staff", now, afterwards)).hasMessageContaining("is EXPIRED");
        certificate.suspend("Onderzoek loopt.", "nvvk-staff", now, LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> certificate.reinstate("Afgerond.", "nvvk-staff", now, afterwards)).hasMessageContaining("is EXPIRED");
        assertThat(certificate.statusHistory).extracting(change -> change.to).containsExactly(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED);
    }

    @Test
    void a_certificate_granted_on_a_leap_day_is_valid_through_the_day_before_its_third_anniversary() {
        assertThat(DEFAULTS.validUntil(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 27));
        assertThat(DEFAULTS.validUntil(LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    private static Certificate granted(LocalDate on) {
        CertificateService.Grant grant = new CertificateService.Grant(UUID.randomUUID(), "REF-1", UUID.randomUUID(), "90000001",
                UUID.randomUUID(), "KIWA", UUID.randomUUID(), Set.of(ServiceType.DEBT_MEDIATION), on, false);
        return Certificate.issue(grant, DEFAULTS.validUntil(on), "nvvk-staff", Instant.parse("2023-07-01T10:00:00Z"));
    }
}
