package org.lingong.platform.server.accounts;

/**
 * Who is signed in, as pages and services need it. Exactly one of {@code regionCode} (operators),
 * {@code stationCode} (station staff) and {@code employerId} (employers) is set.
 */
public record SignedIn(String username, String displayName, Role role, String regionCode, String stationCode,
                       Long employerId) {

    public boolean isOperator() {
        return role == Role.OPERATOR;
    }

    /** For an operator: whether the district/station/region {@code code} lies in their region; false for others. */
    public boolean covers(String code) {
        return isOperator() && RegionCodes.covers(regionCode, code);
    }

    /** The prefix of every GB/T 2260 code this operator may see ({@code 15}, {@code 1502}, {@code 150203}). */
    public String regionPrefix() {
        if (!isOperator()) {
            throw new IllegalStateException(username + " is not an operator");
        }
        return RegionCodes.prefix(regionCode);
    }
}
