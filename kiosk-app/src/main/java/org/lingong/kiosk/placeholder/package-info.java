/** The honest "coming soon" screen for features not built yet. */
@NullMarked
package org.lingong.kiosk.placeholder;

import org.jspecify.annotations.NullMarked;
