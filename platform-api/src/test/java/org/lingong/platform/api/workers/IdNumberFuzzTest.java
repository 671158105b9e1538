package org.lingong.platform.api.workers;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

class IdNumberFuzzTest {

    /** Any text is either a valid, normalised ID number or refused naming a rule, never echoing the input. */
    @FuzzTest(maxDuration = "10s")
    void parsingArbitraryTextIsTotal(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            IdNumber id = IdNumber.parse(text);
            if (id.kind() == IdNumber.Kind.FOREIGN_PERMANENT_15) {
                assertThat(id.value()).hasSize(15).matches("[A-Z]{3}[0-9]{12}");
            } else {
                assertThat(id.value()).hasSize(18);
                assertThat(IdNumber.checkCharacter(id.value())).isEqualTo(id.value().charAt(17));
            }
            assertThat(id.toString()).doesNotContain(id.value().substring(3, id.value().length() - 4));
        } catch (InvalidIdNumberException e) {
            assertThat(e.rule()).isNotNull();
            if (text.strip().length() >= 6) {
                assertThat(e.getMessage()).doesNotContain(text.strip());
            }
        }
    }
}
