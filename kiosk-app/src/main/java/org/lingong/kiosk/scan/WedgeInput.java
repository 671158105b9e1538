package org.lingong.kiosk.scan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.lingong.devices.scanner.codec.WedgeBurstDetector;
import org.lingong.devices.scanner.codec.WedgeResult;

/**
 * Keyboard input seen through the {@link WedgeBurstDetector}: every typed character is held until the detector
 * decides; a scan burst goes to the {@link ScanRouter} and its characters are dropped, anything a person typed
 * comes back from {@link #onKey} or {@link #flush()} to be passed on to the focused control unchanged.
 *
 * <p>Time comes from {@code nanoClock} (monotonic nanoseconds). JavaFX thread only; the scene filter calls
 * {@link #flush()} {@link #flushDelay()} after the last key.
 */
public final class WedgeInput {

    private final WedgeBurstDetector detector;
    private final ScanRouter router;
    private final LongSupplier nanoClock;

    public WedgeInput(WedgeBurstDetector detector, ScanRouter router, LongSupplier nanoClock) {
        this.detector = detector;
        this.router = router;
        this.nanoClock = nanoClock;
    }

    /** Feeds one typed character; returns the text a person typed that is now due to pass through (maybe empty). */
    public String onKey(char c) {
        return handle(detector.onKey(c, nanoClock.getAsLong()));
    }

    /** Ends a burst that has been silent long enough; returns typed text to pass through (maybe empty). */
    public String flush() {
        return handle(detector.flush(nanoClock.getAsLong()));
    }

    /** Whether characters are being held. */
    public boolean holding() {
        return detector.pendingLength() > 0;
    }

    /** How long after the last key {@link #flush()} should be called: a little more than the detector's gap. */
    public Duration flushDelay() {
        return WedgeBurstDetector.DEFAULT_MAX_GAP.plusMillis(15);
    }

    private String handle(List<WedgeResult> results) {
        List<String> typed = new ArrayList<>();
        for (WedgeResult result : results) {
            if (result instanceof WedgeResult.Scan scan) {
                if (!scan.text().isBlank()) {
                    router.route(new Scan(scan.text(), ScanSource.KEYBOARD_WEDGE));
                }
            } else if (result instanceof WedgeResult.HumanTyping human) {
                typed.add(human.text());
            }
        }
        return String.join("", typed);
    }
}
