package org.lingong.kiosk.rating;

/** What the rating card shows. */
public enum RatingStage {
    /** Nothing: no session ended that did something. */
    HIDDEN,
    /** The five faces: 您对本次服务满意吗？ */
    ASKING,
    /** A low face was tapped: optional reason chips and 提交. */
    REASONS,
    /** Counted: 感谢您的评价. */
    THANKS
}
