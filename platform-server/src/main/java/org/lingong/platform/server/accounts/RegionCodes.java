package org.lingong.platform.server.accounts;

/**
 * GB/T 2260 region codes as scopes: {@code 150000} (内蒙古) covers every code starting {@code 15}, {@code 150200}
 * (包头市) every code starting {@code 1502}, {@code 150203} (昆都仑区) only itself. Shorter prefixes ({@code 15},
 * {@code 1502}) are accepted as they are.
 */
public final class RegionCodes {

    private RegionCodes() {
    }

    /** Whether {@code code} is 2, 4 or 6 digits. */
    public static boolean isWellFormed(String code) {
        return code != null && code.matches("\\d{2}|\\d{4}|\\d{6}");
    }

    /** The prefix every code under {@code region} starts with. */
    public static String prefix(String region) {
        if (!isWellFormed(region)) {
            throw new IllegalArgumentException("not a GB/T 2260 region code: " + region);
        }
        if (region.length() == 6 && region.endsWith("0000")) {
            return region.substring(0, 2);
        }
        if (region.length() == 6 && region.endsWith("00")) {
            return region.substring(0, 4);
        }
        return region;
    }

    /** Whether the district (or region) {@code code} lies in {@code region}. */
    public static boolean covers(String region, String code) {
        return code != null && code.startsWith(prefix(region));
    }
}
