package org.lingong.platform.server.seed;

import java.math.BigDecimal;
import java.util.Arrays;

/** Unit a gig's pay is quoted in, with the rounding step used when generating amounts (yuan). */
public enum PayUnit {
    PER_DAY("元/天", "10"),
    PER_HOUR("元/小时", "1"),
    PER_PIECE("元/件", "0.5"),
    PER_MONTH("元/月", "100"),
    PER_MU("元/亩", "5"),
    PER_HEAD("元/只", "0.5");

    private final String label;
    private final BigDecimal step;

    PayUnit(String label, String step) {
        this.label = label;
        this.step = new BigDecimal(step);
    }

    /** Chinese label as shown to job seekers, e.g. "元/天". */
    public String label() {
        return label;
    }

    /** Generated amounts are multiples of this step, in yuan. */
    public BigDecimal step() {
        return step;
    }

    public static PayUnit ofLabel(String label) {
        return Arrays.stream(values())
                .filter(unit -> unit.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown pay unit '" + label + "'"));
    }
}
