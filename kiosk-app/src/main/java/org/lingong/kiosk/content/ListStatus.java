package org.lingong.kiosk.content;

/** What a content screen's list area shows. */
public enum ListStatus {
    LOADING,
    /** Items to show. */
    SHOWN,
    /** Nothing has arrived from the platform yet: "暂时没有…信息". */
    NO_CONTENT_YET,
    /** Content arrived, but nothing of this kind is upcoming. */
    NONE_UPCOMING,
    /** Reading the content failed. */
    FAILED
}
