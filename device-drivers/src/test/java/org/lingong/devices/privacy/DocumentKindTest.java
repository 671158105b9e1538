package org.lingong.devices.privacy;

import org.lingong.platform.api.privacy.Masking;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.devices.idcard.codec.CardType;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.sim.FictionalCards;

class DocumentKindTest {

    static Stream<Arguments> everyFictionalCard() {
        return FictionalCards.ALL.stream().map(card -> Arguments.of(card, switch (card.cardType()) {
            case RESIDENT -> DocumentKind.RESIDENT_ID;
            case HMT_RESIDENCE -> DocumentKind.HMT_RESIDENCE_PERMIT;
            case FOREIGNER_2017, FOREIGNER_2023 -> DocumentKind.FOREIGN_PERMANENT_RESIDENCE;
        }));
    }

    /** Screens and slips only hold the masked number: it must still name the document as the full one does. */
    @ParameterizedTest
    @MethodSource("everyFictionalCard")
    void theFullAndTheMaskedNumberNameTheCardsDocument(IdCard card, DocumentKind expected) {
        assertThat(DocumentKind.of(card.documentNumber())).isEqualTo(expected);
        assertThat(DocumentKind.of(Masking.idNumber(card.documentNumber()))).isEqualTo(expected);
        assertThat(card.cardType() == CardType.RESIDENT).isEqualTo(expected == DocumentKind.RESIDENT_ID);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            '',                 RESIDENT_ID
            '-',                RESIDENT_ID
            150102197811224511, RESIDENT_ID
            800000199001010000, RESIDENT_ID
            820000199001010000, HMT_RESIDENCE_PERMIT
            usa110001020305,    FOREIGN_PERMANENT_RESIDENCE
            """)
    void edgeCases(String number, DocumentKind expected) {
        assertThat(DocumentKind.of(number)).isEqualTo(expected);
    }
}
