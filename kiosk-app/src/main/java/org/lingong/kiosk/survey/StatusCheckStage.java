package org.lingong.kiosk.survey;

/** What the employment-status check shows. */
public enum StatusCheckStage {
    /** Nothing (nobody to ask, or asked within the period). */
    HIDDEN,
    /** 您现在的就业情况是？ with the four answers and 跳过. */
    ASKING,
    /** 已更新，谢谢. */
    THANKS
}
