package org.lingong.platform.server.jobs;

import static org.lingong.platform.server.support.DbTime.instant;
import static org.lingong.platform.server.support.DbTime.param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobDraft;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.PayUnit;
import org.lingong.platform.server.signing.NonceClaim;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Jobs with a change sequence. Every write must run inside a transaction: it first locks the single
 * {@code job_change_lock} row, then takes the next sequence value, so change numbers become visible
 * in increasing order and a cursor never skips a change that commits late.
 */
@Repository
public class JobRepository {

    /** A row of the change feed: a live job, or a tombstone ({@code job} null) for a deleted or moved-away job. */
    public record Change(long seq, long jobId, Instant changedAt, Job job) {

        public boolean deleted() {
            return job == null;
        }
    }

    private static final RowMapper<Job> JOB = (rs, i) -> new Job(rs.getLong("id"), rs.getString("title"),
            rs.getString("category"), rs.getString("employer"), rs.getString("contact_name"),
            rs.getString("contact_phone"), rs.getString("district_code"), rs.getString("district_name"),
            rs.getString("address"), rs.getBigDecimal("pay_amount"), PayUnit.valueOf(rs.getString("pay_unit")),
            rs.getInt("headcount"), rs.getObject("start_date", LocalDate.class),
            rs.getObject("end_date", LocalDate.class), rs.getString("work_hours"),
            rs.getString("requirements"), rs.getBoolean("meals_provided"), rs.getBoolean("lodging_provided"),
            JobStatus.valueOf(rs.getString("status")), instant(rs, "updated_at"),
            rs.getString("title_mn"));

    private static final RowMapper<Change> CHANGE = (rs, i) -> new Change(rs.getLong("change_seq"), rs.getLong("id"),
            instant(rs, "updated_at"), rs.getBoolean("deleted") ? null : JOB.mapRow(rs, i));

    private static final RowMapper<Change> EXIT = (rs, i) -> new Change(rs.getLong("change_seq"), rs.getLong("job_id"),
            instant(rs, "exited_at"), null);

    private static final String LATEST_CHANGE = """
            GREATEST(COALESCE((SELECT MAX(change_seq) FROM job WHERE region_code = ?), 0),
              COALESCE((SELECT MAX(change_seq) FROM job_region_exit WHERE region_code = ?), 0))""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public JobRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Optional<Job> find(long id) {
        return jdbc.sql("SELECT * FROM job WHERE id = ? AND NOT deleted").param(id).query(JOB).optional();
    }

    public long insert(JobDraft draft, Instant now) {
        long seq = nextChangeSeq();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO job (change_seq, title, category, employer, contact_name, contact_phone, region_code,
                  district_code, district_name, address, pay_amount, pay_unit, headcount, start_date, end_date,
                  work_hours, requirements, meals_provided, lodging_provided, status, updated_at, title_mn)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, draft.title(), draft.category(), draft.employer(), draft.contactName(),
                        draft.contactPhone(), region(draft), draft.districtCode(), draft.districtName(), draft.address(),
                        draft.payAmount(), draft.payUnit().name(), draft.headcount(), draft.startDate(),
                        draft.endDate(), draft.workHours(), nullToEmpty(draft.requirements()), draft.mealsProvided(),
                        draft.lodgingProvided(), draft.status().name(), param(now), blankToNull(draft.mongolianTitle()))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /**
     * Inserts many jobs in one JDBC batch (seed data, benchmarks); {@code updatedAt} pairs with {@code drafts}.
     * Must run in a transaction.
     */
    public void insertAll(List<JobDraft> drafts, List<Instant> updatedAt) {
        jdbc.sql("SELECT id FROM job_change_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
        List<Object[]> rows = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            JobDraft d = drafts.get(i);
            rows.add(new Object[] {d.title(), d.category(), d.employer(), d.contactName(), d.contactPhone(),
                    region(d), d.districtCode(), d.districtName(), d.address(), d.payAmount(), d.payUnit().name(), d.headcount(),
                    d.startDate(), d.endDate(), d.workHours(), nullToEmpty(d.requirements()), d.mealsProvided(),
                    d.lodgingProvided(), d.status().name(), param(updatedAt.get(i)), blankToNull(d.mongolianTitle())});
        }
        batch.batchUpdate("INSERT INTO job (change_seq, title, category, employer, contact_name, contact_phone, "
                + "region_code, district_code, district_name, address, pay_amount, pay_unit, headcount, start_date, "
                + "end_date, work_hours, requirements, meals_provided, lodging_provided, status, updated_at, title_mn) "
                + "VALUES (NEXTVAL('job_change_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** @return false if there is no live job with this id */
    public boolean update(long id, JobDraft draft, Instant now) {
        long seq = nextChangeSeq();
        Optional<String> oldRegion = jdbc.sql("SELECT region_code FROM job WHERE id = ? AND NOT deleted")
                .param(id).query(String.class).optional();
        if (oldRegion.isEmpty()) {
            return false;
        }
        if (!oldRegion.get().equals(region(draft))) {
            jdbc.sql("INSERT INTO job_region_exit (region_code, change_seq, job_id, exited_at) VALUES (?, ?, ?, ?)")
                    .params(oldRegion.get(), seq, id, param(now)).update();
        }
        return jdbc.sql("""
                UPDATE job SET change_seq = ?, title = ?, category = ?, employer = ?, contact_name = ?,
                  contact_phone = ?, region_code = ?, district_code = ?, district_name = ?, address = ?, pay_amount = ?, pay_unit = ?,
                  headcount = ?, start_date = ?, end_date = ?, work_hours = ?, requirements = ?, meals_provided = ?,
                  lodging_provided = ?, status = ?, updated_at = ?, title_mn = ?
                WHERE id = ? AND NOT deleted""")
                .params(seq, draft.title(), draft.category(), draft.employer(), draft.contactName(),
                        draft.contactPhone(), region(draft), draft.districtCode(), draft.districtName(), draft.address(),
                        draft.payAmount(), draft.payUnit().name(), draft.headcount(), draft.startDate(),
                        draft.endDate(), draft.workHours(), nullToEmpty(draft.requirements()), draft.mealsProvided(),
                        draft.lodgingProvided(), draft.status().name(), param(now),
                        blankToNull(draft.mongolianTitle()), id)
                .update() == 1;
    }

    /** Marks the job deleted (kept as a tombstone); false if there is no live job with this id. */
    public boolean delete(long id, Instant now) {
        long seq = nextChangeSeq();
        return jdbc.sql("UPDATE job SET change_seq = ?, deleted = TRUE, updated_at = ? WHERE id = ? AND NOT deleted")
                .params(seq, param(now), id).update() == 1;
    }

    /**
     * Changes after {@code since} in the 4-digit region (盟市) {@code regionCode}, in sequence order.
     * Returns up to {@code limit + 1} rows so the caller can tell whether more follow.
     */
    public List<Change> changesSince(long since, String regionCode, int limit) {
        List<Change> changes = new ArrayList<>(jdbc.sql("""
                SELECT * FROM job WHERE region_code = ? AND change_seq > ?
                ORDER BY change_seq LIMIT ?""")
                .params(regionCode, since, limit + 1).query(CHANGE).list());
        changes.addAll(jdbc.sql("""
                SELECT * FROM job_region_exit WHERE region_code = ? AND change_seq > ?
                ORDER BY change_seq LIMIT ?""")
                .params(regionCode, since, limit + 1).query(EXIT).list());
        changes.sort(Comparator.comparingLong(Change::seq));
        return changes.size() > limit + 1 ? changes.subList(0, limit + 1) : changes;
    }

    /** Latest change number for the region, 0 if none. */
    public long latestChange(String regionCode) {
        return jdbc.sql("SELECT " + LATEST_CHANGE).params(regionCode, regionCode).query(Long.class).single();
    }

    /**
     * {@link #latestChange(String)} of a signed request that spends its nonce too: on PostgreSQL in the same statement
     * (one round trip, one commit), elsewhere in two.
     *
     * @throws org.lingong.platform.server.signing.SignatureCheck.SignatureRefusal if the nonce was used before
     */
    long latestChange(String regionCode, NonceClaim nonce) {
        return nonce.spendWithin(jdbc, " SELECT EXISTS (SELECT 1 FROM nonce) AS fresh, " + LATEST_CHANGE + " AS latest",
                List.of(regionCode, regionCode), (rs, i) -> rs.getLong("latest"), () -> latestChange(regionCode));
    }

    /** Ids of live jobs whose end date lies before {@code day}. */
    public List<Long> liveEndedBefore(LocalDate day) {
        return jdbc.sql("SELECT id FROM job WHERE NOT deleted AND end_date < ? ORDER BY id").param(day)
                .query(Long.class).list();
    }

    public List<Job> page(String regionCode, int offset, int limit) {
        return jdbc.sql("SELECT * FROM job WHERE NOT deleted AND region_code = ? ORDER BY id LIMIT ? OFFSET ?")
                .params(regionCode, limit, offset).query(JOB).list();
    }

    private long nextChangeSeq() {
        jdbc.sql("SELECT id FROM job_change_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
        return jdbc.sql("SELECT NEXTVAL('job_change_seq')").query(Long.class).single();
    }

    /** The sync scope of a job: the 盟市 part of its district code. */
    static String region(JobDraft draft) {
        return draft.districtCode().substring(0, 4);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
