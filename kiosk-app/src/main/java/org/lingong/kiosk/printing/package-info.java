/**
 * The receipt printer's paper width and QR mode in force now
 * ({@link org.lingong.kiosk.printing.CurrentPrinterProfile}): the one place every slip takes its layout from, changed
 * live by the remote configuration. Depends on no feature.
 */
@NullMarked
package org.lingong.kiosk.printing;

import org.jspecify.annotations.NullMarked;
