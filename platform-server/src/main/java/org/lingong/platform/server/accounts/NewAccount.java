package org.lingong.platform.server.accounts;

/** An account to create; {@code password} in clear (hashed by {@link AccountService}). */
public record NewAccount(String username, String password, Role role, String displayName, String regionCode,
                         String stationCode, Long employerId) {

    String auditRegion() {
        return regionCode;
    }

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + role + "]";
    }
}
