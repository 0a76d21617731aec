package nl.nvvk.keurmerk.certificate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The badge a member embeds on its website: "NVVK Keurmerk" and the certificate's live status, with
 * the last valid day while it counts. It is drawn from the register on every request, so a lapsed
 * Keurmerk can no longer be shown as valid. Only fixed words and a date go into it, never a name
 * someone typed, so nothing in it needs escaping. The status is also its title and aria-label, so a
 * screen reader says it; the "NVVK Keurmerk" part's navy is 12.36:1 against its white text.
 */
final class Badge {
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String LABEL = "NVVK Keurmerk";
    /** Verdana 11px averages about 7 px a character; the badge is sized from it, as such badges are. */
    private static final int CHARACTER_WIDTH = 7;
    private static final int PADDING = 10;

    private Badge() {
    }

    static String of(RegisteredCertificate certificate, LocalDate today) {
        CertificateStatus status = certificate.statusOn(today);
        String message = switch (status) {
            case ACTIVE -> "geldig t/m " + DUTCH_DATE.format(certificate.validUntil());
            case SUSPENDED -> "geschorst";
            case WITHDRAWN -> "ingetrokken";
            case EXPIRED -> "verlopen op " + DUTCH_DATE.format(certificate.validUntil().plusDays(1));
            case SUPERSEDED -> "vervangen";
        };
        // White text on each is at least 4.5:1 (WCAG 2.1 AA; BadgeTest measures it): green 5.13, orange 5.50 (#ef6c00 was 3.08), red 5.62, grey 6.19.
        String colour = switch (status) {
            case ACTIVE -> "#2e7d32";
            case SUSPENDED -> "#b34700";
            case WITHDRAWN, EXPIRED -> "#c62828";
            case SUPERSEDED -> "#616161";
        };
        int labelWidth = LABEL.length() * CHARACTER_WIDTH + 2 * PADDING;
        int messageWidth = message.length() * CHARACTER_WIDTH + 2 * PADDING;
        int width = labelWidth + messageWidth;
        String title = LABEL + " " + certificate.number() + ": " + message;
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="%1$d" height="20" role="img" aria-label="%2$s">\
                <title>%2$s</title>\
                <rect width="%3$d" height="20" rx="3" fill="#1d3557"/>\
                <rect x="%3$d" width="%4$d" height="20" rx="3" fill="%5$s"/>\
                <rect x="%3$d" width="4" height="20" fill="%5$s"/>\
                <g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">\
                <text x="%6$d" y="14">%7$s</text>\
                <text x="%8$d" y="14">%9$s</text>\
                </g></svg>
                """.formatted(width, title, labelWidth, messageWidth, colour, labelWidth / 2, LABEL, labelWidth + messageWidth / 2, message);
    }
}
