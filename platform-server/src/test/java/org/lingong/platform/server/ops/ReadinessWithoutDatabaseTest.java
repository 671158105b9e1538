package org.lingong.platform.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real server on an H2 file database that may only be opened, never created ({@code IFEXISTS=TRUE}): once the
 * database is shut down and its file deleted, readiness answers 503 DOWN (take the instance out of the load balancer)
 * while liveness stays UP (do not restart it: the database may come back).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ReadinessWithoutDatabaseTest {

    private static Path directory;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void existingFileDatabase(DynamicPropertyRegistry registry) throws IOException, SQLException {
        directory = Files.createTempDirectory("lingong-readiness");
        String url = "jdbc:h2:file:" + directory.resolve("platform") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        DriverManager.getConnection(url, "sa", "").close();
        registry.add("spring.datasource.url", () -> url + ";IFEXISTS=TRUE");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
    }

    @Test
    void readinessGoesDownWithTheDatabaseAndLivenessStaysUp() throws IOException {
        PlatformClient client = new PlatformClient(port, "operator", "test-operator");
        assertThat(client.send("GET", "/actuator/health/readiness", null, Map.of()).status()).isEqualTo(200);

        jdbc.execute("SHUTDOWN");
        deleteDatabaseFiles();

        HttpResult readiness = client.send("GET", "/actuator/health/readiness", null, Map.of());
        HttpResult detailed = client.operator("GET", "/actuator/health/readiness", null);
        HttpResult liveness = client.send("GET", "/actuator/health/liveness", null, Map.of());
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.json().get("status").asString()).isEqualTo("DOWN");
        assertThat(readiness.json().has("components")).isFalse();
        assertThat(detailed.json().at("/components/db/status").asString()).isEqualTo("DOWN");
        assertThat(detailed.json().at("/components/readinessState/status").asString()).isEqualTo("UP");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().get("status").asString()).isEqualTo("UP");
    }

    private static void deleteDatabaseFiles() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        assertThat(directory).isEmptyDirectory();
    }
}
