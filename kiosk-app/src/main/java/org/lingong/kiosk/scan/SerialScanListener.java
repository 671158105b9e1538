package org.lingong.kiosk.scan;

import java.util.function.Consumer;

import org.lingong.devices.scanner.codec.ScanResult;
import org.lingong.devices.scanner.codec.ScannedCode;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the serial scanner's results (on the JavaFX thread): decoded codes go to the {@link ScanRouter}; a line
 * that is not text, or too long, gets a calm "try again" notice.
 */
public final class SerialScanListener implements Consumer<ScanResult> {

    private static final Logger log = LoggerFactory.getLogger(SerialScanListener.class);

    private final ScanRouter router;
    private final NoticeViewModel notices;

    public SerialScanListener(ScanRouter router, NoticeViewModel notices) {
        this.router = router;
        this.notices = notices;
    }

    @Override
    public void accept(ScanResult result) {
        if (result instanceof ScannedCode code && !code.text().isBlank()) {
            router.route(new Scan(code.text(), ScanSource.SERIAL_SCANNER));
        } else {
            log.info("Scanner line not usable: {}", result);
            notices.show(Notice.SCAN_UNREADABLE);
        }
    }
}
