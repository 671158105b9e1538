package org.lingong.kiosk.remote;

import java.util.ArrayList;
import java.util.List;

import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.platform.api.remote.TerminalSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the remote configuration's paper width and QR mode in force live ({@link CurrentPrinterProfile}): the next slip
 * is laid out with them, no restart. A configuration that leaves one empty brings back the kiosk's own value
 * ({@code config/kiosk.yml} or the technician's device file, as read at start without the remote configuration),
 * which is also what the next start would use. Thread-safe (the holder is).
 */
public final class RemotePrinterSettings {

    private static final Logger log = LoggerFactory.getLogger(RemotePrinterSettings.class);

    private final CurrentPrinterProfile printer;
    private final int ownPaperWidth;
    private final boolean ownNativeQr;

    /**
     * @param ownPaperWidth the kiosk's own paper width (58 or 80 mm), without the remote configuration
     * @param ownNativeQr   the kiosk's own QR mode, without the remote configuration
     */
    public RemotePrinterSettings(CurrentPrinterProfile printer, int ownPaperWidth, boolean ownNativeQr) {
        this.printer = printer;
        this.ownPaperWidth = ownPaperWidth;
        this.ownNativeQr = ownNativeQr;
    }

    /** Applies the printer part of the settings; returns what it applied, in words for the log. */
    List<String> apply(TerminalSettings settings) {
        int paperWidth = settings.paperWidth() != null ? settings.paperWidth() : ownPaperWidth;
        boolean nativeQr = settings.nativeQr() != null ? settings.nativeQr() : ownNativeQr;
        PrinterProfile before = printer.get();
        PrinterProfile now = printer.change(paperWidth, nativeQr,
                settings.paperWidth() != null || settings.nativeQr() != null);
        List<String> applied = new ArrayList<>();
        if (settings.paperWidth() != null) {
            applied.add("paper " + paperWidth + " mm");
        }
        if (settings.nativeQr() != null) {
            applied.add(qrMode(nativeQr));
        }
        boolean changed = before.paperWidthMm() != now.paperWidthMm() || before.nativeQr() != now.nativeQr();
        if (changed) {
            log.info("Slips from now on: {} mm paper ({} columns), {}", now.paperWidthMm(), now.columns(),
                    qrMode(now.nativeQr()));
            if (applied.isEmpty()) {
                applied.add("printer back to its own " + paperWidth + " mm, " + qrMode(nativeQr));
            }
        }
        return applied;
    }

    private static String qrMode(boolean nativeQr) {
        return nativeQr ? "QR native" : "QR image";
    }
}
