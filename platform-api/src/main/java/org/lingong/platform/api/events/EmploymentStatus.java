package org.lingong.platform.api.events;

/** The worker's employment status as declared at registration; feeds the policy statistics. */
public enum EmploymentStatus {
    /** 在业 / 灵活就业. */
    EMPLOYED,
    /** 失业人员 (registered unemployed). */
    UNEMPLOYED,
    /** 就业困难人员 (certified hard to employ; counts as unemployed too). */
    HARD_TO_EMPLOY,
    /** 首次求职 / other. */
    OTHER
}
