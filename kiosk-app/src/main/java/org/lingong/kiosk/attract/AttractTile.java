package org.lingong.kiosk.attract;

import org.lingong.kiosk.shell.Screen;

/** The big tiles of the attract screen, in display order, and where each leads. */
public enum AttractTile {
    FIND_JOB(Screen.FIND_JOB),
    REGISTER(Screen.REGISTER),
    SCAN(Screen.SCAN),
    TRAINING(Screen.TRAINING),
    JOB_FAIR(Screen.JOB_FAIR),
    APPOINTMENT(Screen.APPOINTMENT),
    POLICY(Screen.POLICY);

    private final Screen target;

    AttractTile(Screen target) {
        this.target = target;
    }

    public Screen target() {
        return target;
    }

    /** The tile's label: the title of the screen it opens. */
    public String labelKey() {
        return target.titleKey();
    }
}
