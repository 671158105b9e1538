package org.lingong.kiosk.search;

import java.util.Objects;

/**
 * A place to filter by: a 旗县区 (6-digit GB/T 2260 code, name from the jobs' districtName) or the station's
 * whole 盟市 (4-digit code prefix, no name of its own; the screen says "本盟市全部").
 */
public record District(String code, String name) {

    public District {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("\\d{4}|\\d{6}")) {
            throw new IllegalArgumentException("district code must be 4 (city or league) or 6 (county) digits, was '" + code + "'");
        }
    }

    public static District wholeCity(String cityPrefix) {
        return new District(cityPrefix, "");
    }

    /** The station's 盟市 from its division code ({@code 150102} → {@code 1501}). */
    public static District wholeCityOf(String divisionCode) {
        if (!divisionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("division code must be 6 digits, was '" + divisionCode + "'");
        }
        return wholeCity(divisionCode.substring(0, 4));
    }

    public boolean isWholeCity() {
        return code.length() == 4;
    }
}
