package org.lingong.kiosk.search;

import java.time.Instant;
import java.util.Optional;

/**
 * How current the searched data is.
 *
 * @param lastRefresh when the data last matched the platform completely; empty if never
 * @param offline     the data is not known to be current (no refresh yet, or the last one is old)
 */
public record CatalogStatus(Optional<Instant> lastRefresh, boolean offline) {
}
