/** Swappable task executors: background work with results on the UI thread. */
@NullMarked
package org.lingong.kiosk.executor;

import org.jspecify.annotations.NullMarked;
