package org.lingong.kiosk.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.SampleSlip;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.slip.ReferralSlipPdf;
import org.lingong.kiosk.staff.ReprintViewModel;

/**
 * A kept slip on A4 through a real process boundary: {@code lp} and {@code lpstat} are small shell scripts standing in
 * for CUPS (the arguments and the file they got are kept), and what {@code lp} received is read back with PDFBox
 * (text) and ZXing (the QR).
 */
class A4SlipsTest {

    private static final ReferralSlip SLIP = SampleSlip.referralSlip();

    @TempDir
    Path dir;
    private OfficePrinterChoice choice;
    private A4Slips a4;

    private final SlipReprints kept = new SlipReprints() {
        @Override
        public List<org.lingong.kiosk.referral.SlipRecord> recent(int limit) {
            return List.of();
        }

        @Override
        public ReprintResult reprint(String slipNumber) {
            return ReprintResult.UNKNOWN_SLIP;
        }

        @Override
        public Optional<ReferralSlip> slip(String slipNumber) {
            return SLIP.slipNumber().equals(slipNumber) ? Optional.of(SLIP) : Optional.empty();
        }
    };

    @BeforeEach
    void cups() throws Exception {
        script("lp", """
                printf '%s\\n' "$@" > "$(dirname "$0")/lp-args"
                for last; do :; done
                cp "$last" "$(dirname "$0")/printed.pdf"
                echo "request id is Office_A4-1 (1 file(s))"
                """);
        script("lp-refusing", """
                echo "lp: The printer or class does not exist." >&2
                exit 1
                """);
        script("lpstat", """
                printf 'Office_A4\\nHP_LaserJet_M1005\\n'
                """);
        choice = new OfficePrinterChoice(dir.resolve("data"));
        a4 = a4(dir.resolve("lp").toString());
    }

    @Test
    void theSlipGoesThroughLpToTheChosenPrinterWithTheReceiptsWordingAndQr() throws Exception {
        choice.set("Office_A4");

        assertThat(a4.print(SLIP.slipNumber())).isEqualTo(A4Slips.Outcome.PRINTED);

        List<String> args = Files.readAllLines(dir.resolve("lp-args"));
        assertThat(args.subList(0, 5)).containsExactly("-d", "Office_A4", "-t", SLIP.slipNumber(), "--");
        assertThat(Path.of(args.get(5))).as("the temporary PDF is gone once CUPS has it").doesNotExist();
        byte[] printed = Files.readAllBytes(dir.resolve("printed.pdf"));
        assertThat(text(printed)).contains("就业推荐单", SLIP.slipNumber(), "张*三", "150***********1234")
                .doesNotContain("张小三", "150102199001011234");
        assertThat(qr(printed)).isEqualTo(SampleSlip.SAMPLE_TOKEN);
    }

    @Test
    void withoutAChosenPrinterNothingIsSent() throws Exception {
        assertThat(a4.print(SLIP.slipNumber())).isEqualTo(A4Slips.Outcome.NO_PRINTER_CHOSEN);
        assertThat(dir.resolve("lp-args")).doesNotExist();
    }

    @Test
    void aRefusalIsReportedInCupsOwnWords() throws Exception {
        choice.set("Gone_Printer");
        A4Slips refusing = a4(dir.resolve("lp-refusing").toString());

        assertThatThrownBy(() -> refusing.print(SLIP.slipNumber()))
                .isInstanceOf(OfficePrinter.OfficePrintException.class)
                .hasMessage("lp: The printer or class does not exist.");
    }

    @Test
    void savedPdfIsOwnerOnlyAndReadsBack() throws Exception {
        assertThat(a4.save(SLIP.slipNumber())).isEqualTo(A4Slips.Outcome.SAVED);

        Path file = a4.file(SLIP.slipNumber());
        assertThat(file.getFileName().toString()).isEqualTo(SLIP.slipNumber() + ".pdf");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(text(Files.readAllBytes(file))).contains(SLIP.slipNumber(), "张*三");
        assertThat(qr(Files.readAllBytes(file))).isEqualTo(SampleSlip.SAMPLE_TOKEN);
        assertThat(a4.save("TJ-unknown")).isEqualTo(A4Slips.Outcome.UNKNOWN_SLIP);
    }

    @Test
    void printersAreListedFromLpstatAndOnlyCupsNamesAreKept() throws Exception {
        OfficePrinter cups = new OfficePrinter(dir.resolve("lp").toString(), dir.resolve("lpstat").toString());

        assertThat(cups.printers()).containsExactly("Office_A4", "HP_LaserJet_M1005");
        assertThatThrownBy(() -> choice.set("Office A4; rm -rf /")).isInstanceOf(IllegalArgumentException.class);
        assertThat(choice.get()).isEmpty();
    }

    @Test
    void staffAreToldWhenNoPrinterIsChosenAndWhereThePdfWasSaved() throws Exception {
        ReprintViewModel staff = new ReprintViewModel(kept, new CurrentThreadTaskExecutor(), a4);

        staff.printA4(SLIP.slipNumber());
        assertThat(staff.result().get()).isEqualTo("staff.reprint.a4NoPrinter");

        staff.savePdf(SLIP.slipNumber());
        assertThat(staff.result().get()).isEqualTo("staff.reprint.pdfSaved");
        assertThat(staff.resultSlip().get()).isEqualTo(a4.file(SLIP.slipNumber()).toString());
    }

    private A4Slips a4(String lp) {
        return new A4Slips(kept, new ReferralSlipPdf(), new OfficePrinter(lp, dir.resolve("lpstat").toString()), choice,
                dir.resolve("data").resolve("slips-pdf"));
    }

    private void script(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String qr(byte[] pdf) throws Exception {
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 200);
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
