/** The attract screen: ID-card prompt, tiles, service item list and catalog freshness, with their ports. */
@NullMarked
package org.lingong.kiosk.attract;

import org.jspecify.annotations.NullMarked;
