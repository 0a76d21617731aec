package nl.nvvk.keurmerk.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextPatternsTest {

    @Test
    void the_character_checks_refuse_exactly_what_the_published_expressions_refuse_for_every_utf16_unit() {
        Pattern text = Pattern.compile(Formats.TEXT);
        Pattern oneLine = Pattern.compile(Formats.ONE_LINE);
        for (int c = 0; c <= 0xFFFF; c++) {
            String value = "a" + (char) c + "b";
            assertThat(TextPatterns.forbiddenInText(c)).as("U+%04X in text", c).isEqualTo(!text.matcher(value).matches());
            assertThat(TextPatterns.forbiddenInOneLine(c)).as("U+%04X on one line", c).isEqualTo(!oneLine.matcher(value).matches());
        }
    }
}
