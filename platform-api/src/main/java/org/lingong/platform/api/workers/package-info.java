/** Worker identity rules shared by kiosk and platform: GB 11643 ID numbers and masking. */
package org.lingong.platform.api.workers;
