package org.lingong.platform.client.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobSyncPage;
import org.lingong.platform.api.jobs.JobTombstone;
import org.lingong.platform.client.storage.SqliteFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog on disk ({@code catalog.db}): each job as its JSON with its precomputed pinyin initials,
 * plus the sync cursor and the time of the last complete refresh. One transaction per applied page, so
 * jobs and cursor always agree. Synchronized; used by the sync and by start-up loading.
 */
final class CatalogStore implements AutoCloseable {

    static final SqliteFile.Format FORMAT = new SqliteFile.Format("Lingong job catalog", SqliteFile.applicationId("LGCK"), 1, List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE job (id INTEGER PRIMARY KEY, json TEXT NOT NULL, initials TEXT NOT NULL)"));
    static final String CURSOR = "cursor";
    static final String LAST_REFRESH = "last-refresh";
    private static final String SEPARATOR = "|";

    private final Connection connection;
    private final JsonMapper json;

    CatalogStore(Path file, JsonMapper json) {
        this.connection = SqliteFile.open(file, FORMAT);
        this.json = json;
    }

    synchronized List<IndexedJob> loadAll() throws SQLException {
        List<IndexedJob> jobs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT json, initials FROM job");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Job job = json.readValue(rs.getString(1), Job.class);
                jobs.add(IndexedJob.of(job, Arrays.asList(rs.getString(2).split("\\" + SEPARATOR, -1))));
            }
        }
        return jobs;
    }

    /** Stores a page's jobs and tombstones and its cursor, all or nothing. */
    synchronized void apply(JobSyncPage page, List<IndexedJob> indexed) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement upsert = connection.prepareStatement("INSERT OR REPLACE INTO job (id, json, initials) VALUES (?, ?, ?)");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM job WHERE id = ?")) {
            for (IndexedJob job : indexed) {
                upsert.setLong(1, job.job().id());
                upsert.setString(2, json.writeValueAsString(job.job()));
                upsert.setString(3, String.join(SEPARATOR, job.initials()));
                upsert.addBatch();
            }
            upsert.executeBatch();
            for (JobTombstone tombstone : page.tombstones()) {
                delete.setLong(1, tombstone.id());
                delete.addBatch();
            }
            delete.executeBatch();
            putMeta(CURSOR, page.nextCursor());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    synchronized String meta(String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    synchronized void putMeta(String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }
}
