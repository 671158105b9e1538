/** The referral slip (推荐单) as an A4 PDF, with the bundled CJK font embedded. */
@NullMarked
package org.lingong.kiosk.slip;

import org.jspecify.annotations.NullMarked;
