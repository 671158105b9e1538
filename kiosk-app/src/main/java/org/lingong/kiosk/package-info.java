/** The kiosk application: launcher, JavaFX application and Spring start-up. */
@NullMarked
package org.lingong.kiosk;

import org.jspecify.annotations.NullMarked;
