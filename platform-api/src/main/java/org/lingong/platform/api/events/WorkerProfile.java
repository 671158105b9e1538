package org.lingong.platform.api.events;

import java.util.List;
import org.lingong.platform.api.workers.PersonalDataMask;

/**
 * Payload of {@code WORKER_REGISTERED} and {@code WORKER_UPDATED}. Personal data: the platform
 * stores ID number, name and phone encrypted and keys the worker by a keyed hash of the ID number.
 *
 * @param idNumber         GB 11643 resident ID number (18 chars)
 * @param expectedDailyPay yuan per day, optional
 * @param consent          the worker accepted the privacy notice; registration without it is rejected
 */
public record WorkerProfile(String idNumber, String name, String phone, List<String> skills, Integer expectedDailyPay,
                            String availability, EmploymentStatus employmentStatus, boolean consent) implements EventPayload {

    @Override
    public String toString() {
        return "WorkerProfile[idNumber=" + PersonalDataMask.idNumber(idNumber)
                + ", name=" + PersonalDataMask.name(name)
                + ", phone=" + PersonalDataMask.phone(phone)
                + ", skills=" + skills + ", employmentStatus=" + employmentStatus + "]";
    }
}
