package org.lingong.devices.scanner.codec;

/** What a burst of keyboard input was: a scan from a keyboard-wedge scanner, or a person typing. */
public sealed interface WedgeResult permits WedgeResult.Scan, WedgeResult.HumanTyping {

    /**
     * Keys that came fast enough and were numerous enough to be a scanner.
     *
     * @param text          the scanned characters, without the terminating Enter
     * @param endedByEnter  {@code false} when the burst ended by silence (scanner configured without suffix)
     */
    record Scan(String text, boolean endedByEnter) implements WedgeResult {
        @Override
        public String toString() {
            return "Scan[" + text.length() + " chars, endedByEnter=" + endedByEnter + "]";
        }
    }

    /**
     * Keys a person typed (too few, or too slow): the UI should pass them on to the focused control.
     *
     * @param text the characters exactly as typed, including a final {@code '\r'} or {@code '\n'} if Enter was pressed
     */
    record HumanTyping(String text) implements WedgeResult {
    }
}
