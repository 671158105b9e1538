package org.lingong.kiosk.search;

import java.math.BigDecimal;
import java.util.Optional;

/** The pay filter tiles: at least this many yuan per day (the catalog compares pay per day). */
public enum PayFilter {
    ANY(0, "search.pay.any"),
    AT_LEAST_150(150, "search.pay.150"),
    AT_LEAST_200(200, "search.pay.200"),
    AT_LEAST_300(300, "search.pay.300");

    private final int yuanPerDay;
    private final String labelKey;

    PayFilter(int yuanPerDay, String labelKey) {
        this.yuanPerDay = yuanPerDay;
        this.labelKey = labelKey;
    }

    /** The minimum pay per day in yuan, empty for {@link #ANY}. */
    public Optional<BigDecimal> minimumPerDay() {
        return yuanPerDay == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(yuanPerDay));
    }

    public String labelKey() {
        return labelKey;
    }
}
