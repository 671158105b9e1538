package org.lingong.kiosk.bench;

import java.util.Arrays;

import org.lingong.devices.printer.SampleSlip;
import org.lingong.kiosk.slip.ReferralSlipPdf;

/**
 * On-demand harness: how long one A4 slip takes to render (font subsetting dominates) and how big
 * it is. Run its {@code main} with the kiosk-app test classpath; prints one line.
 */
public final class ReferralSlipPdfBench {

    private ReferralSlipPdfBench() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        ReferralSlipPdf pdf = new ReferralSlipPdf();
        long constructed = System.nanoTime() - start;
        long firstStart = System.nanoTime();
        byte[] first = pdf.render(SampleSlip.referralSlip());
        long firstTime = System.nanoTime() - firstStart;
        for (int i = 0; i < 5; i++) {
            pdf.render(SampleSlip.referralSlip());
        }
        long[] times = new long[20];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            pdf.render(SampleSlip.referralSlip());
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("ReferralSlipPdf: fonts read %d ms, first render %d ms, PDF %d bytes, warm median %d ms, max %d ms (20 runs)%n",
                constructed / 1_000_000, firstTime / 1_000_000, first.length, times[times.length / 2] / 1_000_000,
                times[times.length - 1] / 1_000_000);
    }
}
