package org.lingong.kiosk.bench;

import java.util.concurrent.TimeUnit;
import org.lingong.devices.printer.SampleSlip;
import org.lingong.kiosk.slip.ReferralSlipPdf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Rendering the sample referral slip as an A4 PDF (PDFBox; font subsetting dominates). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReferralSlipPdfBenchmark {

    private ReferralSlipPdf pdf;

    @Setup
    public void setUp() {
        pdf = new ReferralSlipPdf();
    }

    @Benchmark
    public byte[] render() throws Exception {
        return pdf.render(SampleSlip.referralSlip());
    }
}
