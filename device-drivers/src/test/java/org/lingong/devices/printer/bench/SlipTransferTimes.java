package org.lingong.devices.printer.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.lingong.devices.printer.PrintJob;
import org.lingong.devices.printer.ReceiptLayout;
import org.lingong.devices.printer.SlipText;
import org.lingong.devices.printer.SampleSlip;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.QrErrorCorrection;
import org.lingong.devices.printer.codec.QrRaster;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;

/**
 * Prints the size of the sample referral slip per paper width and QR mode, its serial transfer time at 9600 and
 * 115200 baud (8N1 = 10 bits per byte) and its printed length (the simulator's rendering, 8 dots per mm), once with a
 * bare token in the QR (slips before the check link) and once with the platform's check link
 * ({@code https://<platform>/v/<token>}). Not a test; the time to build and render it is {@link EscPosBuildBenchmark}.
 */
public final class SlipTransferTimes {

    private static final int[] BAUDS = {9600, 115200};
    private static final double DOTS_PER_MM = 8.0;
    /** A real token's length: "LG1." and 108 bytes in base64url for a 10-character terminal id. */
    private static final String TOKEN = "LG1." + "Ab9_-xYz".repeat(18);
    private static final String LINK = "https://jiuye.example.gov.cn/v/" + TOKEN;

    private SlipTransferTimes() {
    }

    public static void main(String[] args) throws IOException {
        List<PrinterProfile> profiles = List.of(
                PrinterProfile.paper58(), PrinterProfile.paper58().withNativeQr(false),
                PrinterProfile.paper80(), PrinterProfile.paper80().withNativeQr(false));
        System.out.printf("%-6s %-7s %-5s %4s %8s %12s %12s %9s%n", "paper", "qr", "holds", "ver", "bytes", "9600 baud",
                "115200 baud", "length");
        for (PrinterProfile profile : profiles) {
            for (String qr : List.of(TOKEN, LINK)) {
                SlipText slip = withQr(SampleSlip.text(), qr);
                PrintJob job = new ReceiptLayout(profile).referralSlip(slip);
                BufferedImage printed = ImageIO.read(new ByteArrayInputStream(
                        new EscPosPrinterSimulator(profile).interpret(job.bytes()).get(0).png()));
                int modules = QrRaster.encode(qr, QrErrorCorrection.M).getWidth();
                System.out.printf("%-6s %-7s %-5s %4d %8d %10.3f s %10.3f s %6.1f mm%n", profile.name(),
                        profile.nativeQr() ? "native" : "raster", qr == LINK ? "link" : "token", (modules - 17) / 4,
                        job.size(), seconds(job.size(), BAUDS[0]), seconds(job.size(), BAUDS[1]),
                        printed.getHeight() / DOTS_PER_MM);
            }
        }
    }

    private static SlipText withQr(SlipText s, String qr) {
        return new SlipText(s.title(), s.subtitle(), s.sections(), qr, s.qrCaption());
    }

    private static double seconds(int bytes, int baud) {
        return bytes * 10.0 / baud;
    }
}
