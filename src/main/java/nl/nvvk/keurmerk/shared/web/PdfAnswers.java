package nl.nvvk.keurmerk.shared.web;

import jakarta.ws.rs.core.HttpHeaders;
import nl.nvvk.keurmerk.shared.document.PdfFile;
import org.jboss.resteasy.reactive.RestResponse;

/** How every document is answered: shown in the browser, saved under its name, revalidated by its ETag (a private copy). */
public final class PdfAnswers {
    /** The Content-Disposition every document answers with, as the contract states it. */
    public static final String DISPOSITION_PATTERN = "^inline; filename=\"[0-9A-Za-z._-]+\"$";

    private PdfAnswers() {
    }

    public static RestResponse<byte[]> inline(PdfFile document) {
        return RestResponse.ResponseBuilder.ok(document.content(), "application/pdf")
                .header(HttpHeaders.ETAG, document.etag())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header("Content-Disposition", "inline; filename=\"" + document.fileName() + "\"")
                .build();
    }
}
