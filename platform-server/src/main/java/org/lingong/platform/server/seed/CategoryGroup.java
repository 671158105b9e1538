package org.lingong.platform.server.seed;

/** Broad family of a job category; decides employer naming and some requirements. */
public enum CategoryGroup {
    CONSTRUCTION("建筑装修"),
    HOUSEHOLD("家政护理"),
    SERVICE("生活服务"),
    LOGISTICS("物流运输"),
    FARMING("农业季节工"),
    PASTORAL("牧区用工"),
    WINTER("冬季用工"),
    MINING("工矿能源"),
    ECOMMERCE("电商直播");

    private final String label;

    CategoryGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
