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
    DONE(6);

    /** How many numbered steps there are (for "第 2 步，共 6 步"). */
    public static final int COUNT = 6;

    private final int number;

    RegistrationStep(int number) {
        this.number = number;
    }

    /** 1..{@link #COUNT}; 0 while waiting for the card. */
    public int number() {
        return number;
    }

    public String titleKey() {
        return "registration.step." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
