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

    /** Stations whose district code starts with the prefix. */
    public List<Station> under(String districtPrefix) {
        return jdbc.sql("SELECT * FROM station WHERE district_code LIKE ? ORDER BY district_code, code")
                .param(districtPrefix + "%").query(ROW).list();
    }

    /** Terminals, accounts and slips that still name the station (it cannot be deleted while any exist). */
    public long references(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM terminal WHERE station_code = ?").param(code).query(Long.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM account WHERE station_code = ?").param(code).query(Long.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM referral WHERE station_code = ?").param(code).query(Long.class).single();
    }

    /** Deletes a station nothing refers to, with its enrollment codes. */
    public void delete(String code) {
        jdbc.sql("DELETE FROM enrollment_code WHERE station_code = ?").param(code).update();
        jdbc.sql("DELETE FROM station WHERE code = ?").param(code).update();
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
