/**
 * The look shared by every screen and the UI pieces more than one feature uses: bundled fonts, line icons, the
 * stylesheet (a resource next to these classes), answer tiles, tap cards, the numeric keypad, the on-screen QR image,
 * the loading state and the row-or-column layouts.
 */
@NullMarked
package org.lingong.kiosk.theme;

import org.jspecify.annotations.NullMarked;
