package org.lingong.devices.printer.bench;

import java.util.List;
import org.lingong.devices.printer.PrintJob;
import org.lingong.devices.printer.ReceiptLayout;
import org.lingong.devices.printer.SampleSlip;
import org.lingong.devices.printer.codec.PrinterProfile;

/**
 * Prints the size of the sample referral slip per paper width and QR mode and its serial transfer time at 9600 and
 * 115200 baud (8N1 = 10 bits per byte). Not a test; the time to build and render it is {@link EscPosBuildBenchmark}.
 */
public final class SlipTransferTimes {

    private static final int[] BAUDS = {9600, 115200};

    private SlipTransferTimes() {
    }

    public static void main(String[] args) {
        List<PrinterProfile> profiles = List.of(
                PrinterProfile.paper58(), PrinterProfile.paper58().withNativeQr(false),
                PrinterProfile.paper80(), PrinterProfile.paper80().withNativeQr(false));
        System.out.printf("%-6s %-7s %8s %12s %12s%n", "paper", "qr", "bytes", "9600 baud", "115200 baud");
        for (PrinterProfile profile : profiles) {
            PrintJob job = new ReceiptLayout(profile).referralSlip(SampleSlip.text());
            System.out.printf("%-6s %-7s %8d %10.3f s %10.3f s%n", profile.name(), profile.nativeQr() ? "native" : "raster",
                    job.size(), seconds(job.size(), BAUDS[0]), seconds(job.size(), BAUDS[1]));
        }
    }

    private static double seconds(int bytes, int baud) {
        return bytes * 10.0 / baud;
    }
}
