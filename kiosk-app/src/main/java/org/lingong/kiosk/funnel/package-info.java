/**
 * The visit funnel without personal data: each worker session, when it ends, becomes one anonymous
 * {@code VISIT_COUNT} event (attract → identified → searched → referral → printed, per tile), and the journey is
 * offered to the rating.
 */
@NullMarked
package org.lingong.kiosk.funnel;

import org.jspecify.annotations.NullMarked;
