package org.lingong.kiosk.rating;

/** The five faces of 好差评, best first, with the rating the platform counts (5 … 1). */
public enum RatingLevel {
    VERY_SATISFIED(5),
    SATISFIED(4),
    NEUTRAL(3),
    DISSATISFIED(2),
    VERY_DISSATISFIED(1);

    private final int rating;

    RatingLevel(int rating) {
        this.rating = rating;
    }

    public int rating() {
        return rating;
    }

    /** The two lowest: reason chips are offered and staff are alerted. */
    public boolean low() {
        return rating <= 2;
    }

    /** How the face's mouth bends: 1 a broad smile, 0 straight, -1 a frown. */
    double smile() {
        return (rating - 3) / 2.0;
    }

    /** i18n key of the face's words, e.g. 非常满意. */
    String labelKey() {
        return "rating.level." + name();
    }
}
