package org.lingong.devices.printer;

import java.util.List;
import org.lingong.devices.printer.codec.Align;
import org.lingong.devices.printer.codec.EscPosBuilder;
import org.lingong.devices.printer.codec.GbkTextEncoder;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.PrinterText;
import org.lingong.devices.printer.codec.QrErrorCorrection;
import org.lingong.devices.printer.codec.QrRaster;

/**
 * Lays out a slip's words ({@link SlipText}) for one printer profile: title in double size, labelled lines wrapped to
 * the paper's columns (a Chinese character takes two), a rule between sections, and the QR code: native
 * {@code GS ( k} if the profile has it, otherwise a {@code GS v 0} raster image. It holds no wording of its own.
 * Unprintable characters are replaced by the visible marker and listed in the {@link PrintJob}, so a stray character
 * in an employer name never blocks a slip. Stateless and thread-safe.
 */
public final class ReceiptLayout {

    private static final QrErrorCorrection QR_EC = QrErrorCorrection.M;

    private final PrinterProfile profile;

    public ReceiptLayout(PrinterProfile profile) {
        this.profile = profile;
    }

    public PrintJob referralSlip(SlipText slip) {
        EscPosBuilder b = EscPosBuilder.create(GbkTextEncoder.replacing());
        b.init().chineseMode(true);
        b.align(Align.CENTER).size(2, 2).bold(true);
        PrinterText.wrap(slip.title(), profile.columns() / 2).forEach(b::line);
        b.size(1, 1).bold(false);
        if (!slip.subtitle().isBlank()) {
            b.line(slip.subtitle());
        }
        b.align(Align.LEFT).rule(profile.columns());
        for (int i = 0; i < slip.sections().size(); i++) {
            if (i > 0) {
                b.rule(profile.columns());
            }
            slip.sections().get(i).forEach(line -> line(b, line));
        }
        b.lineFeed().align(Align.CENTER);
        if (!slip.qrToken().isBlank()) {
            qr(b, slip.qrToken());
        }
        b.lineFeed().line(slip.qrCaption()).align(Align.LEFT);
        b.lineFeed().feedAndCut(3);
        return new PrintJob(b.build(), b.replacements());
    }

    private void line(EscPosBuilder b, SlipText.Line line) {
        if (line.emphasised()) {
            b.bold(true).size(1, 2);
        }
        field(b, line.label(), line.value());
        if (line.emphasised()) {
            b.size(1, 1).bold(false);
        }
    }

    private void qr(EscPosBuilder b, String token) {
        if (profile.nativeQr()) {
            int modules = QrRaster.encode(token, QR_EC).getWidth() + 2 * QrRaster.QUIET_ZONE_MODULES;
            int moduleDots = Math.max(1, Math.min(profile.qrModuleDots(), profile.printableDots() / modules));
            b.qrNative(token, moduleDots, QR_EC);
            b.lineFeed();
        } else {
            b.raster(QrRaster.render(token, QR_EC, profile.qrModuleDots(), profile.printableDots()));
        }
    }

    /** {@code label：value}, wrapped; continuation lines are indented under the value when there is room. */
    private void field(EscPosBuilder b, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String prefix = label + "：";
        int indent = PrinterText.columns(prefix);
        int width = profile.columns();
        if (indent > width / 2) {
            PrinterText.wrap(prefix + value, width).forEach(b::line);
            return;
        }
        List<String> lines = PrinterText.wrap(value, width - indent);
        b.line(prefix + lines.get(0));
        lines.subList(1, lines.size()).forEach(l -> b.line(" ".repeat(indent) + l));
    }
}
