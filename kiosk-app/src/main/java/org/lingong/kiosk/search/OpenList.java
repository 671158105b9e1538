package org.lingong.kiosk.search;

/** Which tap list is open over the search screen, if any. */
public enum OpenList {
    NONE,
    DISTRICTS,
    CATEGORIES
}
