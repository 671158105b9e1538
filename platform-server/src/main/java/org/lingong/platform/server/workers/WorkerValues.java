package org.lingong.platform.server.workers;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.events.WorkerProfile;

/**
 * A worker's changeable fields in clear, normalised as stored (name stripped, skills comma-joined), so that a
 * stored worker and an incoming profile compare field by field. Personal data: never logged or audited.
 */
record WorkerValues(String name, String phone, String skills, Integer expectedDailyPay, String availability,
                    EmploymentStatus employmentStatus) {

    private static final WorkerValues NONE = new WorkerValues(null, null, "", null, null, null);

    static WorkerValues of(WorkerProfile p) {
        String skills = String.join(",", p.skills() == null ? List.of() : p.skills());
        return new WorkerValues(p.name().strip(), p.phone(), skills, p.expectedDailyPay(), p.availability(),
                p.employmentStatus());
    }

    /** The fields whose values differ between this and {@code other}. */
    Set<WorkerField> differencesTo(WorkerValues other) {
        Set<WorkerField> changed = EnumSet.noneOf(WorkerField.class);
        addIf(changed, WorkerField.NAME, name, other.name);
        addIf(changed, WorkerField.PHONE, phone, other.phone);
        addIf(changed, WorkerField.EMPLOYMENT_STATUS, employmentStatus, other.employmentStatus);
        addIf(changed, WorkerField.SKILLS, skills, other.skills);
        addIf(changed, WorkerField.EXPECTED_DAILY_PAY, expectedDailyPay, other.expectedDailyPay);
        addIf(changed, WorkerField.AVAILABILITY, availability, other.availability);
        return changed;
    }

    /** The fields that have a value. */
    Set<WorkerField> present() {
        return NONE.differencesTo(this);
    }

    private static void addIf(Set<WorkerField> changed, WorkerField field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    @Override
    public String toString() {
        return "WorkerValues[personal data hidden]";
    }
}
