package org.lingong.kiosk.registration;

/**
 * The registration steps in order. {@link #WAITING_FOR_CARD} comes before them when the worker
 * tapped 登记 without a card: registration needs the card, so the screen asks for it.
 */
public enum RegistrationStep {
    WAITING_FOR_CARD(0),
    CARD(1),
    PHONE(2),
    JOBS(3),
    PREFERENCES(4),
    CONSENT(5),
    /** 登记完成: no step number, nothing left to do (and skipped when a pending 我要报名 takes over). */
    DONE(0);

    /** How many numbered steps there are (for "第 2 步，共 5 步"): the ones the worker answers. */
    public static final int COUNT = 5;

    private final int number;

    RegistrationStep(int number) {
        this.number = number;
    }

    /** 1..{@link #COUNT}; 0 while waiting for the card and when done. */
    public int number() {
        return number;
    }

    public String titleKey() {
        return "registration.step." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
