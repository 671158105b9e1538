package org.lingong.platform.server.employers;

import static org.lingong.platform.server.support.DbTime.instant;
import static org.lingong.platform.server.support.DbTime.param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lingong.platform.api.jobs.PayUnit;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Employers and their postings. */
@Repository
class EmployerRepository {

    private static final RowMapper<Employer> EMPLOYER = (rs, i) -> new Employer(rs.getLong("id"),
            rs.getString("company_name"), rs.getString("credit_code"), rs.getString("contact_name"), rs.getString("phone"));

    private static final RowMapper<Posting> POSTING = (rs, i) -> new Posting(rs.getLong("id"), rs.getLong("employer_id"),
            rs.getString("company_name"), PostingState.valueOf(rs.getString("state")), rs.getString("reject_reason"),
            rs.getObject("job_id") == null ? null : rs.getLong("job_id"),
            new PostingDraft(rs.getString("title"), rs.getString("category"), rs.getString("district_code"),
                    rs.getString("district_name"), rs.getString("address"), rs.getBigDecimal("pay_amount"),
                    PayUnit.valueOf(rs.getString("pay_unit")), rs.getInt("headcount"),
                    rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                    rs.getString("work_hours"), rs.getString("requirements"), rs.getBoolean("meals_provided"),
                    rs.getBoolean("lodging_provided"), rs.getString("title_mn")),
            instant(rs, "updated_at"), rs.getString("reviewed_by"), instant(rs, "reviewed_at"));

    private static final String POSTINGS = "SELECT p.*, e.company_name FROM job_posting p JOIN employer e ON e.id = p.employer_id ";

    private final JdbcClient jdbc;

    EmployerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertEmployer(String companyName, String creditCode, String contactName, String phone, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO employer (company_name, credit_code, contact_name, phone, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(companyName, creditCode, contactName, phone, param(now)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    boolean creditCodeTaken(String creditCode) {
        return jdbc.sql("SELECT COUNT(*) FROM employer WHERE credit_code = ?").param(creditCode)
                .query(Long.class).single() > 0;
    }

    Optional<Employer> employer(long id) {
        return jdbc.sql("SELECT * FROM employer WHERE id = ?").param(id).query(EMPLOYER).optional();
    }

    long insertPosting(long employerId, PostingDraft d, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO job_posting (employer_id, state, title, category, region_code, district_code, district_name,
                  address, pay_amount, pay_unit, headcount, start_date, end_date, work_hours, requirements, meals_provided,
                  lodging_provided, created_at, updated_at, title_mn)
                VALUES (?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(employerId, d.title(), d.category(), d.regionCode(), d.districtCode(), d.districtName(), d.address(),
                        d.payAmount(), d.payUnit().name(), d.headcount(), d.startDate(), d.endDate(), d.workHours(),
                        d.requirements(), d.meals(), d.lodging(), param(now), param(now), d.mongolianTitle())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Replaces the text and sends the posting back to review (job_id cleared: the caller took the job down). */
    void updatePosting(long id, PostingDraft d, Instant now) {
        jdbc.sql("""
                UPDATE job_posting SET state = 'PENDING', reject_reason = NULL, job_id = NULL, title = ?, category = ?,
                  region_code = ?, district_code = ?, district_name = ?, address = ?, pay_amount = ?, pay_unit = ?,
                  headcount = ?, start_date = ?, end_date = ?, work_hours = ?, requirements = ?, meals_provided = ?,
                  lodging_provided = ?, updated_at = ?, title_mn = ?, reviewed_by = NULL, reviewed_at = NULL WHERE id = ?""")
                .params(d.title(), d.category(), d.regionCode(), d.districtCode(), d.districtName(), d.address(),
                        d.payAmount(), d.payUnit().name(), d.headcount(), d.startDate(), d.endDate(), d.workHours(),
                        d.requirements(), d.meals(), d.lodging(), param(now), d.mongolianTitle(), id)
                .update();
    }

    void review(long id, PostingState state, String reason, Long jobId, String reviewer, Instant now) {
        jdbc.sql("UPDATE job_posting SET state = ?, reject_reason = ?, job_id = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?")
                .params(state.name(), reason, jobId, reviewer, param(now), id).update();
    }

    Optional<Posting> posting(long id) {
        return jdbc.sql(POSTINGS + "WHERE p.id = ?").param(id).query(POSTING).optional();
    }

    List<Posting> ofEmployer(long employerId) {
        return jdbc.sql(POSTINGS + "WHERE p.employer_id = ? ORDER BY p.id DESC").param(employerId).query(POSTING).list();
    }

    /** Postings in districts under the prefix: pending first (oldest first), then the latest decided ones. */
    List<Posting> under(String districtPrefix, int limit) {
        return jdbc.sql(POSTINGS + """
                WHERE p.district_code LIKE ?
                ORDER BY CASE WHEN p.state = 'PENDING' THEN 0 ELSE 1 END, CASE WHEN p.state = 'PENDING' THEN p.id ELSE -p.id END
                LIMIT ?""").params(districtPrefix + "%", limit).query(POSTING).list();
    }
}
