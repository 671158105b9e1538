/**
 * 好差评: five drawn faces at the end of every session that did something, optional reason chips for the two lowest,
 * a {@code FEEDBACK} event per rating (anonymous unless a worker was identified) and a staff alert for a low one.
 */
@NullMarked
package org.lingong.kiosk.rating;

import org.jspecify.annotations.NullMarked;
