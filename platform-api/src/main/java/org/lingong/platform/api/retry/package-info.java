/** The one retry rule of kiosk and drivers: exponential backoff with jitter. */
package org.lingong.platform.api.retry;
