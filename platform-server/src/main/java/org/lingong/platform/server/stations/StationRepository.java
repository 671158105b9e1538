package org.lingong.platform.server.stations;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StationRepository {

    private static final RowMapper<Station> ROW = (rs, i) -> new Station(rs.getString("code"), rs.getString("name"),
            rs.getString("region_code"), rs.getString("district_code"), rs.getString("address"));

    private final JdbcClient jdbc;

    public StationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Station> find(String code) {
        return jdbc.sql("SELECT * FROM station WHERE code = ?").param(code).query(ROW).optional();
    }

    public List<Station> all() {
        return jdbc.sql("SELECT * FROM station ORDER BY code").query(ROW).list();
    }

    /** Inserts or replaces a station. */
    public void save(Station station) {
        int updated = jdbc.sql("UPDATE station SET name = ?, region_code = ?, district_code = ?, address = ? WHERE code = ?")
                .params(station.name(), station.regionCode(), station.districtCode(), station.address(), station.code())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO station (code, name, region_code, district_code, address) VALUES (?, ?, ?, ?, ?)")
                    .params(station.code(), station.name(), station.regionCode(), station.districtCode(), station.address())
                    .update();
        }
    }
}
