package nl.nvvk.keurmerk.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateNumberTest {

    @Test
    void a_new_number_has_the_published_format_and_reads_back_as_itself_however_it_is_typed() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String number = CertificateNumber.next();
            assertThat(number).matches(CertificateNumber.FORMAT);
            assertThat(CertificateNumber.parse(number)).contains(number);
            assertThat(CertificateNumber.parse(number.toLowerCase().replace("-", ""))).contains(number);
            numbers.add(number);
        }
        assertThat(numbers).hasSize(10_000);
    }

    @Test
    void people_type_i_and_l_for_1_o_for_0_lower_case_spaces_and_no_prefix() {
        String symbols = "10NVVKABCDE";
        String number = "NVVK-10NV-VKAB-CDE" + CertificateNumber.checkSymbol(symbols);
        assertThat(CertificateNumber.parse(number)).contains(number);
        assertThat(CertificateNumber.parse(("lo nv vk ab cde" + CertificateNumber.checkSymbol(symbols)).toLowerCase())).contains(number);
        assertThat(CertificateNumber.parse("IONVVKABCDE" + CertificateNumber.checkSymbol(symbols))).as("its own symbols start with NVVK").contains(number);
        assertThat(CertificateNumber.parse(number + " ".repeat(30))).as("longer than anyone types it").isEmpty();
        assertThat(CertificateNumber.parse("NVVK-7KQ2-M9XH-4DPE")).as("the contract's example").isPresent();
    }

    @Test
    void every_mistyped_symbol_and_every_swap_of_two_different_neighbours_fails_the_check() {
        for (int i = 0; i < 200; i++) {
            String symbols = CertificateNumber.next().replace("NVVK-", "").replace("-", "");
            for (int position = 0; position < symbols.length(); position++) {
                for (char other : CertificateNumber.ALPHABET.toCharArray()) {
                    if (other != symbols.charAt(position)) {
                        String mistyped = symbols.substring(0, position) + other + symbols.substring(position + 1);
                        assertThat(CertificateNumber.parse(mistyped)).as(mistyped).isEmpty();
                    }
                }
            }
            for (int position = 0; position + 1 < symbols.length(); position++) {
                char a = symbols.charAt(position);
                char b = symbols.charAt(position + 1);
                boolean luhnBlindSpot = Math.abs(CertificateNumber.ALPHABET.indexOf(a) - CertificateNumber.ALPHABET.indexOf(b)) == 31;
                if (a != b && !luhnBlindSpot) {
                    String swapped = symbols.substring(0, position) + b + a + symbols.substring(position + 2);
                    assertThat(CertificateNumber.parse(swapped)).as(swapped).isEmpty();
                }
            }
        }
    }

    @Test
    void what_is_no_number_reads_as_none() {
        assertThat(CertificateNumber.parse(null)).isEmpty();
        assertThat(CertificateNumber.parse("")).isEmpty();
        assertThat(CertificateNumber.parse("NVVK-0000-0000-000")).isEmpty();
        assertThat(CertificateNumber.parse("NVVK-UUUU-UUUU-UUUU")).isEmpty();
    }
}
