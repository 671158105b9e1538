package org.lingong.kiosk.staff;

/** Who logged in on the PIN keypad: station staff (the staff screen) or a technician (device screen, and staff). */
public enum StaffRole {
    STAFF,
    TECHNICIAN
}
