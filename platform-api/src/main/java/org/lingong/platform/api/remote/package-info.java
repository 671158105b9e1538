/**
 * Remote configuration and commands: what the platform hands a terminal through the heartbeat answer, signed with the
 * platform's Ed25519 key the terminal pinned at enrollment, and what the terminal reports back in its next heartbeat.
 * The protocol is described in {@code docs/remote-configuration.md}.
 */
package org.lingong.platform.api.remote;
