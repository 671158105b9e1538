package org.lingong.kiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lingong.devices.idcard.codec.Gender;
import org.lingong.devices.idcard.codec.ResidentIdCard;
import org.lingong.platform.api.workers.IdNumber;

class FictionalResidentsTest {

    @Test
    void everyCounterGivesAnotherPersonWithAValidNumberNameAndPhone() {
        List<ResidentIdCard> cards = IntStream.rangeClosed(1, 3000).mapToObj(FictionalResidents::card).toList();

        assertThat(cards).extracting(ResidentIdCard::documentNumber).doesNotHaveDuplicates()
                .allMatch(IdNumber::isValid);
        assertThat(cards).extracting(ResidentIdCard::displayName).doesNotHaveDuplicates();
        assertThat(cards).allMatch(card -> card.idNumber().birthDate().equals(card.birthDate())
                && Gender.of(card.idNumber()) == card.gender());
        assertThat(IntStream.rangeClosed(1, 3000).mapToObj(FictionalResidents::phone)).doesNotHaveDuplicates()
                .allMatch(phone -> phone.matches("139\\d{8}"));
        assertThat(FictionalResidents.name(102)).isEqualTo("样例一〇二");
    }
}
