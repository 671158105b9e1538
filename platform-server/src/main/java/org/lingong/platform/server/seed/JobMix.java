package org.lingong.platform.server.seed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where jobs are posted and which categories a county offers on the reference date.
 *
 * <p>盟市 are weighted by rough labour-market size (呼和浩特 about 30%); inside a 盟市, urban districts
 * weigh more. A county offers the in-season categories that fit one of its profiles; categories made
 * for the county's primary profile are three times as likely.
 */
final class JobMix {

    private static final Map<String, Integer> REGION_WEIGHTS = Map.ofEntries(
            Map.entry("1501", 30), Map.entry("1502", 13), Map.entry("1503", 2), Map.entry("1504", 10),
            Map.entry("1505", 7), Map.entry("1506", 10), Map.entry("1507", 7), Map.entry("1508", 6),
            Map.entry("1509", 6), Map.entry("1522", 3), Map.entry("1525", 4), Map.entry("1529", 2));
    private static final int SPECIALISED_BOOST = 3;

    private final WeightedPicker<Division> regions;
    private final Map<String, WeightedPicker<Division>> countiesByRegion = new HashMap<>();
    private final Map<String, WeightedPicker<JobCategory>> categoriesByCounty = new HashMap<>();

    JobMix(Divisions divisions, List<JobCategory> categories, JobCalendar calendar) {
        List<Division> prefectures = divisions.prefectures();
        this.regions = new WeightedPicker<>(prefectures,
                prefectures.stream().mapToInt(p -> REGION_WEIGHTS.get(p.regionCode())).toArray());
        List<JobCategory> offered = categories.stream().filter(calendar::offers).toList();
        for (Division prefecture : prefectures) {
            List<Division> counties = divisions.countiesOf(prefecture.code());
            countiesByRegion.put(prefecture.code(), new WeightedPicker<>(counties,
                    counties.stream().mapToInt(JobMix::countyWeight).toArray()));
            counties.forEach(county -> categoriesByCounty.put(county.code(), categoriesFor(county, offered)));
        }
    }

    private static int countyWeight(Division county) {
        if (county.primaryProfile() == EconomicProfile.URBAN) {
            return 4;
        }
        return county.has(EconomicProfile.URBAN) ? 2 : 1;
    }

    private static WeightedPicker<JobCategory> categoriesFor(Division county, List<JobCategory> offered) {
        List<JobCategory> fitting = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (JobCategory category : offered) {
            if (category.fits(county)) {
                fitting.add(category);
                weights.add(category.weight() * boost(category, county));
            }
        }
        return new WeightedPicker<>(fitting, weights.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int boost(JobCategory category, Division county) {
        boolean everywhere = category.profiles().equals(EnumSet.allOf(EconomicProfile.class));
        return !everywhere && category.profiles().contains(county.primaryProfile()) ? SPECIALISED_BOOST : 1;
    }

    Division pickPrefecture(Randoms random) {
        return regions.pick(random);
    }

    Division pickCounty(Division prefecture, Randoms random) {
        return countiesByRegion.get(prefecture.code()).pick(random);
    }

    JobCategory pickCategory(Division county, Randoms random) {
        return categoriesByCounty.get(county.code()).pick(random);
    }
}
