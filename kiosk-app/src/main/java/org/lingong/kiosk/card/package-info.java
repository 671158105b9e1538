/** An ID card placed anywhere in the app: where it leads, and the session's hold on its data. */
@NullMarked
package org.lingong.kiosk.card;

import org.jspecify.annotations.NullMarked;
