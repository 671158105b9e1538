package org.lingong.devices.idcard.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.lingong.devices.idcard.codec.ResidentIdCard;
import org.junit.jupiter.api.Test;

class ReaderStatePrivacyTest {

    @Test
    void aPlacedCardShowsNeitherNameNorNumberNorAppendedAddress() {
        ResidentIdCard card = FictionalCards.RESIDENT;
        String appended = "内蒙古自治区呼和浩特市示例路1号";
        ReaderState state = new ReaderState();
        state.place(card, List.of(appended));

        String shown = state.placed().orElseThrow().toString();

        assertThat(shown).doesNotContain(card.name(), card.idNumber().value(), card.address(), appended)
                .contains(card.idNumber().masked(), "1 appended addresses");
    }
}
