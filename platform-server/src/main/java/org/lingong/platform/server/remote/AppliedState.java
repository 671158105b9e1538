package org.lingong.platform.server.remote;

/**
 * What a terminal last reported of remote control, for the console.
 *
 * @param appliedVersion the configuration version it applied (null: never reported)
 * @param refusal        the last orders it refused, in words, or null
 */
public record AppliedState(Long appliedVersion, String refusal) {
}
