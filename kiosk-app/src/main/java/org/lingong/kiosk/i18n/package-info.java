/** Languages, message bundles and the language switch. */
@NullMarked
package org.lingong.kiosk.i18n;

import org.jspecify.annotations.NullMarked;
