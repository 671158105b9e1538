/** Terminal heartbeats and their answers. */
package org.lingong.platform.api.heartbeat;
