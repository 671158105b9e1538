package org.lingong.platform.client.catalog;

/** Result order of a job search. */
public enum JobSort {
    /** Most recently published or changed first. */
    NEWEST,
    /** Highest pay per day first (see {@link JobQuery#minDailyPay()}). */
    PAY,
    /** Earliest first working day first. */
    WORK_DATE
}
