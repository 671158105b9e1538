package org.lingong.platform.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile: seed data from the generator, demo credentials and a reusable enrollment code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"platform.demo.seed-jobs=120", "platform.operator.password=lingong-demo"})
@ActiveProfiles({"test", "demo"})
class DemoProfileTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoStationCanEnrollAnyNumberOfKiosksWithTheDemoCodeAndSyncSeedJobs() {
        PlatformClient client = new PlatformClient(port, "operator", "lingong-demo");

        TestTerminal first = client.enrollWith("ST-150102-001", "DEMO-2026");
        TestTerminal second = client.enrollWith("ST-150102-001", "DEMO-2026");
        HttpResult jobs = client.signed(first, "GET", "/api/v1/jobs?since=0&limit=500", null);
        HttpResult content = client.signed(second, "GET", "/api/v1/content", null);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(jobs.status()).isEqualTo(200);
        assertThat(jobs.json().get("jobs").size()).isPositive();
        jobs.json().get("jobs").forEach(job -> assertThat(job.get("districtCode").asString()).startsWith("1501"));
        assertThat(content.json().get("serviceItems").size()).isPositive();
        assertThat(client.operator("GET", "/api/v1/operator/terminals", null).status()).isEqualTo(200);
    }

    @Test
    void seedDataCoversInnerMongoliasLeaguesAndCities() {
        long regions = jdbc.sql("SELECT COUNT(DISTINCT region_code) FROM job").query(Long.class).single();
        long jobs = jdbc.sql("SELECT COUNT(*) FROM job").query(Long.class).single();
        long stations = jdbc.sql("SELECT COUNT(*) FROM station").query(Long.class).single();

        assertThat(jobs).isEqualTo(120);
        assertThat(regions).isGreaterThan(5);
        assertThat(stations).isGreaterThanOrEqualTo(12);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM job WHERE region_code NOT LIKE '15%'").query(Long.class).single()).isZero();
    }
}
