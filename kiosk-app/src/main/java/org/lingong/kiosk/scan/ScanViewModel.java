package org.lingong.kiosk.scan;

import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.shell.ScreenNavigator;

/**
 * View model of the 扫码 screen: it only says where to hold the code and offers the way back; the scan itself
 * arrives through the {@link ScanRouter} from either scanner, on any screen. Holds nothing of the session.
 */
public final class ScanViewModel implements SessionScoped {

    private final ScreenNavigator navigator;

    public ScanViewModel(ScreenNavigator navigator) {
        this.navigator = navigator;
    }

    /** 返回: the home screen. */
    public void back() {
        navigator.goHome();
    }

    @Override
    public void clearSession() {
        // nothing held; the navigator returns to the attract screen itself
    }
}
