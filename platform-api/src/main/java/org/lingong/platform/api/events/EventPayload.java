package org.lingong.platform.api.events;

/** The typed body of an event; which record is given by {@link EventType#payloadType()}. */
public sealed interface EventPayload
        permits WorkerProfile, ReferralIssued, ReferralOutcomeReport, SignUp, Feedback, VisitCount, DeviceStatusChange,
        AppointmentBooked, AppointmentCancelled, EmploymentStatusCheck, StaffCall,
        StaffCallEnded {
}
