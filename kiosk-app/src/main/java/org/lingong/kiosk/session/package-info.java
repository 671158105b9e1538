/** Session lifetime: idle timer, warning overlay and wiping of session state. */
@NullMarked
package org.lingong.kiosk.session;

import org.jspecify.annotations.NullMarked;
