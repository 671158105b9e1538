/** Device and platform status shown on every screen, with its port. */
@NullMarked
package org.lingong.kiosk.status;

import org.jspecify.annotations.NullMarked;
