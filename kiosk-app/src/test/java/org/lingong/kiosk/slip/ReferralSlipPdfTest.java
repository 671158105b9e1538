package org.lingong.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.SampleSlip;

/** The A4 slip read back with PDFBox: text, masking, embedded fonts and a QR that decodes. */
class ReferralSlipPdfTest {

    private static final ReferralSlip SLIP = SampleSlip.referralSlip();
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        pdf = new ReferralSlipPdf().render(SLIP);
    }

    @Test
    void textHoldsTheJobAndTheSlipFieldsWithTheWorkerMaskedAndTheContactNumberInFull() throws Exception {
        String text = text(pdf);

        assertThat(text).contains("就业推荐单", "TJ-20261127-0042", "建筑小工", "呼和浩特市青城建设工程有限公司",
                "2026-12-01 至 2026-12-03", "07:30-17:30", "2026-11-28 08:15", "赛罕区敕勒川路街道零工驿站");
        assertThat(text).contains("张*三", "150***********1234", "13812345678", "身份证号");
        assertThat(text).doesNotContain("张小三", "150102199001011234");
    }

    @Test
    void payIsPrintedWithTheFullWidthYuanSignEvenWhenGivenTheHalfWidthOne() throws Exception {
        ReferralSlip halfWidth = new ReferralSlip("TJ-1", "保洁", "示例物业", "王", "13900001111", "示例路1号",
                "\u00A5180/天", "2026-12-01", "08:00-12:00", "李测试", "320582196804150623", "示例驿站",
                "2026-11-27 08:15", "2026-11-28 08:15", "LG1.test");

        String text = text(new ReferralSlipPdf().render(halfWidth));

        assertThat(text).contains("\uFFE5180/天").doesNotContain("\u00A5");
        assertThat(text(pdf)).contains("\uFFE5260/天");
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            PDPage page = document.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).hasSize(2);
            assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("NotoSansSC"));
        }
    }

    @Test
    void qrRenderedFromThePageDecodesToTheToken() throws Exception {
        BufferedImage page = renderPage(pdf, 200);

        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();

        assertThat(decoded).isEqualTo(SampleSlip.SAMPLE_TOKEN);
    }

    @Test
    void longAddressWrapsInsteadOfRunningOffThePage() throws Exception {
        String address = "内蒙古自治区呼和浩特市赛罕区大学东街110号青城家园三期工地东门进去左转第二栋楼下集合找李经理报到领安全帽";
        ReferralSlip slip = new ReferralSlip("TJ-2", "建筑小工", "示例公司", "李", "13812345678", address, "￥260/天",
                "2026-12-01", "07:30-17:30", "张小三", "150102199001011234", "示例驿站", "2026-11-27 08:15",
                "2026-11-28 08:15", "LG1.wrap");

        String text = text(new ReferralSlipPdf().render(slip)).replace("\n", "").replace("\r", "");

        assertThat(text).contains(address);
    }

    @Test
    void sampleSlipRendersToAnA4Png() throws Exception {
        BufferedImage page = renderPage(pdf, 100);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(page, "png", dir.resolve("slip-a4.png").toFile());

        // A4 is 210 × 297 mm = 595 × 842 pt: 826 × 1169 px at 100 dpi
        assertThat(page.getWidth()).isBetween(826, 827);
        assertThat(page.getHeight()).isBetween(1169, 1170);
    }

    private static BufferedImage renderPage(byte[] bytes, int dpi) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi);
        }
    }

    private static String text(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
