package org.lingong.platform.server.seed;

/**
 * Fictional employer names shaped like real ones (某某建筑劳务有限公司, 某某牧业合作社…). A made-up name
 * can still coincide with a real business; the names are only meant for demo and test data.
 */
final class EmployerNames {

    private EmployerNames() {
    }

    static String forJob(JobCategory category, Division county, Division prefecture, Randoms random) {
        String city = PlaceNames.shortName(prefecture);
        String brand = PlaceNames.brand(random);
        return switch (category.code()) {
            case "G205" -> city + brand + "物业服务有限公司";
            case "G301", "G302" -> brand + "餐饮管理有限公司";
            case "G303" -> city + brand + "保安服务有限公司";
            case "G304" -> county.name() + brand + "购物广场";
            case "G305" -> city + brand + "园林绿化工程有限公司";
            case "G306" -> county.name() + brand + "环境卫生服务有限公司";
            case "G403" -> county.name() + brand + "同城配送站";
            case "G701" -> county.name() + brand + "市政服务有限公司";
            case "G702" -> county.name() + brand + "热力有限公司";
            case "G802" -> brand + "新能源运维有限公司";
            case "G803" -> city + brand + (random.percent(50) ? "稀土材料有限公司" : "化工有限公司");
            default -> byGroup(category.group(), city, county, brand, random);
        };
    }

    private static String byGroup(CategoryGroup group, String city, Division county, String brand, Randoms random) {
        return switch (group) {
            case CONSTRUCTION -> city + brand + (random.percent(60) ? "建筑劳务有限公司" : "建设工程有限公司");
            case HOUSEHOLD -> city + brand + (random.percent(60) ? "家政服务中心" : "养老服务有限公司");
            case LOGISTICS -> city + brand + "物流有限公司";
            case FARMING -> random.percent(60)
                    ? county.name() + brand + "种植专业合作社"
                    : county.name() + FictionalContacts.surname(random) + "氏家庭农场";
            case PASTORAL -> random.percent(50)
                    ? county.name() + PlaceNames.gacha(random) + "牧民专业合作社"
                    : county.name() + FictionalContacts.mongolianName(random) + "家庭牧场";
            case MINING -> county.name() + brand + "矿业有限公司";
            case ECOMMERCE -> city + brand + "电子商务有限公司";
            case SERVICE, WINTER -> county.name() + brand + "服务有限公司";
        };
    }
}
