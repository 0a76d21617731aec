package nl.nvvk.keurmerk.shared.document;

/** A rendered document: its PDF, the name a saved copy gets, and the ETag of the state it shows. */
public record PdfFile(byte[] content, String fileName, String etag) {
}
