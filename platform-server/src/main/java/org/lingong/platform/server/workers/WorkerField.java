package org.lingong.platform.server.workers;

/**
 * The fields of a worker profile a change can touch, by their wire names. Name, phone and employment status are
 * protected: only the station holding the record, or one with a fresh card read and the worker's consent, changes
 * them (employment status decides the policy figures, phone and name reach employers).
 */
enum WorkerField {
    NAME("name", true),
    PHONE("phone", true),
    EMPLOYMENT_STATUS("employmentStatus", true),
    SKILLS("skills", false),
    EXPECTED_DAILY_PAY("expectedDailyPay", false),
    AVAILABILITY("availability", false);

    private final String wireName;
    private final boolean isProtected;

    WorkerField(String wireName, boolean isProtected) {
        this.wireName = wireName;
        this.isProtected = isProtected;
    }

    String wireName() {
        return wireName;
    }

    boolean isProtected() {
        return isProtected;
    }
}
