package org.lingong.platform.server.seed;

import java.util.Set;

/**
 * One entry of the 基层公共就业服务事项清单.
 *
 * @param proxyAllowed whether station staff may handle it on the applicant's behalf (可代办)
 */
public record SeedServiceItem(String code, String name, String description, Set<ServiceChannel> channels,
                              boolean proxyAllowed) {

    public SeedServiceItem {
        channels = Set.copyOf(channels);
    }
}
