package nl.nvvk.keurmerk.certificate;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.shared.document.Dutch;
import nl.nvvk.keurmerk.shared.document.PdfDocument;

/**
 * The Keurmerk as a document to hang on the wall and send on: in Dutch, with a QR code that opens
 * the public verification page of its number. What the reader of a paper copy cannot know is
 * whether it still counts, so a document of a certificate no longer in force says so on its face,
 * and the QR code answers for the day it is scanned.
 */
final class CertificateDocument {
    private static final float QR_SIZE = 120;

    private CertificateDocument() {
    }

    /**
     * @param registered the certificate as the public register holds it, for the organisation's and body's names;
     *                   null when the register has not read it yet (then the KvK number and body code stand alone)
     */
    static byte[] of(Certificate certificate, RegisteredCertificate registered, LocalDate today, ZoneId zone, String verificationPage) {
        CertificateStatus status = certificate.statusOn(today);
        PdfDocument pdf = new PdfDocument("NVVK Keurmerk " + certificate.number, "NVVK Keurmerk " + certificate.number,
                certificate.statusChangedAt);
        pdf.title("NVVK Keurmerk");
        pdf.paragraph("Certificaat Kwaliteitskader NVVK voor financiële hulpverlening en schuldhulpverlening");
        String warning = notInForce(certificate, registered, status, zone);
        if (warning != null) {
            pdf.space(6).warning(warning);
        }
        pdf.space(10).paragraph("De NVVK verklaart dat");
        pdf.large(registered == null ? "KvK-nummer " + certificate.organisationKvk : registered.organisationName());
        pdf.paragraph("KvK-nummer " + certificate.organisationKvk
                + (registered != null && registered.place() != null ? " · " + registered.place() : ""));
        pdf.space(4).paragraph("voldoet aan het Kwaliteitskader NVVK"
                + (registered == null ? "" : ", versie " + registered.frameworkVersion()) + ", voor de dienstverlening:");
        pdf.bullets(certificate.scope.stream().sorted().map(ServiceType::dutch).toList());
        pdf.space(6)
                .field("Certificaatnummer", certificate.number)
                .field("Certificerende instelling", registered == null ? certificate.bodyCode
                        : registered.bodyName() + " (" + certificate.bodyCode + ")")
                .field("Afgegeven op", Dutch.day(certificate.issuedOn))
                .field("Geldig van", Dutch.day(certificate.validFrom))
                .field("Geldig tot en met", Dutch.day(certificate.validUntil))
                .field("Status", status.dutch());
        pdf.space(14).subheading("Is dit certificaat vandaag geldig?");
        pdf.qrCode(verificationPage, QR_SIZE);
        pdf.note("Scan de code of ga naar " + verificationPage + ": het openbare Keurmerkregister van de NVVK toont daar "
                + "de status van vandaag. Alleen die status telt; een geschorst, ingetrokken of verlopen certificaat is niet geldig, "
                + "ook niet op papier.");
        return pdf.toBytes();
    }

    /** What the face of a certificate no longer in force says, in words; null while it counts. */
    private static String notInForce(Certificate certificate, RegisteredCertificate registered, CertificateStatus status, ZoneId zone) {
        String since = Dutch.day(LocalDate.ofInstant(certificate.statusChangedAt, zone));
        return switch (status) {
            case ACTIVE -> null;
            case SUSPENDED -> "GESCHORST: dit certificaat is sinds " + since + " geschorst door de NVVK en telt niet zolang de schorsing duurt.";
            case WITHDRAWN -> "NIET GELDIG: dit certificaat is op " + since + " ingetrokken door de NVVK.";
            case EXPIRED -> "NIET GELDIG: dit certificaat is verlopen; het was geldig tot en met " + Dutch.day(certificate.validUntil) + ".";
            case SUPERSEDED -> "NIET GELDIG: dit certificaat is op " + since + " vervangen"
                    + (registered != null && registered.supersededBy() != null ? " door certificaat " + registered.supersededBy() : "") + ".";
        };
    }

    /** The file name a saved copy gets. */
    static String fileName(Certificate certificate) {
        return "NVVK-Keurmerk-" + certificate.number.substring("NVVK-".length()) + ".pdf";
    }
}
