package org.lingong.platform.server.seed;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The gig category table loaded from {@code job-categories.tsv}. Immutable and thread-safe. */
public final class JobCategories {

    static final String RESOURCE = "job-categories.tsv";

    private static final class Holder {
        static final JobCategories INSTANCE = load(RESOURCE);
    }

    private final Map<String, JobCategory> byCode;
    private final List<JobCategory> all;

    private JobCategories(Map<String, JobCategory> byCode) {
        this.byCode = byCode;
        this.all = List.copyOf(byCode.values());
    }

    public static JobCategories standard() {
        return Holder.INSTANCE;
    }

    static JobCategories load(String resource) {
        Map<String, JobCategory> byCode = new LinkedHashMap<>();
        for (TsvResource.Row row : TsvResource.read(resource, 15)) {
            JobCategory category = parse(row);
            if (byCode.putIfAbsent(category.code(), category) != null) {
                throw row.error("duplicate category code " + category.code());
            }
        }
        return new JobCategories(Collections.unmodifiableMap(byCode));
    }

    private static JobCategory parse(TsvResource.Row row) {
        try {
            return new JobCategory(row.cell(0), row.cell(1), CategoryGroup.valueOf(row.cell(2)),
                    PayUnit.ofLabel(row.cell(3)), new BigDecimal(row.cell(4)), new BigDecimal(row.cell(5)),
                    Season.parse(row.cell(6)), profiles(row.cell(7)), IntRange.parse(row.cell(8)),
                    IntRange.parse(row.cell(9)), row.cell(10), percent(row.cell(11)), percent(row.cell(12)),
                    Integer.parseInt(row.cell(13)), List.of(row.cell(14).split("\\|")));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static Set<EconomicProfile> profiles(String cell) {
        if (cell.equals("*")) {
            return EnumSet.allOf(EconomicProfile.class);
        }
        EnumSet<EconomicProfile> result = EnumSet.noneOf(EconomicProfile.class);
        Arrays.stream(cell.split(",")).map(String::strip).map(EconomicProfile::valueOf).forEach(result::add);
        return result;
    }

    private static int percent(String cell) {
        int value = Integer.parseInt(cell);
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("percentage " + value + " is not 0-100");
        }
        return value;
    }

    /** All categories in table order. */
    public List<JobCategory> all() {
        return all;
    }

    public Optional<JobCategory> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The category with this code; throws {@link IllegalArgumentException} naming the code if unknown. */
    public JobCategory get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown job category '" + code + "'"));
    }
}
