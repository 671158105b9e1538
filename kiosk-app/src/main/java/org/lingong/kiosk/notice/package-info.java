/** Calm messages over the current screen (a scan was received, a card could not be read). */
@NullMarked
package org.lingong.kiosk.notice;

import org.jspecify.annotations.NullMarked;
