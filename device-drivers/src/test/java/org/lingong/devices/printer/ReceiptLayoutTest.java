package org.lingong.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.lingong.devices.printer.codec.EncodedText;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.PrinterText;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.printer.sim.PrintedReceipt;
import org.lingong.devices.printer.sim.ReceiptElement;

class ReceiptLayoutTest {

    static List<PrinterProfile> profiles() {
        return List.of(PrinterProfile.paper58(), PrinterProfile.paper80());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyPrintedLineFitsThePaperWithoutPrinterWrapping(PrinterProfile profile) {
        PrintedReceipt receipt = print(profile, SampleSlip.referralSlip());
        for (ReceiptElement element : receipt.elements()) {
            if (element instanceof ReceiptElement.TextLine line) {
                int width = line.runs().stream().mapToInt(r -> PrinterText.columns(r.text()) * r.widthMul()).sum();
                assertThat(width).as(line.text()).isLessThanOrEqualTo(profile.columns());
            }
        }
        assertThat(receipt.transcript()).contains("-".repeat(profile.columns()) + "\n")
                .doesNotContain("-".repeat(profile.columns() + 1));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            sample-slip-58mm-native.txt, 58, true
            sample-slip-80mm-raster.txt, 80, false
            """)
    void sampleSlipTranscriptMatchesTheReviewedGoldenText(String golden, int paper, boolean nativeQr) throws IOException {
        PrinterProfile profile = (paper == 58 ? PrinterProfile.paper58() : PrinterProfile.paper80()).withNativeQr(nativeQr);
        String expected;
        try (InputStream in = ReceiptLayoutTest.class.getResourceAsStream(golden)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(print(profile, SampleSlip.referralSlip()).transcript()).isEqualTo(expected);
    }

    @Test
    void longAddressWrapsUnderItsLabelOn58mm() {
        PrintedReceipt receipt = print(PrinterProfile.paper58(), SampleSlip.referralSlip());
        List<String> lines = Arrays.asList(receipt.transcript().split("\n"));
        int at = lines.indexOf("工作地址：呼和浩特市赛罕区大学东");
        assertThat(at).isPositive();
        assertThat(lines.get(at + 1)).isEqualTo(" ".repeat(10) + "街110号青城家园三期工");
        assertThat(lines.get(at + 2)).isEqualTo(" ".repeat(10) + "地");
    }

    @Test
    void slipPrintsTheWorkerMaskedEvenWhenGivenRawAndTheContactNumberInFull() {
        String transcript = print(PrinterProfile.paper80(), SampleSlip.referralSlip()).transcript();
        assertThat(transcript).contains("张*三", "150***********1234", "联系人：李经理 13812345678")
                .doesNotContain("张小三", "150102199001011234");
        assertThat(SampleSlip.referralSlip().toString()).doesNotContain("张小三", "150102199001011234");
    }

    @Test
    void unprintableCharactersInFieldsAreMarkedAndReportedNotFatal() {
        ReferralSlip slip = SampleSlip.referralSlip();
        ReferralSlip odd = new ReferralSlip(slip.slipNumber(), slip.jobTitle(), "青城🏗建设", slip.contactName(),
                slip.contactPhone(), slip.address(), "¥260/天", slip.workDates(), slip.timeWindow(), slip.workerName(),
                slip.workerIdNumber(), slip.station(), slip.issuedAt(), slip.expiresAt(), slip.qrToken());

        PrintJob job = new ReceiptLayout(PrinterProfile.paper58()).referralSlip(odd);

        assertThat(job.replacements()).extracting(EncodedText.Replacement::codePoint).containsExactly(0x1F3D7, 0xA5);
        String transcript = new EscPosPrinterSimulator(PrinterProfile.paper58()).interpret(job.bytes()).get(0).transcript();
        assertThat(transcript).contains("用工单位：青城〓建设", "薪资待遇：￥260/天");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void workerCodeSlipCarriesTheCodeAsQrTheNameMaskedAndFitsThePaper(PrinterProfile profile) {
        String code = "LW1.dy0xMjM0NTY3OC5hYmNkZWZnaGlqa2xtbm9w";
        byte[] job = new ReceiptLayout(profile.withNativeQr(true)).workerCodeSlip(code, "张小三", "新城区零工驿站").bytes();
        PrintedReceipt receipt = new EscPosPrinterSimulator(profile.withNativeQr(true)).interpret(job).get(0);

        assertThat(receipt.transcript()).contains(ReceiptLayout.WORKER_CODE_TITLE, "张*三", "扫码口")
                .doesNotContain("张小三");
        assertThat(receipt.elements()).filteredOn(ReceiptElement.QrCode.class::isInstance)
                .map(element -> ((ReceiptElement.QrCode) element).payloadText()).containsExactly(code);
        assertThat(receipt.cut()).isTrue();
        for (ReceiptElement element : receipt.elements()) {
            if (element instanceof ReceiptElement.TextLine line) {
                int width = line.runs().stream().mapToInt(r -> PrinterText.columns(r.text()) * r.widthMul()).sum();
                assertThat(width).as(line.text()).isLessThanOrEqualTo(profile.columns());
            }
        }
    }

    private static PrintedReceipt print(PrinterProfile profile, ReferralSlip slip) {
        byte[] job = new ReceiptLayout(profile).referralSlip(slip).bytes();
        return new EscPosPrinterSimulator(profile).interpret(job).get(0);
    }
}
