package io.contracthub.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB 32100-2015: 18 characters from "0123456789ABCDEFGHJKLMNPQRTUWXY" (no I, O, Z, S, V). The first 17
 * carry weights 3^i mod 31 = 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28; the check character has
 * the value 31 - (weighted sum mod 31), where 31 stands for '0'.
 */
class UnifiedSocialCreditCodeTest {

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {"91310000MA1FL8XQ37", "91350100M000100Y43", "91110000600037341L", "000000000000000000"})
    void accepts_codes_whose_check_character_matches(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> sum {1} -> {2}")
    @CsvSource({
            // first 17,          weighted sum, check character
            "91350100M000100Y4,   1640,         3",  // 1640 mod 31 = 28, 31 - 28 = 3
            "91310000MA1FL8XQ3,   2442,         7",  // 2442 mod 31 = 24, 31 - 24 = 7
            "91110000600037341,   538,          L",  // 538 mod 31 = 11, 31 - 11 = 20 = 'L'
            "00000000000000000,   0,            0",  // 0 mod 31 = 0, 31 - 0 = 31, which is written '0'
    })
    void computes_the_check_character_from_the_weighted_sum(String first17, int weightedSum, char expected) {
        assertThat(UnifiedSocialCreditCode.checkCharacter(first17)).isEqualTo(expected);
    }

    @Test
    void rejects_a_wrong_check_character() {
        assertThat(UnifiedSocialCreditCode.isValid("91310000MA1FL8XQ38")).isFalse();
    }

    @ParameterizedTest(name = "{0} contains a letter outside the alphabet")
    @ValueSource(strings = {"I", "O", "Z", "S", "V"})
    void rejects_letters_excluded_from_the_alphabet(String letter) {
        String prefix = "91310000M" + letter + "1FL8XQ3";
        assertThat(UnifiedSocialCreditCode.isValid(prefix + "7")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.checkCharacter(prefix));
    }

    @ParameterizedTest(name = "\"{0}\" has the wrong length")
    @ValueSource(strings = {"91310000MA1FL8XQ3", "91310000MA1FL8XQ370", "9"})
    void rejects_codes_that_are_not_18_characters(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejects_null_and_empty(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }

    @Test
    void rejects_lower_case_because_the_standard_defines_upper_case_only() {
        assertThat(UnifiedSocialCreditCode.isValid("91310000ma1fl8xq37")).isFalse();
    }

    @Test
    void refuses_to_compute_a_check_character_for_a_prefix_of_the_wrong_length() {
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("9131"));
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.checkCharacter(null));
    }
}
