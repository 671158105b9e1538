package org.lingong.platform.api.workers;

/** An ID number that breaks GB 11643; the message names the rule, never the number. */
public final class InvalidIdNumberException extends IllegalArgumentException {

    /** Which rule of GB 11643 was broken. */
    public enum Rule { LENGTH, CHARACTERS, BIRTH_DATE, CHECK_DIGIT }

    private final Rule rule;

    public InvalidIdNumberException(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
