package org.lingong.devices.printer.bench;

import java.util.concurrent.TimeUnit;
import org.lingong.devices.printer.PrintJob;
import org.lingong.devices.printer.ReceiptLayout;
import org.lingong.devices.printer.SampleSlip;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The sample referral slip as ESC/POS: laying it out into printer bytes (text in GBK, native {@code GS ( k} QR or a
 * {@code GS v 0} raster QR), and the printer simulator interpreting those bytes into a receipt image.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EscPosBuildBenchmark {

    /** Paper width in mm and QR mode. */
    @Param({"58-native", "58-raster", "80-native", "80-raster"})
    public String paper;

    private ReceiptLayout layout;
    private PrinterProfile profile;
    private byte[] job;

    @Setup
    public void setUp() {
        PrinterProfile base = paper.startsWith("58") ? PrinterProfile.paper58() : PrinterProfile.paper80();
        profile = base.withNativeQr(paper.endsWith("native"));
        layout = new ReceiptLayout(profile);
        job = layout.referralSlip(SampleSlip.text()).bytes();
    }

    @Benchmark
    public PrintJob layOutSlip() {
        return layout.referralSlip(SampleSlip.text());
    }

    @Benchmark
    public byte[] simulatorRendersSlip() {
        return new EscPosPrinterSimulator(profile).interpret(job).get(0).png();
    }
}
