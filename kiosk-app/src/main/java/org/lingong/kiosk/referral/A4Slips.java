package org.lingong.kiosk.referral;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.lingong.devices.printer.ReferralSlip;
import org.lingong.kiosk.slip.ReferralSlipPdf;
import org.lingong.platform.api.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kept referral slip on A4 ({@link ReferralSlipPdf}: the receipt's wording and QR): printed on the office printer
 * the technician chose, or saved as {@code SLIPNUMBER.pdf} (owner-only) in the PDF directory. Blocking (PDF, CUPS,
 * disk): through the task executor only.
 */
public final class A4Slips {

    private static final Logger log = LoggerFactory.getLogger(A4Slips.class);

    /** What became of a request. */
    public enum Outcome {
        PRINTED, SAVED, NO_PRINTER_CHOSEN, UNKNOWN_SLIP
    }

    private final SlipReprints slips;
    private final ReferralSlipPdf pdf;
    private final OfficePrinter printer;
    private final OfficePrinterChoice choice;
    private final Path pdfDirectory;

    public A4Slips(SlipReprints slips, ReferralSlipPdf pdf, OfficePrinter printer, OfficePrinterChoice choice,
            Path pdfDirectory) {
        this.slips = slips;
        this.pdf = pdf;
        this.printer = printer;
        this.choice = choice;
        this.pdfDirectory = pdfDirectory;
    }

    public Outcome print(String slipNumber) throws Exception {
        Optional<String> name = choice.get();
        if (name.isEmpty()) {
            return Outcome.NO_PRINTER_CHOSEN;
        }
        Optional<ReferralSlip> slip = slips.slip(slipNumber);
        if (slip.isEmpty()) {
            return Outcome.UNKNOWN_SLIP;
        }
        printer.print(pdf.render(slip.get()), name.get(), slipNumber);
        log.info("Slip {} sent to the A4 printer {}", slipNumber, name.get());
        return Outcome.PRINTED;
    }

    public Outcome save(String slipNumber) throws Exception {
        Optional<ReferralSlip> slip = slips.slip(slipNumber);
        if (slip.isEmpty()) {
            return Outcome.UNKNOWN_SLIP;
        }
        AtomicFiles.writeOwnerOnly(file(slipNumber), pdf.render(slip.get()));
        return Outcome.SAVED;
    }

    /** Where {@link #save} puts the slip. */
    public Path file(String slipNumber) throws IOException {
        Files.createDirectories(pdfDirectory);
        return pdfDirectory.resolve(slipNumber.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf");
    }
}
