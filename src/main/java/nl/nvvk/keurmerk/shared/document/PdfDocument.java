package nl.nvvk.keurmerk.shared.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A document people hold: A4 pages of flowing text, laid out top to bottom, written as PDF/A-1b
 * (fonts embedded, sRGB output intent, XMP metadata) so it stays readable in archives. Text the
 * fonts cannot draw becomes "?" rather than failing the document. One instance per document and
 * thread; {@link #toBytes()} ends it.
 */
public final class PdfDocument {
    private static final float MARGIN = 56;
    private static final float FOOTER = 36;
    private static final Color INK = new Color(0x1d, 0x1d, 0x1b);
    private static final Color BRAND = new Color(0x1d, 0x35, 0x57);
    private static final Color MUTED = new Color(0x4a, 0x4a, 0x48);
    private static final Color WARNING = new Color(0x9b, 0x1c, 0x1c);
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final String title;
    private final String footer;
    private final Instant createdAt;
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<Long, Boolean> drawable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    /**
     * @param title   the document's title, in its metadata and the viewer's title bar
     * @param footer  printed at the foot of every page with the page number
     */
    public PdfDocument(String title, String footer, Instant createdAt) {
        this.title = title;
        this.footer = footer;
        this.createdAt = createdAt;
        try {
            regular = font(REGULAR);
            bold = font(BOLD);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts' files, read from the class path once: every document embeds its own subset of them. */
    private static final byte[] REGULAR = fontFile("DejaVuSans.ttf");
    private static final byte[] BOLD = fontFile("DejaVuSans-Bold.ttf");

    private static byte[] fontFile(String name) {
        try (InputStream in = PdfDocument.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font font(byte[] file) throws IOException {
        // Subset: only the glyphs used are embedded, so a one-page certificate stays small.
        return PDType0Font.load(document, new ByteArrayInputStream(file), true);
    }

    /** The document's big heading. */
    public PdfDocument title(String text) {
        return text(bold, 22, BRAND, text, 0, 10);
    }

    /** A heading of a part of the document; starts a new page when little room is left, so it never stands alone at the foot. */
    public PdfDocument heading(String text) {
        need(80);
        return text(bold, 14, BRAND, text, 10, 4);
    }

    public PdfDocument subheading(String text) {
        need(50);
        return text(bold, 11, INK, text, 6, 2);
    }

    public PdfDocument paragraph(String text) {
        return text(regular, 10, INK, text, 0, 4);
    }

    /** A smaller, muted paragraph: explanations beside the facts. */
    public PdfDocument note(String text) {
        return text(regular, 8.5f, MUTED, text, 0, 4);
    }

    public PdfDocument large(String text) {
        return text(bold, 16, INK, text, 2, 4);
    }

    /** A label and its value on one line (the value wraps under itself); nothing is printed for an absent value. */
    public PdfDocument field(String label, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        float labelWidth = 150;
        need(10 * LEADING);
        if (widthOf(bold, 10, printable(bold, label)) > labelWidth - 8) {
            // A long label on a line of its own, the value beneath it where a short one would stand.
            write(bold, 10, INK, MARGIN, printable(bold, label));
        } else {
            put(bold, 10, INK, MARGIN, printable(bold, label));
        }
        for (String line : wrap(regular, 10, value, width() - labelWidth)) {
            need(10 * LEADING);
            write(regular, 10, INK, MARGIN + labelWidth, line);
        }
        y -= 2;
        return this;
    }

    /** Items of a list, each behind a bullet. */
    public PdfDocument bullets(List<String> items) {
        for (String item : items) {
            List<String> lines = wrap(regular, 10, item, width() - 14);
            for (int i = 0; i < lines.size(); i++) {
                need(10 * LEADING);
                if (i == 0) {
                    put(regular, 10, INK, MARGIN + 2, "•");
                }
                write(regular, 10, INK, MARGIN + 14, lines.get(i));
            }
        }
        y -= 2;
        return this;
    }

    /** Rows of cells in columns of the given relative widths; a row's cells wrap within their column. */
    public PdfDocument table(List<String> header, List<List<String>> rows, float... columns) {
        float total = 0;
        for (float column : columns) {
            total += column;
        }
        float[] widths = new float[columns.length];
        for (int i = 0; i < columns.length; i++) {
            widths[i] = width() * columns[i] / total;
        }
        row(bold, header, widths);
        for (List<String> row : rows) {
            row(regular, row, widths);
        }
        y -= 4;
        return this;
    }

    private void row(PDType0Font font, List<String> cells, float[] widths) {
        float size = 9;
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = wrap(font, size, cells.get(i) == null ? "" : cells.get(i), widths[i] - 6);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int line = 0; line < height; line++) {
            need(size * LEADING);
            float x = MARGIN;
            for (int i = 0; i < wrapped.size(); i++) {
                if (line < wrapped.get(i).size()) {
                    put(font, size, INK, x, wrapped.get(i).get(line));
                }
                x += widths[i];
            }
            y -= size * LEADING;
        }
        y -= 3;
    }

    /** A framed warning across the page, in dark red and in words, for what the reader must not miss. */
    public PdfDocument warning(String text) {
        List<String> lines = wrap(bold, 12, text, width() - 20);
        float height = lines.size() * 12 * LEADING + 14;
        need(height + 6);
        try {
            content.setStrokingColor(WARNING);
            content.setLineWidth(2);
            content.addRect(MARGIN, y - height, width(), height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float top = y;
        y -= 7;
        for (String line : lines) {
            write(bold, 12, WARNING, MARGIN + 10, line);
        }
        y = top - height - 8;
        return this;
    }

    /**
     * A QR code for {@code target}, {@code size} points wide at the left margin, drawn as vector
     * squares (sharp at any print size) with the four-module quiet zone the standard asks for.
     */
    public PdfDocument qrCode(String target, float size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(target, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + target + " as a QR code", e);
        }
        need(size + 4);
        float module = size / matrix.getWidth();
        float top = y;
        try {
            content.setNonStrokingColor(Color.BLACK);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        content.addRect(MARGIN + column * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top - size - 4;
        return this;
    }

    public PdfDocument space(float points) {
        y -= points;
        return this;
    }

    /** Writes the document: page footers, PDF/A metadata and output intent. */
    public byte[] toBytes() {
        try (document) {
            content.close();
            int count = pages.size();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    foot.beginText();
                    foot.setFont(regular, 8);
                    foot.setNonStrokingColor(MUTED);
                    foot.newLineAtOffset(MARGIN, FOOTER - 14);
                    foot.showText(printable(regular, footer + " · pagina " + (i + 1) + " van " + count));
                    foot.endText();
                }
            }
            archival();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            // PDF/A-1 predates cross-reference streams: a classic xref table, objects not packed in object streams.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What PDF/A-1b asks beyond embedded fonts: XMP metadata equal to the info dictionary, and an sRGB output intent. */
    private void archival() throws IOException {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(createdAt.toEpochMilli());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setProducer("Keurmerkregister");
        info.setCreationDate(created);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(created);
            xmp.createAndAddAdobePDFSchema().setProducer("Keurmerkregister");
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(1);
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());
        catalog.setMetadata(metadata);
        catalog.setLanguage("nl-NL");

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private PdfDocument text(PDType0Font font, float size, Color color, String text, float before, float after) {
        if (text == null || text.isBlank()) {
            return this;
        }
        y -= before;
        for (String line : wrap(font, size, text, width())) {
            need(size * LEADING);
            write(font, size, color, MARGIN, line);
        }
        y -= after;
        return this;
    }

    /** One line at x on the current line, then down a line. */
    private void write(PDType0Font font, float size, Color color, float x, String line) {
        put(font, size, color, x, line);
        y -= size * LEADING;
    }

    /** One line at x on the current line, staying on it (a bullet, a table cell). */
    private void put(PDType0Font font, float size, Color color, float x, String line) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color);
            content.newLineAtOffset(x, y - size);
            content.showText(line);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of at most {@code width} points: words wrapped, a word longer than a line broken, the text's own line breaks kept. */
    private List<String> wrap(PDType0Font font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(font, text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (widthOf(font, size, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (widthOf(font, size, word) > width) {
                    int fits = 1;
                    while (fits < word.length() && widthOf(font, size, word.substring(0, fits + 1)) <= width) {
                        fits++;
                    }
                    lines.add(word.substring(0, fits));
                    word = word.substring(fits);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float widthOf(PDType0Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with tabs as spaces, other control characters dropped and characters the font lacks as "?". */
    private String printable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                out.append('\n');
            } else if (codePoint == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(codePoint)) {
                return;
            } else if (hasGlyph(font, codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Whether the font can draw the character: what it encodes, it has a glyph for. Asked once per character and font. */
    private boolean hasGlyph(PDType0Font font, int codePoint) {
        return drawable.computeIfAbsent((font == bold ? 1L << 32 : 0L) | codePoint, key -> {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    /** A new page when fewer than {@code height} points are left above the footer. */
    private void need(float height) {
        if (y - height < FOOTER + 10) {
            try {
                content.close();
                newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
