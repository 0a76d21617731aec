package nl.nvvk.keurmerk.shared.document;

import io.smallrye.config.ConfigMapping;
import java.net.URI;

/** Where the documents people hold send them. */
@ConfigMapping(prefix = "keurmerk.documents")
public interface DocumentConfig {

    /** The public address of the service: a certificate's QR code opens the verification page under it. */
    URI verificationBaseUrl();

    /** The verification page of a certificate number, as a certificate's QR code and text give it. */
    default String verificationPage(String number) {
        String base = verificationBaseUrl().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/v1/public/verify/" + number;
    }
}
