package org.lingong.kiosk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.registration.Availability;
import org.lingong.kiosk.registration.CardIdentity;
import org.lingong.kiosk.registration.EmploymentStatus;
import org.lingong.kiosk.registration.PayExpectation;
import org.lingong.kiosk.registration.WorkerRegistration;
import org.lingong.platform.api.events.WorkerProfile;

class WorkerProfilesTest {

    private static final String PHONE = "13812345678";

    private static WorkerRegistration registration(Optional<CardIdentity> card, PayExpectation pay,
            EmploymentStatus status) {
        return new WorkerRegistration(card, PHONE, List.of("G101", "G601"), pay, Availability.THIS_WEEK, status,
                Instant.parse("2026-11-27T01:00:00Z"), "consent-v1/3y");
    }

    @Test
    void theCardPhoneAndChoicesBecomeAConsentedProfileWhoseTextIsMasked() {
        WorkerProfile profile = WorkerProfiles.of(registration(Optional.of(CardIdentity.of(FictionalCards.RESIDENT)),
                PayExpectation.FROM_300_TO_400, EmploymentStatus.EMPLOYMENT_DIFFICULTY));

        assertThat(profile.idNumber()).isEqualTo("110101199003071233");
        assertThat(profile.name()).isEqualTo("王示例");
        assertThat(profile.phone()).isEqualTo(PHONE);
        assertThat(profile.skills()).containsExactly("G101", "G601");
        assertThat(profile.expectedDailyPay()).isEqualTo(300);
        assertThat(profile.availability()).isEqualTo("this_week");
        assertThat(profile.employmentStatus())
                .isEqualTo(org.lingong.platform.api.events.EmploymentStatus.HARD_TO_EMPLOY);
        assertThat(profile.consent()).isTrue();
        assertThat(profile.readFromCard()).isTrue();
        assertThat(profile.toString()).doesNotContain("110101199003071233", "王示例", PHONE);
    }

    @Test
    void aRegistrationWithoutACardIsRefusedWithAClearMessage() {
        WorkerRegistration noCard = registration(Optional.empty(), PayExpectation.NEGOTIABLE, EmploymentStatus.OTHER);

        assertThatThrownBy(() -> WorkerProfiles.of(noCard))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a registration without an ID card cannot be sent to the platform");
    }

    @ParameterizedTest
    @CsvSource({"UP_TO_150,100", "FROM_150_TO_200,150", "FROM_200_TO_300,200", "FROM_300_TO_400,300", "OVER_400,400"})
    void payIsTheRangesLowerBoundPerDay(PayExpectation pay, int yuan) {
        assertThat(WorkerProfiles.dailyPay(pay)).isEqualTo(yuan);
    }

    @Test
    void negotiablePayIsLeftOpen() {
        assertThat(WorkerProfiles.dailyPay(PayExpectation.NEGOTIABLE)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"EMPLOYED,EMPLOYED", "FLEXIBLE,EMPLOYED", "UNEMPLOYED,UNEMPLOYED",
            "EMPLOYMENT_DIFFICULTY,HARD_TO_EMPLOY", "STUDENT,OTHER", "OTHER,OTHER"})
    void everyKioskStatusHasItsPolicyStatus(EmploymentStatus kiosk,
            org.lingong.platform.api.events.EmploymentStatus platform) {
        assertThat(WorkerProfiles.status(kiosk)).isEqualTo(platform);
    }
}
