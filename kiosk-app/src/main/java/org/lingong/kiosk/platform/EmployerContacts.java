package org.lingong.kiosk.platform;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.lingong.platform.api.content.ContactPolicy;
import org.lingong.platform.api.jobs.Job;

/**
 * Whom a worker calls about a job, by the region's contact policy ({@link PlatformContent#contactPolicy()}, open by
 * default): the employer's contact and number in full when open; the station and its own phone
 * ({@code kiosk.station.phone}) when gated. Applied to every job the search hands out, so the detail, the referral
 * screen and the slip all say the same.
 */
public final class EmployerContacts implements UnaryOperator<Job> {

    private final Supplier<ContactPolicy> policy;
    private final Supplier<String> stationName;
    private final String stationPhone;

    public EmployerContacts(Supplier<ContactPolicy> policy, String stationName, String stationPhone) {
        this(policy, () -> stationName, stationPhone);
    }

    /** @param stationName the station's name in force, read for each job (the station may be renamed live) */
    public EmployerContacts(Supplier<ContactPolicy> policy, Supplier<String> stationName, String stationPhone) {
        this.policy = policy;
        this.stationName = stationName;
        this.stationPhone = stationPhone;
    }

    @Override
    public Job apply(Job job) {
        if (policy.get() == ContactPolicy.OPEN) {
            return job;
        }
        return new Job(job.id(), job.title(), job.category(), job.employer(), stationName.get(), stationPhone,
                job.districtCode(), job.districtName(), job.address(), job.payAmount(), job.payUnit(), job.headcount(),
                job.startDate(), job.endDate(), job.workHours(), job.requirements(), job.mealsProvided(),
                job.lodgingProvided(), job.status(), job.updatedAt());
    }
}
