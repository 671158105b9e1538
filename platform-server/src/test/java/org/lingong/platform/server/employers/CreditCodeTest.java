package org.lingong.platform.server.employers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void aPublishedCodeIsValidAndEveryOtherCheckCharacterIsNot() {
        String code = "91350100M000100Y43";   // the example printed in GB 32100-2015 explanations
        assertThat(CreditCode.problem(code)).isNull();
        for (char other : CreditCode.ALPHABET.toCharArray()) {
            if (other != '3') {
                assertThat(CreditCode.problem(code.substring(0, 17) + other)).as("check %s", other).contains("校验位");
            }
        }
    }

    @Test
    void lengthAndLettersAreNamed() {
        assertThat(CreditCode.problem("9135010")).contains("18位");
        assertThat(CreditCode.problem("91350100M000100I43")).contains("第16位");
        assertThat(CreditCode.normalize(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
    }
}
