package org.lingong.platform.server.seed;

import java.util.ArrayList;
import java.util.List;

/** Stations: the fixed demo station plus two to five per 盟市 in distinct counties. */
final class StationFactory {

    static final String DEMO_STATION_CODE = "ST-150102-001";
    private static final String CAPITAL = "150100";
    private static final String[] OPENING_HOURS = {
        "周一至周日 07:00-17:00", "周一至周五 08:30-12:00，14:30-18:00", "每日 06:00-12:00（早市零工对接）",
        "周一至周六 08:00-18:00", "周一至周五 09:00-17:00（夏季 08:30-18:00）"};

    private StationFactory() {
    }

    static SeedStation demoStation() {
        return new SeedStation(DEMO_STATION_CODE, "新城区海拉尔东路街道零工驿站", "150102", "1501",
                "呼和浩特市新城区海拉尔东路街道便民服务中心一楼", "0471-0001001", "周一至周日 07:30-18:00");
    }

    static List<SeedStation> stations(Divisions divisions, Randoms random) {
        List<SeedStation> stations = new ArrayList<>();
        stations.add(demoStation());
        for (Division prefecture : divisions.prefectures()) {
            boolean capital = prefecture.code().equals(CAPITAL);
            List<Division> candidates = new ArrayList<>(divisions.countiesOf(prefecture.code()));
            if (capital) {
                candidates.removeIf(county -> county.code().equals("150102"));
            }
            int count = Math.min(candidates.size(), capital ? 5 : random.between(2, 3));
            for (int i = 0; i < count; i++) {
                Division county = i == 0 ? candidates.remove(0) : candidates.remove(random.below(candidates.size()));
                stations.add(station(prefecture, county, random));
            }
        }
        return List.copyOf(stations);
    }

    private static SeedStation station(Division prefecture, Division county, Randoms random) {
        return new SeedStation("ST-" + county.code() + "-001", name(county, random), county.code(),
                county.regionCode(), prefecture.name() + PlaceNames.street(county, random),
                FictionalContacts.landline(county.regionCode(), random), random.pick(OPENING_HOURS));
    }

    private static String name(Division county, Randoms random) {
        String place = county.name() + county.seat();
        if (county.primaryProfile() == EconomicProfile.URBAN) {
            return switch (random.below(3)) {
                case 0 -> place + "零工驿站";
                case 1 -> county.name() + "人力资源市场零工服务专区";
                default -> place + "家门口就业服务站";
            };
        }
        return switch (random.below(3)) {
            case 0 -> place + "零工市场";
            case 1 -> county.name() + "零工驿站";
            default -> place + "家门口就业服务站";
        };
    }
}
