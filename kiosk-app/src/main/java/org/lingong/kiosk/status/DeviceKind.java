package org.lingong.kiosk.status;

import java.util.Locale;

/** What the status bar reports on, in display order. */
public enum DeviceKind {
    ID_CARD_READER,
    PRINTER,
    SCANNER,
    PLATFORM;

    public String labelKey() {
        return "status.device." + name().toLowerCase(Locale.ROOT);
    }
}
