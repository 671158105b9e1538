package org.lingong.platform.server.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The division table of the Inner Mongolia Autonomous Region (内蒙古自治区, 150000): 12 盟市 and
 * their 103 county-level divisions, loaded from {@code divisions-inner-mongolia.tsv}.
 *
 * <p>Immutable and thread-safe; {@link #innerMongolia()} returns a shared instance.
 */
public final class Divisions {

    static final String RESOURCE = "divisions-inner-mongolia.tsv";

    private static final class Holder {
        static final Divisions INSTANCE = load(RESOURCE);
    }

    private final Map<String, Division> byCode;
    private final Division region;
    private final List<Division> prefectures;
    private final List<Division> counties;

    private Divisions(Map<String, Division> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.region = byCode.values().stream()
                .filter(d -> d.kind() == DivisionKind.AUTONOMOUS_REGION)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("division table has no 自治区 row"));
        this.prefectures = byCode.values().stream().filter(d -> d.kind().isPrefectureLevel()).toList();
        this.counties = byCode.values().stream().filter(d -> d.kind().isCountyLevel()).toList();
    }

    public static Divisions innerMongolia() {
        return Holder.INSTANCE;
    }

    static Divisions load(String resource) {
        Map<String, Division> byCode = new LinkedHashMap<>();
        for (TsvResource.Row row : TsvResource.read(resource, 6)) {
            Division division = parse(row);
            if (byCode.putIfAbsent(division.code(), division) != null) {
                throw row.error("duplicate division code " + division.code());
            }
        }
        return new Divisions(byCode);
    }

    private static Division parse(TsvResource.Row row) {
        try {
            return new Division(row.cell(0), row.cell(1), row.cell(2), DivisionKind.ofLabel(row.cell(3)),
                    profiles(row.cell(4)), row.cell(5));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static List<EconomicProfile> profiles(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::strip).map(EconomicProfile::valueOf).toList();
    }

    /** 内蒙古自治区 itself. */
    public Division region() {
        return region;
    }

    /** The 12 盟市 in code order. */
    public List<Division> prefectures() {
        return prefectures;
    }

    /** All county-level divisions (旗, 县, 市辖区, 县级市) in code order. */
    public List<Division> counties() {
        return counties;
    }

    public List<Division> countiesOf(String prefectureCode) {
        List<Division> result = new ArrayList<>();
        for (Division county : counties) {
            if (county.parentCode().equals(prefectureCode)) {
                result.add(county);
            }
        }
        return List.copyOf(result);
    }

    public Optional<Division> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The division with this code; throws {@link IllegalArgumentException} naming the code if unknown. */
    public Division get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown division code '" + code + "'"));
    }

    public boolean isCounty(String code) {
        return find(code).map(d -> d.kind().isCountyLevel()).orElse(false);
    }

    /** The 盟市 a county belongs to. */
    public Division prefectureOf(Division county) {
        return get(county.parentCode());
    }
}
