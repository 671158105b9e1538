/** The port through which features hand events to the platform's outbox (ratings, staff calls, checks, the funnel). */
@NullMarked
package org.lingong.kiosk.outbox;

import org.jspecify.annotations.NullMarked;
