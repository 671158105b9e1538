package org.lingong.kiosk.notice;

/** A calm message over the current screen: a title and what happens next or what to do, as message keys. */
public enum Notice {
    /** The scanner delivered something that is not text. */
    SCAN_UNREADABLE("notice.scanUnreadable.title", "notice.scanUnreadable.body"),
    /** A card lies on the reader but could not be read. */
    CARD_UNREADABLE("notice.cardUnreadable.title", "notice.cardUnreadable.body"),
    /** The reader reported a problem of its own. */
    READER_PROBLEM("notice.readerProblem.title", "notice.readerProblem.body"),
    /** A known worker was recognised (by card or worker code); argument: the masked name. */
    WELCOME("notice.welcome.title", "notice.welcome.body"),
    /** Another person's card mid-session: the previous session was wiped; the new card goes on as usual. */
    CARD_SWAPPED("notice.cardSwapped.title", "notice.cardSwapped.body"),
    /** As {@link #CARD_SWAPPED}, and the new card's holder is a known worker; argument: the masked name. */
    CARD_SWAPPED_WELCOME("notice.cardSwapped.title", "notice.cardSwapped.welcome"),
    /** A job code names a job that is not (or no longer) in the catalog. */
    JOB_GONE("notice.jobGone.title", "notice.jobGone.body"),
    /** A genuine worker code of this kiosk whose worker is no longer known here. */
    WORKER_CODE_UNKNOWN("notice.workerCodeUnknown.title", "notice.workerCodeUnknown.body"),
    /** A code this kiosk cannot use: forged, foreign or garbage. */
    CODE_NOT_USABLE("notice.codeNotUsable.title", "notice.codeNotUsable.body"),
    /** A referral slip issued here, genuine and valid; arguments: job title, expiry. */
    SLIP_GENUINE("notice.slipGenuine.title", "notice.slipGenuine.body"),
    /** A referral slip issued here, genuine but expired; arguments: job title, expiry. */
    SLIP_EXPIRED("notice.slipExpired.title", "notice.slipExpired.body"),
    /** A referral slip that claims to be from here but whose signature does not verify; argument: job title. */
    SLIP_FORGED("notice.slipForged.title", "notice.slipForged.body"),
    /** A referral slip of another kiosk (only the platform can check it); argument: job title. */
    SLIP_OTHER_KIOSK("notice.slipOtherKiosk.title", "notice.slipOtherKiosk.body"),
    /** A referral slip while this kiosk cannot check slips (not enrolled, or no platform). */
    SLIP_NOT_CHECKABLE("notice.slipNotCheckable.title", "notice.slipNotCheckable.body"),
    /** The platform just refused a record of the worker at the kiosk (e.g. their registration): see staff. */
    RECORD_REFUSED("notice.recordRefused.title", "notice.recordRefused.body");

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
