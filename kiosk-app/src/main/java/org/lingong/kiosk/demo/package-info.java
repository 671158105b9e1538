/** Demo mode: the in-process device simulators and the simulator panel beside the kiosk. */
@NullMarked
package org.lingong.kiosk.demo;

import org.jspecify.annotations.NullMarked;
