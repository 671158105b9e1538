package org.lingong.platform.server.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.platform.server.accounts.SignedIn;
import java.util.Set;
import java.util.stream.Collectors;
import org.lingong.platform.api.stats.DailyStationStats;
import org.lingong.platform.server.seed.Division;
import org.lingong.platform.server.seed.Divisions;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.stations.StationRepository;
import org.lingong.platform.server.stats.StatsService;
import org.lingong.platform.server.support.DbTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers {@link Figures} for a 盟市 or a station from the platform's statistics (days in Asia/Shanghai). */
@Service
public class FiguresService {

    /** The earliest month anyone may ask for; the platform has no figures before it. */
    static final YearMonth FIRST_MONTH = YearMonth.of(2020, 1);

    private final StatsService stats;
    private final StationRepository stations;
    private final Divisions divisions = Divisions.innerMongolia();
    private final Clock clock;

    FiguresService(StatsService stats, StationRepository stations, Clock clock) {
        this.stats = stats;
        this.stations = stations;
        this.clock = clock;
    }

    public YearMonth thisMonth() {
        return YearMonth.from(DbTime.statDay(clock.instant()));
    }

    /** The 盟市 of Inner Mongolia, code → name. */
    public Map<String, String> regions() {
        Map<String, String> regions = new LinkedHashMap<>();
        for (Division prefecture : divisions.prefectures()) {
            regions.put(prefecture.regionCode(), prefecture.name());
        }
        return regions;
    }

    public List<Station> stationsOf(String regionCode) {
        return stations.all().stream().filter(s -> s.regionCode().equals(regionCode)).toList();
    }

    /** The scope named by a region code or a station code; empty when neither is known. */
    public Optional<Figures.Scope> scope(String region, String station) {
        if (station != null && !station.isBlank()) {
            return station.length() > 32 ? Optional.empty()
                    : stations.find(station).map(s -> new Figures.Scope("station", s.code(), s.name()));
        }
        String code = region == null || region.isBlank() ? "1501" : region;
        return Optional.ofNullable(regions().get(code)).map(name -> new Figures.Scope("region", code, name));
    }

    /**
     * Whether {@code who} may read the figures of {@code scope}: station staff their own station's, an operator those
     * of a 盟市 or station their region covers; employers none.
     */
    public boolean mayRead(Figures.Scope scope, SignedIn who) {
        if (who.stationCode() != null) {
            return scope.kind().equals("station") && scope.code().equals(who.stationCode());
        }
        if (scope.kind().equals("region")) {
            return who.covers(scope.code());
        }
        return stations.find(scope.code()).map(station -> who.covers(station.districtCode())).orElse(false);
    }

    /** What {@code who} sees first: their station, their 盟市, or the first station of their 旗县; empty if none. */
    public Optional<Figures.Scope> home(SignedIn who) {
        if (who.stationCode() != null) {
            return scope(null, who.stationCode());
        }
        Optional<Figures.Scope> region = regions().keySet().stream().map(code -> scope(code, null)).flatMap(Optional::stream)
                .filter(scope -> mayRead(scope, who)).findFirst();
        if (region.isPresent()) {
            return region;
        }
        return stations.all().stream().filter(station -> who.covers(station.districtCode())).findFirst()
                .flatMap(station -> scope(null, station.code()));
    }

    /** The 盟市 whose names {@code who} may see in the dashboard's choice. */
    public Map<String, String> regionsFor(SignedIn who) {
        Map<String, String> visible = new LinkedHashMap<>();
        if (!who.isOperator() && who.stationCode() == null) {
            return visible;
        }
        // an operator's region or, below a 盟市, the 盟市 around it; station staff their station's 盟市
        String own = who.isOperator() ? who.regionPrefix() : regionOfStation(who.stationCode());
        String prefecture = own.substring(0, Math.min(4, own.length()));
        regions().forEach((code, name) -> {
            if (code.startsWith(prefecture)) {
                visible.put(code, name);
            }
        });
        return visible;
    }

    /** The 盟市 a station belongs to ("1501" when the station is unknown). */
    public String regionOfStation(String stationCode) {
        return stations.find(stationCode).map(Station::regionCode).orElse("1501");
    }

    /** Whether {@code month} is one the platform can have figures for (not before 2020, not after this month). */
    public boolean plausible(YearMonth month) {
        return !month.isBefore(FIRST_MONTH) && !month.isAfter(thisMonth());
    }

    @Transactional(readOnly = true)
    public Figures figures(Figures.Scope scope, YearMonth month) {
        YearMonth firstMonth = month.minusMonths(11);
        List<DailyStationStats> rows = rows(scope, firstMonth.atDay(1), month.atEndOfMonth());
        Map<String, String> stationNames = stationNames(scope);
        List<FigureRow> days = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate day = month.atDay(d);
            days.add(sum(String.valueOf(day), rows.stream().filter(r -> r.day().equals(day)).toList()));
        }
        List<FigureRow> months = new ArrayList<>();
        for (YearMonth m = firstMonth; !m.isAfter(month); m = m.plusMonths(1)) {
            YearMonth current = m;
            months.add(sum(m.toString(), rows.stream().filter(r -> YearMonth.from(r.day()).equals(current)).toList()));
        }
        List<DailyStationStats> inMonth = rows.stream().filter(r -> YearMonth.from(r.day()).equals(month)).toList();
        List<FigureRow> perStation = stationNames.entrySet().stream()
                .map(e -> sum(e.getValue() + "（" + e.getKey() + "）",
                        inMonth.stream().filter(r -> r.stationCode().equals(e.getKey())).toList()))
                .toList();
        return new Figures(scope, month, days, months, perStation, sum("合计", inMonth));
    }

    private List<DailyStationStats> rows(Figures.Scope scope, LocalDate from, LocalDate to) {
        if (scope.kind().equals("station")) {
            return stats.daily(from, to, scope.code()).days();
        }
        Set<String> codes = stationNames(scope).keySet();
        return stats.daily(from, to, null).days().stream().filter(r -> codes.contains(r.stationCode())).toList();
    }

    private Map<String, String> stationNames(Figures.Scope scope) {
        List<Station> inScope = scope.kind().equals("station")
                ? stations.find(scope.code()).stream().toList() : stationsOf(scope.code());
        return inScope.stream().collect(Collectors.toMap(Station::code, Station::name, (a, b) -> a, LinkedHashMap::new));
    }

    private static FigureRow sum(String label, List<DailyStationStats> rows) {
        long[] values = new long[Figure.values().length];
        for (DailyStationStats row : rows) {
            for (Figure figure : Figure.values()) {
                values[figure.ordinal()] += figure.of(row);
            }
        }
        return new FigureRow(label, values);
    }
}
