/** The frame around every screen: navigation, top bar, clock, stage set-up and wiring. */
@NullMarked
package org.lingong.kiosk.shell;

import org.jspecify.annotations.NullMarked;
