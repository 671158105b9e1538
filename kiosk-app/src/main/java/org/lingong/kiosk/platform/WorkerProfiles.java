package org.lingong.kiosk.platform;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.registration.CardIdentity;
import org.lingong.kiosk.registration.PayExpectation;
import org.lingong.kiosk.registration.WorkerRegistration;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.events.WorkerProfile;

/**
 * Maps a kiosk registration onto the platform's {@code WORKER_REGISTERED} payload. Wanted work (job category codes)
 * goes as skills; the expected pay range as its lower bound in yuan per day (面议: none); availability as its
 * constant name in lower case; 灵活就业 counts as employed, 在校生 as other. The profile says {@code consent} and
 * {@code cardRead}: the worker tapped 同意 and the identity was read from the card in this session (a registration
 * has no other source of identity), so another station's record of the worker may be updated from it.
 */
final class WorkerProfiles {

    private WorkerProfiles() {
    }

    /** @throws IllegalArgumentException for a registration without an ID card (the platform keys workers by it) */
    static WorkerProfile of(WorkerRegistration registration) {
        CardIdentity card = registration.identity().orElseThrow(() -> new IllegalArgumentException(
                "a registration without an ID card cannot be sent to the platform"));
        return new WorkerProfile(card.documentNumber(), card.name(), registration.phone(),
                registration.jobCategoryCodes(), dailyPay(registration.pay()),
                registration.availability().name().toLowerCase(Locale.ROOT), status(registration.status()), true, true);
    }

    static @Nullable Integer dailyPay(PayExpectation pay) {
        return switch (pay) {
            case UP_TO_150 -> 100;
            case FROM_150_TO_200 -> 150;
            case FROM_200_TO_300 -> 200;
            case FROM_300_TO_400 -> 300;
            case OVER_400 -> 400;
            case NEGOTIABLE -> null;
        };
    }

    static EmploymentStatus status(org.lingong.kiosk.registration.EmploymentStatus status) {
        return switch (status) {
            case EMPLOYED, FLEXIBLE -> EmploymentStatus.EMPLOYED;
            case UNEMPLOYED -> EmploymentStatus.UNEMPLOYED;
            case EMPLOYMENT_DIFFICULTY -> EmploymentStatus.HARD_TO_EMPLOY;
            case STUDENT, OTHER -> EmploymentStatus.OTHER;
        };
    }
}
