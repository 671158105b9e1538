package org.lingong.devices.printer.bench;

import java.util.List;
import org.lingong.devices.printer.PrintJob;
import org.lingong.devices.printer.ReceiptLayout;
import org.lingong.devices.printer.SampleSlip;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;

/**
 * On-demand measurement (not part of the test run): size of the sample referral slip per profile and
 * QR mode, its serial transfer time at 9600 and 115200 baud (8N1 = 10 bits per byte), and the time to
 * lay it out and to interpret + render it in the simulator (median of repeated runs after warm-up).
 *
 * <p>Run after {@code mvn -pl device-drivers test-compile}:
 * {@code java -cp target/classes:target/test-classes:<dependency classpath> org.lingong.devices.printer.bench.SlipTransferBench}
 * (the classpath from {@code mvn dependency:build-classpath}).
 */
public final class SlipTransferBench {

    private static final int[] BAUDS = {9600, 115200};
    private static final int RUNS = 30;

    private SlipTransferBench() {
    }

    public static void main(String[] args) {
        List<PrinterProfile> profiles = List.of(
                PrinterProfile.paper58(), PrinterProfile.paper58().withNativeQr(false),
                PrinterProfile.paper80(), PrinterProfile.paper80().withNativeQr(false));
        System.out.printf("%-6s %-7s %8s %12s %12s %10s %12s%n",
                "paper", "qr", "bytes", "9600 baud", "115200 baud", "layout", "sim render");
        for (PrinterProfile profile : profiles) {
            ReceiptLayout layout = new ReceiptLayout(profile);
            PrintJob job = layout.referralSlip(SampleSlip.referralSlip());
            double layoutMs = medianMillis(() -> layout.referralSlip(SampleSlip.referralSlip()));
            double renderMs = medianMillis(() -> new EscPosPrinterSimulator(profile).interpret(job.bytes()).get(0).png());
            System.out.printf("%-6s %-7s %8d %10.3f s %10.3f s %7.2f ms %9.2f ms%n",
                    profile.name(), profile.nativeQr() ? "native" : "raster", job.size(),
                    seconds(job.size(), BAUDS[0]), seconds(job.size(), BAUDS[1]), layoutMs, renderMs);
        }
    }

    private static double seconds(int bytes, int baud) {
        return bytes * 10.0 / baud;
    }

    private static double medianMillis(Runnable task) {
        for (int i = 0; i < RUNS; i++) {
            task.run();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            task.run();
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        return nanos[RUNS / 2] / 1e6;
    }
}
