package org.lingong.platform.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lingong.platform.server.config.PlatformProperties;
import org.lingong.platform.server.content.ContentRepository;
import org.lingong.platform.server.content.PolicyRepository;
import org.lingong.platform.server.enrollment.EnrollmentService;
import org.lingong.platform.server.jobs.JobRepository;
import org.lingong.platform.server.seed.PolicySeed;
import org.lingong.platform.server.seed.SeedDataset;
import org.lingong.platform.server.seed.SeedGenerator;
import org.lingong.platform.server.seed.SeedServiceItem;
import org.lingong.platform.server.seed.SeedStation;
import org.lingong.platform.server.stations.StationRepository;
import org.lingong.platform.server.support.DbTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: on first start loads the seed dataset (stations, jobs, courses, fairs, live
 * sessions, service items, announcements) and creates the reusable demo enrollment code; on every start
 * prints a banner saying this is the demo. {@code platform.demo.enabled} without the {@code demo} profile stops
 * the start: the demo's public code and password must never come up by accident. Passwords are never logged.
 */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int JOB_BATCH = 1000;
    static final String DEMO_PROFILE = "demo";

    private final PlatformProperties properties;
    private final StationRepository stations;
    private final JobRepository jobs;
    private final ContentRepository content;
    private final PolicyRepository policies;
    private final EnrollmentService enrollment;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDataLoader(PlatformProperties properties, StationRepository stations, JobRepository jobs,
                   ContentRepository content, PolicyRepository policies, EnrollmentService enrollment, TransactionTemplate transactions,
                   Clock clock, Environment environment) {
        if (!environment.matchesProfiles(DEMO_PROFILE)) {
            throw new IllegalStateException("platform.demo.enabled=true is allowed only with the demo profile "
                    + "(--spring.profiles.active=demo): the demo has a public enrollment code and a known password");
        }
        this.properties = properties;
        this.stations = stations;
        this.jobs = jobs;
        this.content = content;
        this.policies = policies;
        this.enrollment = enrollment;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        PlatformProperties.Demo demo = properties.demo();
        if (stations.all().isEmpty()) {
            load(new SeedGenerator(demo.seed()).dataset(DbTime.statDay(clock.instant()), demo.seedJobs()));
        }
        if (policies.visibleTo(PolicySeed.REGION).isEmpty()) {
            transactions.executeWithoutResult(
                    status -> PolicySeed.pages().forEach(page -> policies.insert(PolicySeed.REGION, page)));
        }
        enrollment.ensureReusableCode(demo.enrollmentCode(), demo.stationCode(), Duration.ofDays(3650));
        log.warn("""

                ==== Lingong platform demo: DEMO PROFILE, public demo secrets, not for real people or production ====
                operator login (console /fleet, API /api/v1/operator/** with HTTP Basic): user '{}', password as in platform-server/README.md or LINGONG_OPERATOR_PASSWORD
                demo station: {}   reusable enrollment code: {} (ends when a terminal of the station is revoked)
                ===============================""",
                properties.operator().username(), demo.stationCode(), demo.enrollmentCode());
    }

    private void load(SeedDataset data) {
        transactions.executeWithoutResult(status -> {
            data.stations().stream().map(SeedMapping::station).forEach(stations::save);
            Map<String, String> regionOfStation = data.stations().stream()
                    .collect(Collectors.toMap(SeedStation::code, SeedStation::regionCode));
            data.courses().stream().map(SeedMapping::course).forEach(content::insert);
            data.fairs().stream().map(SeedMapping::fair).forEach(content::insert);
            data.liveSessions().forEach(s -> content.insert(SeedMapping.live(s,
                    regionOfStation.getOrDefault(s.hostStationCode(), SeedMapping.WHOLE_REGION))));
            List<SeedServiceItem> items = data.serviceItems();
            for (int i = 0; i < items.size(); i++) {
                content.insert(SeedMapping.serviceItem(items.get(i), i + 1));
            }
            data.announcements().stream().map(SeedMapping::announcement).forEach(content::insert);
        });
        for (int from = 0; from < data.jobs().size(); from += JOB_BATCH) {
            var slice = data.jobs().subList(from, Math.min(from + JOB_BATCH, data.jobs().size()));
            transactions.executeWithoutResult(status -> jobs.insertAll(slice.stream().map(SeedMapping::job).toList(),
                    slice.stream().map(j -> j.updatedAt()).toList()));
        }
        log.info("Demo data loaded: {} stations, {} jobs, {} content items", data.stations().size(), data.jobs().size(),
                content.count());
    }
}
