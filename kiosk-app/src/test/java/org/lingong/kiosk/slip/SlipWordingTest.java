package org.lingong.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lingong.devices.printer.ReceiptLayout;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.SampleSlip;
import org.lingong.devices.printer.SlipText;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;

/** Receipt and A4 page say the same words, from one place; the receipt printer adds none of its own. */
class SlipWordingTest {

    private final SlipWording wording = new SlipWording();
    private final ReferralSlip slip = SampleSlip.referralSlip();

    @Test
    void receiptAndA4CarryTheSameTitleLabelsAndValues() throws Exception {
        String receipt = receipt(slip);
        String a4;
        try (PDDocument document = Loader.loadPDF(new ReferralSlipPdf().render(slip))) {
            a4 = new PDFTextStripper().getText(document).replace("\r", "");
        }
        SlipText words = wording.receipt(slip);

        assertThat(receipt).contains(words.title(), words.subtitle(), words.qrCaption());
        assertThat(a4).contains(words.title(), words.qrCaption());
        for (SlipText.Line line : words.lines()) {
            assertThat(receipt).as("receipt").contains(line.label() + "：");
            assertThat(a4).as("A4").contains(line.label());
        }
    }

    @Test
    void theWorkerIsMaskedAndTheNumberLabelledByItsDocumentOnBothPapers() {
        ReferralSlip permit = new ReferralSlip(slip.slipNumber(), slip.jobTitle(), slip.employer(), slip.contactName(),
                slip.contactPhone(), slip.address(), "\u00A5260/天", slip.workDates(), slip.timeWindow(), "欧阳小锋",
                "MNG150085061501", slip.station(), slip.issuedAt(), slip.expiresAt(), slip.qrToken());

        String receipt = receipt(permit);

        assertThat(receipt).contains("欧*锋", "永久居留证号码：MNG********1501", "工资待遇：\uFFE5260/天")
                .doesNotContain("欧阳小锋", "MNG150085061501");
        assertThat(wording.sections(permit)).extracting(List::size).containsExactly(7, 2, 3);
    }

    private String receipt(ReferralSlip referral) {
        PrinterProfile profile = PrinterProfile.paper80();
        byte[] job = new ReceiptLayout(profile).referralSlip(wording.receipt(referral)).bytes();
        return new EscPosPrinterSimulator(profile).interpret(job).get(0).transcript();
    }
}
