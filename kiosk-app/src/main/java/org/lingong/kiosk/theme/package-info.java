/** Bundled fonts and line icons; the stylesheet lives next to these classes as a resource. */
@NullMarked
package org.lingong.kiosk.theme;

import org.jspecify.annotations.NullMarked;
