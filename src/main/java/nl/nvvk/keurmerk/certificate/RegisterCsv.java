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
 * The public register as CSV (UTF-8, a header row, CRLF): one row per certificate, written as it
 * is read, in one of two dialects. A cell that holds the separator, a quote or a line break is
 * quoted; a text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab
 * or a carriage return) is prefixed with an apostrophe, in both.
 */
final class RegisterCsv {
    static final String HEADER = "number,status,kvkNumber,organisation,place,certifyingBody,certifyingBodyName,frameworkVersion,"
            + "scope,issuedOn,validFrom,validUntil,statusChangedAt,supersededBy";

    /** How the cells are separated and the file begins. */
    enum Dialect {
        /** RFC 4180: commas, no byte-order mark. */
        RFC_4180("rfc4180", ',', false, "keurmerkregister.csv"),
        /**
         * What a spreadsheet set to Dutch opens into columns by a double click: its list separator is
         * the semicolon (the comma is the decimal sign), and only a byte-order mark makes it read the
         * file as UTF-8 rather than Windows-1252 (so "Coöperatie" keeps its ö).
         */
        SPREADSHEET_NL("spreadsheet-nl", ';', true, "keurmerkregister-spreadsheet-nl.csv");

        /** The values of the export's dialect parameter. */
        static final String PATTERN = "^(rfc4180|spreadsheet-nl)$";
        static final String MESSAGE = "must be rfc4180 or spreadsheet-nl";

        final String code;
        final char separator;
        final boolean byteOrderMark;
        final String fileName;

        Dialect(String code, char separator, boolean byteOrderMark, String fileName) {
            this.code = code;
            this.separator = separator;
            this.byteOrderMark = byteOrderMark;
            this.fileName = fileName;
        }

        /** The dialect a parameter (already checked against PATTERN) names; RFC 4180 when it names none. */
        static Dialect named(String code) {
            return code != null && code.equals(SPREADSHEET_NL.code) ? SPREADSHEET_NL : RFC_4180;
        }
    }

    private final Writer out;
    private final char separator;
    private final Dialect dialect;
    private final ZoneId zone;
    private final LocalDate today;
    /** Certificates share a handful of scopes: each scope's cell is written out once per export. */
    private final Map<Set<ServiceType>, String> scopeCells = new HashMap<>();

    RegisterCsv(Writer out, Dialect dialect, ZoneId zone, LocalDate today) {
        this.out = out;
        this.dialect = dialect;
        this.separator = dialect.separator;
        this.zone = zone;
        this.today = today;
    }

    void header() throws IOException {
        if (dialect.byteOrderMark) {
            out.write('\uFEFF');
        }
        out.write(HEADER.replace(',', separator));
        out.write("\r\n");
    }

    void row(RegisteredCertificate certificate) throws IOException {
        out.write(certificate.number());
        out.write(separator);
        out.write(certificate.statusOn(today).name());
        out.write(separator);
        out.write(certificate.kvkNumber());
        out.write(separator);
        text(certificate.organisationName());
        out.write(separator);
        text(certificate.place());
        out.write(separator);
        out.write(certificate.bodyCode());
        out.write(separator);
        text(certificate.bodyName());
        out.write(separator);
        text(certificate.frameworkVersion());
        out.write(separator);
        // Services in the scheme's order, separated by a space: one cell.
        out.write(scopeCells.computeIfAbsent(certificate.scope(),
                scope -> scope.stream().map(ServiceType::name).collect(Collectors.joining(" "))));
        out.write(separator);
        out.write(certificate.issuedOn().toString());
        out.write(separator);
        out.write(certificate.validFrom().toString());
        out.write(separator);
        out.write(certificate.validUntil().toString());
        out.write(separator);
        out.write(certificate.statusChangedAt(today, zone).toString());
        out.write(separator);
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
        boolean quoted = formula || value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
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
