/** Languages, message bundles and the language switch; the bundled tab-separated (bilingual) demo lists. */
@NullMarked
package org.lingong.kiosk.i18n;

import org.jspecify.annotations.NullMarked;
