package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;

import javafx.scene.Node;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.sim.PrintedReceipt;
import org.lingong.devices.printer.sim.ReceiptElement;
import org.lingong.devices.printer.sim.SimulatedPrinterState;
import org.lingong.platform.api.privacy.Masking;
import org.lingong.kiosk.referral.ReferralStage;
import org.lingong.kiosk.referral.ReferralViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.referrals.VerificationStatus;
import org.lingong.platform.api.referrals.VerifyResponse;
import org.lingong.platform.client.http.ApiResult;
import org.lingong.testing.platform.PlatformUnderTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every card type the reader decodes goes the whole way in the real app with the simulators and the real platform
 * over HTTP: the card step names the number as that card does and shows only the fields the card has, registration
 * reaches the platform (not parked), and 我要报名 → 确认报名 prints a slip with the right label whose QR the platform
 * verifies GENUINE.
 */
class CardTypesJourneyUiTest {

    private static final String STATION = PlatformUnderTest.DEMO_STATION;

    @RegisterExtension
    static final KioskOnPlatform both = new KioskOnPlatform();

    static Stream<Arguments> cards() {
        return Stream.of(
                Arguments.of(FictionalCards.RESIDENT_CHECK_X, "身份证号", true),
                Arguments.of(FictionalCards.HMT_HONG_KONG, "居住证号码", false),
                Arguments.of(FictionalCards.HMT_TAIWAN, "居住证号码", false),
                Arguments.of(FictionalCards.FOREIGNER_2017, "永久居留证号码", false),
                Arguments.of(FictionalCards.FOREIGNER_2023, "永久居留证号码", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void aCardOfEachTypeRegistersAndTakesAGenuineSlip(IdCard card, String numberLabel, boolean hasNation)
            throws Exception {
        both.kiosk().freshSession();
        both.journey().simulators().printer().setState(SimulatedPrinterState.ONLINE);
        int workersBefore = both.platform().workersFrom(STATION);
        String maskedName = Masking.name(card.displayName());
        String maskedNumber = Masking.idNumber(card.documentNumber());

        both.journey().placeCard(card);
        assertThat(both.journey().text("#card-id-label")).isEqualTo(numberLabel);
        assertThat(both.journey().text("#card-id")).isEqualTo(maskedNumber);
        assertThat(both.kiosk().find("#card-nation", Node.class).isVisible()).as("nation row").isEqualTo(hasNation);
        assertThat(both.kiosk().find("#card-nation-label", Node.class).isVisible()).as("nation label").isEqualTo(hasNation);
        both.kiosk().snapshot("card-type-" + card.cardType().name().toLowerCase(java.util.Locale.ROOT) + "-card-step");
        both.journey().registerByTaps("G101");
        both.kiosk().robot.clickOn("#registration-find-work");
        Job job = both.journey().openFirstJob();

        both.kiosk().robot.clickOn("#search-apply");
        both.kiosk().waitUntil(() -> referral().stageProperty().get() == ReferralStage.CONFIRM
                && both.kiosk().navigator().current() == Screen.REFERRAL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(both.journey().text("#referral-worker")).contains(maskedName, numberLabel + "：" + maskedNumber);
        int printedBefore = both.journey().simulators().printer().receipts().size();
        both.kiosk().robot.clickOn("#referral-confirm");
        both.kiosk().waitUntil(() -> referral().stageProperty().get() == ReferralStage.PRINTED);
        ReferralSlip slip = RunningKiosk.onFx(() -> referral().slipProperty().get());

        PrintedReceipt receipt = both.journey().simulators().printer().awaitReceipt(printedBefore + 1, Duration.ofSeconds(20))
                .orElseThrow();
        assertThat(receipt.transcript()).contains(slip.slipNumber(), numberLabel + "：" + maskedNumber)
                .doesNotContain(card.documentNumber());
        String token = receipt.elements().stream().filter(ReceiptElement.QrCode.class::isInstance)
                .map(element -> ((ReceiptElement.QrCode) element).payloadText()).findFirst()
                .flatMap(org.lingong.platform.api.token.ReferralLink::tokenIn).orElseThrow();

        both.journey().awaitOutboxDrained();
        assertThat(both.platform().workersFrom(STATION)).isEqualTo(workersBefore + 1);
        ApiResult<VerifyResponse> verdict = both.journey().backend().referralVerifier().verifyOnline(token);
        assertThat(verdict).isInstanceOf(ApiResult.Success.class);
        VerifyResponse response = ((ApiResult.Success<VerifyResponse>) verdict).value();
        assertThat(response.status()).isEqualTo(VerificationStatus.GENUINE);
        assertThat(response.jobId()).isEqualTo(job.id());
        assertThat(response.workerName()).isEqualTo(Masking.name(card.displayName()));
        both.kiosk().robot.clickOn("#referral-finish");
    }

    private static ReferralViewModel referral() {
        return both.kiosk().bean(ReferralViewModel.class);
    }
}
