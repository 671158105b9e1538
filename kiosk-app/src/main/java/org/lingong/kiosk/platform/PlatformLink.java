package org.lingong.kiosk.platform;

import org.lingong.kiosk.status.DeviceState;
import org.lingong.platform.client.enrollment.EnrollmentException;

/** The platform connection as the status bar shows it: a state (icon) and the words ({@code 平台连接：连接正常}). */
public enum PlatformLink {
    /** The last call reached the platform and was accepted. */
    CONNECTED(DeviceState.READY, "status.platform.connected"),
    /** The platform could not be reached; the kiosk works offline and keeps trying. */
    UNREACHABLE(DeviceState.OFFLINE, "status.platform.offline"),
    /** Enrolling with the configured code. */
    ENROLLING(DeviceState.UNKNOWN, "status.platform.enrolling"),
    /** No identity and no enrollment code: a technician must enroll the kiosk. */
    NOT_ENROLLED(DeviceState.OFFLINE, "status.platform.notEnrolled"),
    /** The platform revoked this terminal. */
    REVOKED(DeviceState.OFFLINE, "status.platform.revoked"),
    /** The enrollment code was refused (unknown, used, expired, other station). */
    WRONG_CODE(DeviceState.OFFLINE, "status.platform.wrongCode"),
    /** The platform knows no station with the configured code. */
    UNKNOWN_STATION(DeviceState.OFFLINE, "status.platform.unknownStation"),
    /** The platform refused the signed requests because this kiosk's clock is minutes off (the staff screen says by how much). */
    CLOCK_SKEW(DeviceState.OFFLINE, "status.platform.clockSkew"),
    /** The platform refused for another reason (unknown terminal, …). */
    REFUSED(DeviceState.OFFLINE, "status.platform.refused"),
    /** The identity could not be stored in the data directory. */
    STORAGE_FAULT(DeviceState.OFFLINE, "status.platform.storageFault");

    private final DeviceState state;
    private final String wordsKey;

    PlatformLink(DeviceState state, String wordsKey) {
        this.state = state;
        this.wordsKey = wordsKey;
    }

    public DeviceState state() {
        return state;
    }

    public String wordsKey() {
        return wordsKey;
    }

    /** The link after a failed enrollment; only {@link #UNREACHABLE} is worth retrying. */
    public static PlatformLink of(EnrollmentException.Reason reason) {
        return switch (reason) {
            case PLATFORM_UNREACHABLE -> UNREACHABLE;
            case WRONG_CODE -> WRONG_CODE;
            case UNKNOWN_STATION -> UNKNOWN_STATION;
            case REFUSED -> REFUSED;
            case STORAGE -> STORAGE_FAULT;
        };
    }
}
