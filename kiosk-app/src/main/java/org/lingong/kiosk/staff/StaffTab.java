package org.lingong.kiosk.staff;

/** The staff screen's tabs, in display order. */
public enum StaffTab {
    HEALTH("staff.tab.health"),
    PAPER("staff.tab.paper"),
    TODAY("staff.tab.today"),
    REPRINT("staff.tab.reprint"),
    ALERTS("staff.tab.alerts"),
    APPOINTMENTS("staff.tab.appointments");

    private final String labelKey;

    StaffTab(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
