package org.lingong.platform.server.seed;

import java.time.Instant;

/**
 * A 直播带岗 live-stream recruiting session hosted by a station.
 *
 * @param platformName streaming platform name only, e.g. "抖音"
 */
public record SeedLiveSession(String code, String title, String hostStationCode, String hostStationName,
                              String platformName, Instant startsAt, int durationMinutes, int jobCount) {
}
