package org.lingong.platform.server.testing;

import org.junit.jupiter.api.BeforeEach;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.stations.StationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of full HTTP tests: the real server on a random port over an in-memory H2 database (one per
 * Spring context, shared by the test classes of that context), two stations in different 盟市 and a
 * real signing client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class PlatformHttpTest {

    /** 呼和浩特市新城区 (region 1501). */
    public static final Station HOHHOT = new Station("NM-150102-T01", "新城区测试零工驿站", "1501", "150102", "新城区测试路1号");
    /** 包头市昆都仑区 (region 1502). */
    public static final Station BAOTOU = new Station("NM-150203-T01", "昆都仑区测试零工驿站", "1502", "150203", "昆区测试路2号");

    @LocalServerPort
    protected int port;

    @Autowired
    protected StationRepository stations;

    protected PlatformClient client;

    @BeforeEach
    void setUpClientAndStations() {
        client = new PlatformClient(port, "operator", "test-operator");
        stations.save(HOHHOT);
        stations.save(BAOTOU);
    }
}
