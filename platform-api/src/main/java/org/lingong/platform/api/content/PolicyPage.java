package org.lingong.platform.api.content;

/**
 * A policy page (政策) pushed to the stations of a region, in plain words.
 *
 * @param summary      what it is, in one or two plain sentences
 * @param whoQualifies who can get it
 * @param whatToBring  the papers to bring
 * @param whereToGo    the office, address or window
 * @param fullTextUrl  the full policy text (shown as a QR), may be {@code null}
 */
public record PolicyPage(long id, String title, String summary, String whoQualifies, String whatToBring,
                         String whereToGo, String fullTextUrl) {
}
