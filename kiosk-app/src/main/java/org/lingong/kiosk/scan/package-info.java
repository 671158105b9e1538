/** Scanned codes from the serial scanner and from keyboard-wedge scanners, and where they go. */
@NullMarked
package org.lingong.kiosk.scan;

import org.jspecify.annotations.NullMarked;
