package org.lingong.devices.privacy;

/**
 * Which identity document a number belongs to, told from its first characters, which masking keeps
 * ({@code MNG********1501}, {@code 915***********0015}): so a slip or screen that only holds the masked number still
 * names it correctly (the words for each kind are the kiosk's: its messages and its slip wording).
 */
public enum DocumentKind {
    /** 居民身份证. */
    RESIDENT_ID,
    /** 港澳台居民居住证: 18 characters starting with 81, 82 or 83. */
    HMT_RESIDENCE_PERMIT,
    /** 外国人永久居留(身份)证: 18 digits starting with 9, or the older 15 characters starting with 3 letters. */
    FOREIGN_PERMANENT_RESIDENCE;

    /** The kind of a full or masked document number; anything unrecognisable is a resident ID. */
    public static DocumentKind of(String number) {
        String n = number == null ? "" : number.strip();
        if (n.isEmpty()) {
            return RESIDENT_ID;
        }
        char first = Character.toUpperCase(n.charAt(0));
        if ((first >= 'A' && first <= 'Z') || first == '9') {
            return FOREIGN_PERMANENT_RESIDENCE;
        }
        if (first == '8' && n.length() > 1 && n.charAt(1) >= '1' && n.charAt(1) <= '3') {
            return HMT_RESIDENCE_PERMIT;
        }
        return RESIDENT_ID;
    }
}
