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
 * @param visits               sessions reported by VISIT_COUNT (the first step of {@code funnel})
 * @param feedback             FEEDBACK events (好差评), the sum of {@code ratings}
 * @param ratings              好差评 per level; never {@code null} (empty from platforms before it)
 * @param staffCalls           STAFF_CALLED events (呼叫工作人员)
 * @param statusChecks         EMPLOYMENT_STATUS_CHECKED events (就业状态核实)
 * @param funnel               how far the day's sessions got; never {@code null}
 * @param appointments         预约 booked, cancelled and lost that day; never {@code null} (empty from platforms before it)
 */
public record DailyStationStats(String stationCode, LocalDate day, long registrations, long referrals, long checkIns,
                                long urbanNewEmployment, long unemployedReemployed, long hardToEmployEmployed,
                                long visits, long signUps, long feedback, Ratings ratings, long staffCalls,
                                long statusChecks, Funnel funnel, Appointments appointments) {

    public DailyStationStats {
        ratings = ratings == null ? Ratings.NONE : ratings;
        funnel = funnel == null ? Funnel.NONE : funnel;
        appointments = appointments == null ? Appointments.NONE : appointments;
    }

    /** The figures of platforms before appointments. */
    public DailyStationStats(String stationCode, LocalDate day, long registrations, long referrals, long checkIns,
                             long urbanNewEmployment, long unemployedReemployed, long hardToEmployEmployed,
                             long visits, long signUps, long feedback, Ratings ratings, long staffCalls,
                             long statusChecks, Funnel funnel) {
        this(stationCode, day, registrations, referrals, checkIns, urbanNewEmployment, unemployedReemployed,
                hardToEmployEmployed, visits, signUps, feedback, ratings, staffCalls, statusChecks, funnel,
                Appointments.NONE);
    }

    /** The figures of platforms before ratings, calls and the funnel. */
    public DailyStationStats(String stationCode, LocalDate day, long registrations, long referrals, long checkIns,
                             long urbanNewEmployment, long unemployedReemployed, long hardToEmployEmployed,
                             long visits, long signUps, long feedback) {
        this(stationCode, day, registrations, referrals, checkIns, urbanNewEmployment, unemployedReemployed,
                hardToEmployEmployed, visits, signUps, feedback, Ratings.NONE, 0, 0, Funnel.NONE, Appointments.NONE);
    }

    /** Ratings per level: {@code veryDissatisfied} is 1, {@code verySatisfied} 5. */
    public record Ratings(long verySatisfied, long satisfied, long neutral, long dissatisfied, long veryDissatisfied) {

        public static final Ratings NONE = new Ratings(0, 0, 0, 0, 0);

        public long count() {
            return verySatisfied + satisfied + neutral + dissatisfied + veryDissatisfied;
        }

        /** The mean rating 1-5, or 0 when there is none. */
        public double average() {
            long n = count();
            return n == 0 ? 0 : (5.0 * verySatisfied + 4.0 * satisfied + 3.0 * neutral + 2.0 * dissatisfied
                    + veryDissatisfied) / n;
        }

        /** The count of {@code rating} (1-5). */
        public long of(int rating) {
            return switch (rating) {
                case 5 -> verySatisfied;
                case 4 -> satisfied;
                case 3 -> neutral;
                case 2 -> dissatisfied;
                case 1 -> veryDissatisfied;
                default -> throw new IllegalArgumentException("rating must be 1-5: " + rating);
            };
        }
    }

    /** Of the day's sessions, how many were identified, searched, reached a referral, left with a printed slip. */
    public record Funnel(long identified, long searched, long referred, long printed) {

        public static final Funnel NONE = new Funnel(0, 0, 0, 0);
    }

    /**
     * 预约 of the day: {@code booked} took a seat (booked that day, even if cancelled later), {@code cancelled} were
     * given up that day, {@code lost} found their slot full when the platform decided (the race's loser).
     */
    public record Appointments(long booked, long cancelled, long lost) {

        public static final Appointments NONE = new Appointments(0, 0, 0);
    }
}
