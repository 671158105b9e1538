package org.lingong.platform.server.slipcheck;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Whose slip this is: the issuing terminal's station and district, and the employer who posted the job (if any). */
@Repository
class SlipScopeRepository {

    /** The station a terminal belongs to and that station's 旗县/区 code. */
    record StationOfTerminal(String stationCode, String districtCode) {
    }

    private final JdbcClient jdbc;

    SlipScopeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StationOfTerminal> stationOf(String terminalId) {
        return jdbc.sql("SELECT s.code, s.district_code FROM terminal t JOIN station s ON s.code = t.station_code"
                        + " WHERE t.id = :id")
                .param("id", terminalId)
                .query((rs, i) -> new StationOfTerminal(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** True if the employer posted the job through the console (an approved posting became this job). */
    boolean postedBy(long jobId, long employerId) {
        return jdbc.sql("SELECT COUNT(*) FROM job_posting WHERE job_id = :job AND employer_id = :employer")
                .param("job", jobId).param("employer", employerId)
                .query(Long.class).single() > 0;
    }
}
