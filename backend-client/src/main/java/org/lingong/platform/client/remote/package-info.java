/**
 * The kiosk's side of remote configuration: checks signed orders against the pinned platform key, keeps the accepted
 * configuration and the commands done in one atomically written file, and builds the heartbeat's report.
 */
package org.lingong.platform.client.remote;
