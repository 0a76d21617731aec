package nl.nvvk.keurmerk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;

/** Documents read back as a person (and an archive) would: the text, the QR code on the rendered page, PDF/A conformance. */
public final class Pdfs {
    private Pdfs() {
    }

    /**
     * The text of every page, lines joined by single spaces so a wrapped sentence reads whole, and
     * without the page footers ("… · pagina 2 van 5"), so a sentence across a page break reads whole too.
     */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("(?m)^.* · pagina \\d+ van \\d+\\s*$", " ").replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the document and its first page as an image under target/documents, build artifacts to look at. */
    public static void keep(byte[] pdf, String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path folder = Files.createDirectories(Path.of("target", "documents"));
            Files.write(folder.resolve(name + ".pdf"), pdf);
            javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100, ImageType.RGB), "png",
                    folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR code on the first page, decoded from the page rendered at 150 dpi, as a phone camera would see a print. */
    public static String qrCode(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (NotFoundException e) {
            throw new AssertionError("No QR code found on the rendered first page", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts the document is PDF/A-1b as PDFBox' preflight validator reads it, and that every font is embedded. */
    public static void assertArchival(byte[] pdf) {
        try {
            Path file = Files.createTempFile("document", ".pdf");
            try {
                Files.write(file, pdf);
                ValidationResult result = PreflightParser.validate(file.toFile());
                assertThat(result.getErrorsList().stream().map(error -> error.getErrorCode() + " " + error.getDetails() + " (page "
                        + error.getPageNumber() + ")").toList()).as("PDF/A-1b errors").isEmpty();
                assertThat(result.isValid()).isTrue();
            } finally {
                Files.deleteIfExists(file);
            }
            try (PDDocument document = Loader.loadPDF(pdf)) {
                for (var page : document.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
