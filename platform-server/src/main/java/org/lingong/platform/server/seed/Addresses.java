package org.lingong.platform.server.seed;

/** Work-site addresses that fit the county and the kind of work. */
final class Addresses {

    private Addresses() {
    }

    static String forJob(Division county, JobCategory category, Randoms random) {
        return switch (category.group()) {
            case FARMING -> farm(county, random);
            case PASTORAL -> pasture(county, random);
            case MINING -> industrialSite(county, random);
            default -> PlaceNames.street(county, random);
        };
    }

    private static String farm(Division county, Randoms random) {
        return county.name() + county.seat() + PlaceNames.village(random) + random.between(1, 9) + "组";
    }

    private static String pasture(Division county, Randoms random) {
        return county.name() + PlaceNames.sumu(random) + PlaceNames.gacha(random);
    }

    private static String industrialSite(Division county, Randoms random) {
        return switch (random.below(3)) {
            case 0 -> county.name() + PlaceNames.brand(random) + "工业园区";
            case 1 -> county.name() + county.seat() + PlaceNames.brand(random) + "矿区";
            default -> county.name() + PlaceNames.brand(random) + "新能源场站";
        };
    }
}
