package org.lingong.platform.api.stats;

import java.time.LocalDate;

/**
 * Figures of one station on one day (days in the platform's zone, Asia/Shanghai).
 *
 * @param registrations        WORKER_REGISTERED events
 * @param referrals            referrals issued
 * @param checkIns             referrals checked in (到岗)
 * @param urbanNewEmployment   referrals with outcome HIRED (城镇新增就业)
 * @param unemployedReemployed of those, workers declared UNEMPLOYED or HARD_TO_EMPLOY (失业人员再就业)
 * @param hardToEmployEmployed of those, workers declared HARD_TO_EMPLOY (就业困难人员就业)
 */
public record DailyStationStats(String stationCode, LocalDate day, long registrations, long referrals, long checkIns,
                                long urbanNewEmployment, long unemployedReemployed, long hardToEmployEmployed,
                                long visits, long signUps, long feedback) {
}
