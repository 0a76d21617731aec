package nl.nvvk.keurmerk.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.nvvk.keurmerk.framework.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The badge in every state meets WCAG 2.1 AA: each text's colour against the rectangle it sits on
 * at least 4.5:1, computed here from the SVG's own fills (relative luminance, WCAG 2.1 §1.4.3).
 */
class BadgeTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 5, 10);

    @ParameterizedTest
    @EnumSource(CertificateStatus.class)
    void every_text_of_the_badge_contrasts_at_least_4_5_to_1_with_its_background(CertificateStatus status) throws Exception {
        Document svg = parse(Badge.of(certificateThat(status), TODAY));
        Element root = svg.getDocumentElement();
        List<Element> rectangles = elements(root, "rect");
        Element texts = (Element) root.getElementsByTagName("g").item(0);
        String textColour = texts.getAttribute("fill");
        for (Element text : elements(texts, "text")) {
            double x = Double.parseDouble(text.getAttribute("x"));
            // The rectangle drawn last that spans the text's centre is what the text is seen on.
            String background = null;
            for (Element rectangle : rectangles) {
                double left = rectangle.hasAttribute("x") ? Double.parseDouble(rectangle.getAttribute("x")) : 0;
                if (left <= x && x <= left + Double.parseDouble(rectangle.getAttribute("width"))) {
                    background = rectangle.getAttribute("fill");
                }
            }
            assertThat(background).as("the background of '%s'", text.getTextContent()).isNotNull();
            assertThat(contrast(textColour, background)).as("'%s', %s on %s", text.getTextContent(), textColour, background)
                    .isGreaterThanOrEqualTo(4.5);
        }
        assertThat(elements(texts, "text")).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(CertificateStatus.class)
    void the_status_is_in_words_in_the_title_and_aria_label_not_only_in_colour(CertificateStatus status) throws Exception {
        Element root = parse(Badge.of(certificateThat(status), TODAY)).getDocumentElement();
        String said = switch (status) {
            case ACTIVE -> "geldig t/m 30-06-2029";
            case SUSPENDED -> "geschorst";
            case WITHDRAWN -> "ingetrokken";
            case EXPIRED -> "verlopen op 01-05-2027";
            case SUPERSEDED -> "vervangen";
        };
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("NVVK Keurmerk NVVK-7KQ2-M9XH-4DPE: " + said);
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(root.getAttribute("aria-label"));
    }

    @org.junit.jupiter.api.Test
    void the_contrast_is_computed_as_wcag_defines_it() {
        // Known values: black on white 21:1, white on white 1:1, the former suspended orange 3.08:1.
        assertThat(contrast("#000", "#fff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(contrast("#ffffff", "#ffffff")).isEqualTo(1.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(contrast("#fff", "#ef6c00")).isEqualTo(3.08, org.assertj.core.data.Offset.offset(0.005));
    }

    /** WCAG 2.1: (L1 + 0.05) / (L2 + 0.05), the lighter colour's relative luminance over the darker's. */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        String digits = hex.substring(1);
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2) + digits.charAt(2);
        }
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double value = Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16) / 255.0;
            channels[i] = value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** A certificate valid until 30-06-2029 with this status on TODAY (an expired one ran out on 30-04-2027). */
    private static RegisteredCertificate certificateThat(CertificateStatus status) {
        CertificateStatus stored = status == CertificateStatus.EXPIRED ? CertificateStatus.ACTIVE : status;
        LocalDate until = status == CertificateStatus.EXPIRED ? LocalDate.of(2027, 4, 30) : LocalDate.of(2029, 6, 30);
        return new RegisteredCertificate(UUID.fromString("0190f3a0-0000-7000-8000-000000000001"), "NVVK-7KQ2-M9XH-4DPE", stored,
                Instant.parse("2026-07-01T09:30:00Z"), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), until,
                Set.of(ServiceType.DEBT_MEDIATION), "90000001", "Gemeente Zonnedijk", "Zonnedijk", "KIWA", "Kiwa Nederland", "1.1",
                null, List.of(), 0);
    }
}
