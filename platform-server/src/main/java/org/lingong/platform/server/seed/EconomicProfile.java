package org.lingong.platform.server.seed;

/** Rough economic character of a county; steers which job categories are generated there. */
public enum EconomicProfile {
    /** 城区: services, logistics, construction, household work. */
    URBAN("城区"),
    /** 农区: crops, harvest and planting work. */
    FARMING("农区"),
    /** 牧区: herding, shearing, lambing, hay making. */
    PASTORAL("牧区"),
    /** 工矿区: coal, rare earth, chemical plants, wind and solar farms. */
    MINING("工矿区");

    private final String label;

    EconomicProfile(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
