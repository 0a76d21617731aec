package nl.nvvk.keurmerk.certificate;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.nvvk.keurmerk.framework.ServiceType;

/**
 * The public register as CSV (RFC 4180, UTF-8, comma-separated, a header row): one row per
 * certificate, written as it is read. A text cell that a spreadsheet would run as a formula (it
 * starts with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe.
 */
final class RegisterCsv {
    static final String HEADER = "number,status,kvkNumber,organisation,place,certifyingBody,certifyingBodyName,frameworkVersion,"
            + "scope,issuedOn,validFrom,validUntil,statusChangedAt,supersededBy";

    private final Writer out;
    private final ZoneId zone;
    private final LocalDate today;
    /** Certificates share a handful of scopes: each scope's cell is written out once per export. */
    private final Map<Set<ServiceType>, String> scopeCells = new HashMap<>();

    RegisterCsv(Writer out, ZoneId zone, LocalDate today) {
        this.out = out;
        this.zone = zone;
        this.today = today;
    }

    void header() throws IOException {
        out.write(HEADER);
        out.write("\r\n");
    }

    void row(RegisteredCertificate certificate) throws IOException {
        out.write(certificate.number());
        out.write(',');
        out.write(certificate.statusOn(today).name());
        out.write(',');
        out.write(certificate.kvkNumber());
        out.write(',');
        text(certificate.organisationName());
        out.write(',');
        text(certificate.place());
        out.write(',');
        out.write(certificate.bodyCode());
        out.write(',');
        text(certificate.bodyName());
        out.write(',');
        text(certificate.frameworkVersion());
        out.write(',');
        // Services in the scheme's order, separated by a space: one cell.
        out.write(scopeCells.computeIfAbsent(certificate.scope(),
                scope -> scope.stream().map(ServiceType::name).collect(Collectors.joining(" "))));
        out.write(',');
        out.write(certificate.issuedOn().toString());
        out.write(',');
        out.write(certificate.validFrom().toString());
        out.write(',');
        out.write(certificate.validUntil().toString());
        out.write(',');
        out.write(certificate.statusChangedAt(today, zone).toString());
        out.write(',');
        if (certificate.supersededBy() != null) {
            out.write(certificate.supersededBy());
        }
        out.write("\r\n");
    }

    private void text(String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean formula = "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        boolean quoted = formula || value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        if (!quoted) {
            out.write(value);
            return;
        }
        out.write('"');
        if (formula) {
            out.write('\'');
        }
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }
}
