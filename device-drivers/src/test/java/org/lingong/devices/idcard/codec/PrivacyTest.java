package org.lingong.devices.idcard.codec;

import org.lingong.platform.api.privacy.Masking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.devices.idcard.sim.FictionalCards;

/** Names and numbers never appear unmasked in toString(). */
class PrivacyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            张三丰,     张*丰
            张三,       张*
            欧阳娜娜,   欧*娜
            王,         *
            """)
    void namesKeepFirstAndLastCharacter(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @Test
    void residentCardToStringMasksNameAndNumberAndOmitsAddress() {
        String s = FictionalCards.MONGOLIAN_WORKER.toString();

        assertThat(s).contains("巴*例", "150***********4511")
                .doesNotContain("巴特尔示例", "150102197811224511", "呼和浩特", "1978");
    }

    @Test
    void everyCardTypeMasksItsNumberAndNames() {
        for (IdCard card : FictionalCards.ALL) {
            String s = card.toString();
            assertThat(s).as(card.cardType().name())
                    .doesNotContain(card.documentNumber(), card.displayName(), card.birthDate().toString())
                    .contains(Masking.idNumber(card.documentNumber()));
        }
        assertThat(FictionalCards.FOREIGNER_2017.toString()).doesNotContain("SAMPLE, TEST PERSON");
        assertThat(FictionalCards.FOREIGNER_2023.toString()).doesNotContain("EXAMPLE-FICTIONAL");
    }
}
