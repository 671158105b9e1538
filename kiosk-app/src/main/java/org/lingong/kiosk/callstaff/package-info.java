/**
 * 呼叫工作人员: a button on every screen calls the station's staff (a staff alert at once, a {@code STAFF_CALLED}
 * event through the outbox); the worker sees that staff were called and, once staff acknowledge, that they are coming.
 */
@NullMarked
package org.lingong.kiosk.callstaff;

import org.jspecify.annotations.NullMarked;
