package org.lingong.platform.server.seed;

import java.util.List;
import java.util.Objects;

/**
 * One GB/T 2260 division.
 *
 * @param code six-digit code, e.g. "150102"
 * @param parentCode the parent's code, "" for the autonomous region itself
 * @param profiles economic profiles, primary first; empty above county level
 * @param seat seat town or a representative street (街道/镇), "" when the table has none
 */
public record Division(String code, String name, String parentCode, DivisionKind kind,
                       List<EconomicProfile> profiles, String seat) {

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentCode, "parentCode");
        Objects.requireNonNull(kind, "kind");
        profiles = List.copyOf(profiles);
        Objects.requireNonNull(seat, "seat");
        if (!code.matches("\\d{6}")) {
            throw new IllegalArgumentException("division code must be six digits: '" + code + "'");
        }
    }

    /** First four digits: the 盟市 part of the code. */
    public String regionCode() {
        return code.substring(0, 4);
    }

    public boolean has(EconomicProfile profile) {
        return profiles.contains(profile);
    }

    /** The primary profile of a county; throws above county level. */
    public EconomicProfile primaryProfile() {
        if (profiles.isEmpty()) {
            throw new IllegalStateException(code + " " + name + " has no economic profile");
        }
        return profiles.get(0);
    }
}
