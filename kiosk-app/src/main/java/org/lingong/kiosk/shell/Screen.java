package org.lingong.kiosk.shell;

/**
 * The kiosk's screens. {@link #ATTRACT}, {@link #FIND_JOB}, {@link #REGISTER}, {@link #TRAINING} and {@link #JOB_FAIR} are
 * built; the others are honest placeholders ("即将开放") until their issues land.
 */
public enum Screen {
    ATTRACT("screen.attract", false),
    FIND_JOB("screen.findJob", false),
    REGISTER("screen.register", false),
    SCAN("screen.scan", true),
    TRAINING("screen.training", false),
    JOB_FAIR("screen.jobFair", false);

    private final String titleKey;
    private final boolean placeholder;

    Screen(String titleKey, boolean placeholder) {
        this.titleKey = titleKey;
        this.placeholder = placeholder;
    }

    public String titleKey() {
        return titleKey;
    }

    public boolean isPlaceholder() {
        return placeholder;
    }
}
