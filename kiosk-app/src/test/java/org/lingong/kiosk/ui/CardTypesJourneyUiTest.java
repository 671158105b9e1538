package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.Node;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
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
import org.lingong.kiosk.platform.PlatformUnderTest;
import org.lingong.kiosk.referral.ReferralStage;
import org.lingong.kiosk.referral.ReferralViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.referrals.VerificationStatus;
import org.lingong.platform.api.referrals.VerifyResponse;
import org.lingong.platform.client.http.ApiResult;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every card type the reader decodes goes the whole way in the real app with the simulators and the real platform
 * over HTTP: the card step names the number as that card does and shows only the fields the card has, registration
 * reaches the platform (not parked), and 我要报名 → 确认报名 prints a slip with the right label whose QR the platform
 * verifies GENUINE.
 */
class CardTypesJourneyUiTest {

    private static final String STATION = PlatformUnderTest.DEMO_STATION;

    @TempDir
    static Path temp;

    private static KioskOnPlatform both;
    private static PlatformUnderTest platform;
    private static RunningKiosk kiosk;
    private static KioskJourney journey;

    @BeforeAll
    static void start() throws Exception {
        both = KioskOnPlatform.start(temp);
        platform = both.platform;
        kiosk = both.kiosk;
        journey = both.journey;
    }

    @AfterAll
    static void stop() throws Exception {
        if (both != null) {
            both.close();
        }
    }

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
        kiosk.freshSession();
        journey.simulators().printer().setState(SimulatedPrinterState.ONLINE);
        int workersBefore = platform.workersFrom(STATION);
        String maskedName = Masking.name(card.displayName());
        String maskedNumber = Masking.idNumber(card.documentNumber());

        journey.placeCard(card);
        assertThat(journey.text("#card-id-label")).isEqualTo(numberLabel);
        assertThat(journey.text("#card-id")).isEqualTo(maskedNumber);
        assertThat(kiosk.find("#card-nation", Node.class).isVisible()).as("nation row").isEqualTo(hasNation);
        assertThat(kiosk.find("#card-nation-label", Node.class).isVisible()).as("nation label").isEqualTo(hasNation);
        kiosk.snapshot("card-type-" + card.cardType().name().toLowerCase(java.util.Locale.ROOT) + "-card-step");
        journey.registerByTaps("G101");
        kiosk.robot.clickOn("#registration-find-work");
        Job job = journey.openFirstJob();

        kiosk.robot.clickOn("#search-apply");
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.CONFIRM
                && kiosk.navigator().current() == Screen.REFERRAL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(journey.text("#referral-worker")).contains(maskedName, numberLabel + "：" + maskedNumber);
        int printedBefore = journey.simulators().printer().receipts().size();
        kiosk.robot.clickOn("#referral-confirm");
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.PRINTED);
        ReferralSlip slip = RunningKiosk.onFx(() -> referral().slipProperty().get());

        PrintedReceipt receipt = journey.simulators().printer().awaitReceipt(printedBefore + 1, Duration.ofSeconds(20))
                .orElseThrow();
        assertThat(receipt.transcript()).contains(slip.slipNumber(), numberLabel + "：" + maskedNumber)
                .doesNotContain(card.documentNumber());
        String token = receipt.elements().stream().filter(ReceiptElement.QrCode.class::isInstance)
                .map(element -> ((ReceiptElement.QrCode) element).payloadText()).findFirst()
                .flatMap(org.lingong.platform.api.token.ReferralLink::tokenIn).orElseThrow();

        journey.awaitOutboxDrained();
        assertThat(platform.workersFrom(STATION)).isEqualTo(workersBefore + 1);
        ApiResult<VerifyResponse> verdict = journey.backend().referralVerifier().verifyOnline(token);
        assertThat(verdict).isInstanceOf(ApiResult.Success.class);
        VerifyResponse response = ((ApiResult.Success<VerifyResponse>) verdict).value();
        assertThat(response.status()).isEqualTo(VerificationStatus.GENUINE);
        assertThat(response.jobId()).isEqualTo(job.id());
        assertThat(response.workerName()).isEqualTo(Masking.name(card.displayName()));
        kiosk.robot.clickOn("#referral-finish");
    }

    private static ReferralViewModel referral() {
        return kiosk.bean(ReferralViewModel.class);
    }
}
