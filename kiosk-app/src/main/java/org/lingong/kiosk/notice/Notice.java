package org.lingong.kiosk.notice;

/** A calm message over the current screen: a title and what happens next or what to do, as message keys. */
public enum Notice {
    /** A referral slip's QR (an {@code LG1.} token) was scanned. */
    SCANNED_REFERRAL("notice.scanned.title", "notice.scanned.referral"),
    /** Any other code was scanned. */
    SCANNED_CODE("notice.scanned.title", "notice.scanned.code"),
    /** The scanner delivered something that is not text. */
    SCAN_UNREADABLE("notice.scanUnreadable.title", "notice.scanUnreadable.body"),
    /** A card lies on the reader but could not be read. */
    CARD_UNREADABLE("notice.cardUnreadable.title", "notice.cardUnreadable.body"),
    /** The reader reported a problem of its own. */
    READER_PROBLEM("notice.readerProblem.title", "notice.readerProblem.body");

    private final String titleKey;
    private final String bodyKey;

    Notice(String titleKey, String bodyKey) {
        this.titleKey = titleKey;
        this.bodyKey = bodyKey;
    }

    public String titleKey() {
        return titleKey;
    }

    public String bodyKey() {
        return bodyKey;
    }
}
