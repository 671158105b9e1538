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
        PrintedReceipt receipt = print(profile, SampleSlip.text());
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
        assertThat(print(profile, SampleSlip.text()).transcript()).isEqualTo(expected);
    }

    @Test
    void longAddressWrapsUnderItsLabelOn58mm() {
        PrintedReceipt receipt = print(PrinterProfile.paper58(), SampleSlip.text());
        List<String> lines = Arrays.asList(receipt.transcript().split("\n"));
        int at = lines.indexOf("工作地址：呼和浩特市赛罕区大学东");
        assertThat(at).isPositive();
        assertThat(lines.get(at + 1)).isEqualTo(" ".repeat(10) + "街110号青城家园三期工");
        assertThat(lines.get(at + 2)).isEqualTo(" ".repeat(10) + "地");
    }

    @Test
    void theTestPageShowsTheWorkerMaskedAndTheContactNumberInFull() {
        String transcript = print(PrinterProfile.paper80(), SampleSlip.text()).transcript();
        assertThat(transcript).contains("张*三", "150***********1234", "联系人：李经理 13812345678")
                .doesNotContain("张小三", "150102199001011234");
        assertThat(SampleSlip.referralSlip().toString()).doesNotContain("张小三", "150102199001011234");
    }

    @Test
    void theLayoutPrintsTheCallersWordsAndNoneOfItsOwn() {
        SlipText words = new SlipText("TITLE-A", "SUB-B", List.of(List.of(SlipText.Line.of("L1", "v1")),
                List.of(new SlipText.Line("L2", "v2", true), SlipText.Line.of("L3", " "))), "", "CAPTION-C");

        String transcript = print(PrinterProfile.paper80(), words).transcript();

        assertThat(transcript.lines().filter(l -> !l.isBlank() && !l.matches("-+")).toList())
                .containsExactly("TITLE-A", "SUB-B", "L1：v1", "L2：v2", "CAPTION-C");
    }

    @Test
    void unprintableCharactersInFieldsAreMarkedAndReportedNotFatal() {
        SlipText slip = SampleSlip.text();
        SlipText odd = new SlipText(slip.title(), slip.subtitle(), List.of(List.of(
                SlipText.Line.of("用工单位", "青城🏗建设"), SlipText.Line.of("工资待遇", "¥260/天"))), slip.qrToken(),
                slip.qrCaption());

        PrintJob job = new ReceiptLayout(PrinterProfile.paper58()).referralSlip(odd);

        assertThat(job.replacements()).extracting(EncodedText.Replacement::codePoint).containsExactly(0x1F3D7, 0xA5);
        String transcript = new EscPosPrinterSimulator(PrinterProfile.paper58()).interpret(job.bytes()).get(0).transcript();
        assertThat(transcript).contains("用工单位：青城〓建设", "工资待遇：￥260/天");
    }

    private static PrintedReceipt print(PrinterProfile profile, SlipText slip) {
        byte[] job = new ReceiptLayout(profile).referralSlip(slip).bytes();
        return new EscPosPrinterSimulator(profile).interpret(job).get(0);
    }
}
