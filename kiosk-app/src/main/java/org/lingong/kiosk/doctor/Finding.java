package org.lingong.kiosk.doctor;

/** One line of the doctor's report: what was checked and what was found, in words a technician can read out. */
public record Finding(Status status, String topic, String text) {

    /** How a check came out; any {@link #FAIL} makes the report (and the command) fail. */
    public enum Status { OK, WARN, FAIL }

    static Finding ok(String topic, String text) {
        return new Finding(Status.OK, topic, text);
    }

    static Finding warn(String topic, String text) {
        return new Finding(Status.WARN, topic, text);
    }

    static Finding fail(String topic, String text) {
        return new Finding(Status.FAIL, topic, text);
    }

    String line() {
        return String.format("%-4s  %-9s %s", status, topic, text);
    }
}
