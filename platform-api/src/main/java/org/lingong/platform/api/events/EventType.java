package org.lingong.platform.api.events;

/** The kinds of kiosk events, each with its payload record. Wire form: the constant name. */
public enum EventType {
    WORKER_REGISTERED(WorkerProfile.class),
    WORKER_UPDATED(WorkerProfile.class),
    REFERRAL_ISSUED(ReferralIssued.class),
    REFERRAL_OUTCOME(ReferralOutcomeReport.class),
    SIGN_UP(SignUp.class),
    FEEDBACK(Feedback.class),
    VISIT_COUNT(VisitCount.class),
    DEVICE_STATUS(DeviceStatusChange.class),
    APPOINTMENT_BOOKED(AppointmentBooked.class),
    APPOINTMENT_CANCELLED(AppointmentCancelled.class),
    EMPLOYMENT_STATUS_CHECKED(EmploymentStatusCheck.class),
    STAFF_CALLED(StaffCall.class),
    STAFF_CALL_ENDED(StaffCallEnded.class);

    private final Class<? extends EventPayload> payloadType;

    EventType(Class<? extends EventPayload> payloadType) {
        this.payloadType = payloadType;
    }

    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }

    /** True for events that must name a worker in {@link EventEnvelope#workerRef()}. */
    public boolean needsWorker() {
        return this == WORKER_REGISTERED || this == WORKER_UPDATED || this == REFERRAL_ISSUED
                || this == EMPLOYMENT_STATUS_CHECKED;
    }
}
