package org.lingong.platform.api.content;

/** Body of the operator's request that sets a region's {@link ContactPolicy}. */
public record ContactPolicySetting(ContactPolicy contactPolicy) {
}
