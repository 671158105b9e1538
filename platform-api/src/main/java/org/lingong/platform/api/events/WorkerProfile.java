package org.lingong.platform.api.events;

import java.util.List;
import org.lingong.platform.api.privacy.Masking;

/**
 * Payload of {@code WORKER_REGISTERED} and {@code WORKER_UPDATED}. Personal data: the platform
 * stores ID number, name and phone encrypted and keys the worker by a keyed hash of the ID number.
 *
 * @param idNumber         GB 11643 resident ID number (18 chars)
 * @param expectedDailyPay yuan per day, optional
 * @param consent          the worker accepted the privacy notice at this station; registration, and any event that
 *                         would create the worker, is rejected without it
 * @param cardRead         true: ID number and name were read from the ID card's chip at this kiosk in the session of
 *                         this event (not typed, not remembered). With {@code consent}, it lets a station change the
 *                         name, phone or employment status of a worker whose record another station holds. Absent
 *                         (kiosks before this field) counts as false.
 */
public record WorkerProfile(String idNumber, String name, String phone, List<String> skills, Integer expectedDailyPay,
                            String availability, EmploymentStatus employmentStatus, boolean consent, Boolean cardRead)
        implements EventPayload {

    /** {@code cardRead} with absence as false. */
    public boolean readFromCard() {
        return Boolean.TRUE.equals(cardRead);
    }

    @Override
    public String toString() {
        return "WorkerProfile[idNumber=" + Masking.idNumber(idNumber)
                + ", name=" + Masking.name(name)
                + ", phone=" + Masking.phone(phone)
                + ", skills=" + skills + ", employmentStatus=" + employmentStatus + "]";
    }
}
