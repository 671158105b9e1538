package org.lingong.platform.server.seed;

import java.util.Arrays;

/** Administrative level and type of a division, with the Chinese label used in the resource table. */
public enum DivisionKind {
    AUTONOMOUS_REGION("自治区", 1),
    PREFECTURE_CITY("地级市", 2),
    LEAGUE("盟", 2),
    DISTRICT("市辖区", 3),
    COUNTY("县", 3),
    BANNER("旗", 3),
    AUTONOMOUS_BANNER("自治旗", 3),
    COUNTY_CITY("县级市", 3);

    private final String label;
    private final int level;

    DivisionKind(String label, int level) {
        this.label = label;
        this.level = level;
    }

    public String label() {
        return label;
    }

    /** True for 地级市 and 盟. */
    public boolean isPrefectureLevel() {
        return level == 2;
    }

    /** True for 市辖区, 县, 旗, 自治旗 and 县级市. */
    public boolean isCountyLevel() {
        return level == 3;
    }

    static DivisionKind ofLabel(String label) {
        return Arrays.stream(values())
                .filter(kind -> kind.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown division kind '" + label + "'"));
    }
}
