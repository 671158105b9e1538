package org.lingong.platform.server.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * An answer of ACCEPTED must mean "on disk". H2 (MVStore) writes a committed transaction to its file only after its
 * write delay (500 ms by default), so a process killed right after an answer lost every event of the answer. With a
 * write delay of 0, every commit writes the store before it returns. The shipped URL sets {@code WRITE_DELAY=0};
 * this bean makes it so for any configured H2 file URL too, before the first request is served. PostgreSQL commits
 * durably on its own and is left alone.
 */
@Component
class EmbeddedStoreDurability implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreDurability.class);

    private final DataSource dataSource;

    EmbeddedStoreDurability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!isH2File(connection)) {
                return;
            }
            int writeDelay = writeDelay(statement);
            if (writeDelay != 0) {
                log.warn("H2 WRITE_DELAY was {} ms: acknowledged events could be lost by a crash; setting it to 0",
                        writeDelay);
                statement.execute("SET WRITE_DELAY 0");
            }
        }
    }

    private static boolean isH2File(Connection connection) throws SQLException {
        String url = connection.getMetaData().getURL();
        return "H2".equals(connection.getMetaData().getDatabaseProductName()) && !url.startsWith("jdbc:h2:mem:");
    }

    private static int writeDelay(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(
                "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'WRITE_DELAY'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : -1;
        }
    }
}
