package nl.nvvk.keurmerk.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.nvvk.keurmerk.certificate.RegisteredCertificate.OutOfForce;
import nl.nvvk.keurmerk.certificate.RegisteredCertificate.Position;
import nl.nvvk.keurmerk.framework.ServiceType;
import org.junit.jupiter.api.Test;

/** What the public register reads from a certificate on a given day: status, validity, badge and CSV row. */
class RegisteredCertificateTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate UNTIL = LocalDate.of(2029, 2, 28);

    @Test
    void an_active_certificate_expires_the_day_after_its_last_valid_day_at_midnight_in_amsterdam() {
        RegisteredCertificate certificate = certificate(CertificateStatus.ACTIVE, List.of());
        assertThat(certificate.statusOn(UNTIL)).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificate.statusOn(UNTIL.plusDays(1))).isEqualTo(CertificateStatus.EXPIRED);
        // 1 March 2029 00:00 in Amsterdam (winter time, UTC+1) is 28 February 23:00 UTC.
        assertThat(certificate.statusChangedAt(UNTIL.plusDays(1), AMSTERDAM)).isEqualTo(Instant.parse("2029-02-28T23:00:00Z"));
        assertThat(certificate.statusChangedAt(UNTIL, AMSTERDAM)).isEqualTo(certificate.statusChangedAt());
        assertThat(certificate.versionOn(UNTIL.plusDays(1))).as("another ETag the day it expires").isNotEqualTo(certificate.versionOn(UNTIL));
    }

    @Test
    void the_register_reads_a_scope_as_postgresql_writes_the_jsonb_array() {
        assertThat(PublicRegister.scope("[\"WSNP\", \"DEBT_MEDIATION\", \"EARLY_WARNING\"]"))
                .containsExactly(ServiceType.EARLY_WARNING, ServiceType.DEBT_MEDIATION, ServiceType.WSNP);
        assertThat(PublicRegister.scope("[\"INTAKE_AND_PLAN\"]")).containsExactly(ServiceType.INTAKE_AND_PLAN);
    }

    @Test
    void the_register_orders_by_organisation_name_ignoring_case_then_by_number() {
        Position zonnedijk = new Position("Gemeente Zonnedijk", "NVVK-0001");
        Position lowercase = new Position("gemeente zonnedijk", "NVVK-0002");
        Position aalten = new Position("GEMEENTE AALTEN", "NVVK-0003");
        Position shorter = new Position("Gemeente", "NVVK-0004");
        Position equalsSign = new Position("Gemeente =Eind", "NVVK-0005");
        assertThat(Stream.of(zonnedijk, lowercase, aalten, shorter, equalsSign).sorted().toList())
                .as("as the names lowercased: '=' before letters, a prefix before what it begins")
                .containsExactly(shorter, equalsSign, aalten, zonnedijk, lowercase);
    }

    @Test
    void it_counts_within_its_validity_except_on_the_days_it_was_suspended() {
        List<OutOfForce> suspended = List.of(new OutOfForce(LocalDate.of(2027, 5, 10), LocalDate.of(2027, 6, 1)));
        RegisteredCertificate certificate = certificate(CertificateStatus.ACTIVE, suspended);
        assertThat(certificate.inForceOn(FROM.minusDays(1))).isFalse();
        assertThat(certificate.inForceOn(FROM)).isTrue();
        assertThat(certificate.inForceOn(LocalDate.of(2027, 5, 9))).isTrue();
        assertThat(certificate.inForceOn(LocalDate.of(2027, 5, 10))).isFalse();
        assertThat(certificate.inForceOn(LocalDate.of(2027, 5, 31))).isFalse();
        assertThat(certificate.inForceOn(LocalDate.of(2027, 6, 1))).isTrue();
        assertThat(certificate.inForceOn(UNTIL)).isTrue();
        assertThat(certificate.inForceOn(UNTIL.plusDays(1))).isFalse();

        RegisteredCertificate withdrawn = certificate(CertificateStatus.WITHDRAWN, List.of(new OutOfForce(LocalDate.of(2027, 1, 15), null)));
        assertThat(withdrawn.inForceOn(LocalDate.of(2027, 1, 14))).isTrue();
        assertThat(withdrawn.inForceOn(LocalDate.of(2027, 1, 15))).isFalse();
        assertThat(withdrawn.inForceOn(UNTIL)).isFalse();
    }

    @Test
    void the_badge_says_what_the_status_is_today() {
        assertThat(Badge.of(certificate(CertificateStatus.ACTIVE, List.of()), UNTIL)).contains("geldig t/m 28-02-2029").contains("#2e7d32");
        assertThat(Badge.of(certificate(CertificateStatus.ACTIVE, List.of()), UNTIL.plusDays(1))).contains("verlopen op 01-03-2029")
                .doesNotContain("geldig");
        assertThat(Badge.of(certificate(CertificateStatus.SUSPENDED, List.of()), FROM)).contains("geschorst");
        assertThat(Badge.of(certificate(CertificateStatus.WITHDRAWN, List.of()), FROM)).contains("ingetrokken");
        assertThat(Badge.of(certificate(CertificateStatus.SUPERSEDED, List.of()), FROM)).contains("vervangen");
    }

    @Test
    void a_csv_row_quotes_what_needs_quoting_and_defuses_formulas() throws Exception {
        RegisteredCertificate certificate = new RegisteredCertificate(UUID.fromString("0190f3a0-0000-7000-8000-000000000001"), "NVVK-7KQ2-M9XH-4DPE",
                CertificateStatus.ACTIVE, Instant.parse("2026-03-01T09:30:00Z"), FROM, FROM, UNTIL,
                Set.of(ServiceType.DEBT_MEDIATION, ServiceType.REGISTRATION), "90000001", "@Gemeente \"Oost\"", "Den Haag, Centrum",
                "KIWA", "Kiwa Nederland", "1.1", null, List.of(), 0);
        StringWriter out = new StringWriter();
        new RegisterCsv(out, RegisterCsv.Dialect.RFC_4180, AMSTERDAM, FROM).row(certificate);
        assertThat(out.toString()).isEqualTo("NVVK-7KQ2-M9XH-4DPE,ACTIVE,90000001,\"'@Gemeente \"\"Oost\"\"\",\"Den Haag, Centrum\",KIWA,Kiwa Nederland,1.1,"
                + "REGISTRATION DEBT_MEDIATION,2026-03-01,2026-03-01,2029-02-28,2026-03-01T09:30:00Z,\r\n");
    }

    @Test
    void the_spreadsheet_nl_form_begins_with_a_byte_order_mark_and_separates_by_semicolons_quoting_what_needs_it() throws Exception {
        RegisteredCertificate certificate = new RegisteredCertificate(UUID.fromString("0190f3a0-0000-7000-8000-000000000001"), "NVVK-7KQ2-M9XH-4DPE",
                CertificateStatus.ACTIVE, Instant.parse("2026-03-01T09:30:00Z"), FROM, FROM, UNTIL,
                Set.of(ServiceType.DEBT_MEDIATION, ServiceType.REGISTRATION), "90000001", "=Gemeente; \"Oost\"", "Den Haag, Centrum",
                "KIWA", "Coöperatie\r\nKiwa", "1.1", "NVVK-AAAA-BBBB-CCCC", List.of(), 0);
        StringWriter out = new StringWriter();
        RegisterCsv csv = new RegisterCsv(out, RegisterCsv.Dialect.SPREADSHEET_NL, AMSTERDAM, FROM);
        csv.header();
        csv.row(certificate);
        assertThat(out.toString()).isEqualTo("\uFEFFnumber;status;kvkNumber;organisation;place;certifyingBody;certifyingBodyName;frameworkVersion;"
                + "scope;issuedOn;validFrom;validUntil;statusChangedAt;supersededBy\r\n"
                + "NVVK-7KQ2-M9XH-4DPE;ACTIVE;90000001;\"'=Gemeente; \"\"Oost\"\"\";Den Haag, Centrum;KIWA;\"Coöperatie\r\nKiwa\";1.1;"
                + "REGISTRATION DEBT_MEDIATION;2026-03-01;2026-03-01;2029-02-28;2026-03-01T09:30:00Z;NVVK-AAAA-BBBB-CCCC\r\n");
    }

    @Test
    void the_rfc_4180_form_has_no_byte_order_mark_and_leaves_a_semicolon_unquoted() throws Exception {
        StringWriter out = new StringWriter();
        RegisterCsv csv = new RegisterCsv(out, RegisterCsv.Dialect.RFC_4180, AMSTERDAM, FROM);
        csv.header();
        csv.row(new RegisteredCertificate(UUID.fromString("0190f3a0-0000-7000-8000-000000000001"), "NVVK-7KQ2-M9XH-4DPE",
                CertificateStatus.ACTIVE, Instant.parse("2026-03-01T09:30:00Z"), FROM, FROM, UNTIL, Set.of(ServiceType.DEBT_MEDIATION),
                "90000001", "Gemeente; Oost", "Zonnedijk", "KIWA", "Kiwa Nederland", "1.1", null, List.of(), 0));
        assertThat(out.toString()).isEqualTo(RegisterCsv.HEADER + "\r\n"
                + "NVVK-7KQ2-M9XH-4DPE,ACTIVE,90000001,Gemeente; Oost,Zonnedijk,KIWA,Kiwa Nederland,1.1,DEBT_MEDIATION,"
                + "2026-03-01,2026-03-01,2029-02-28,2026-03-01T09:30:00Z,\r\n");
    }

    private static RegisteredCertificate certificate(CertificateStatus status, List<OutOfForce> outOfForce) {
        return new RegisteredCertificate(UUID.fromString("0190f3a0-0000-7000-8000-000000000001"), "NVVK-7KQ2-M9XH-4DPE", status,
                Instant.parse("2026-03-01T09:30:00Z"), FROM, FROM, UNTIL, Set.of(ServiceType.DEBT_MEDIATION), "90000001", "Gemeente Zonnedijk",
                "Zonnedijk", "KIWA", "Kiwa Nederland", "1.1", null, outOfForce, 3);
    }
}
