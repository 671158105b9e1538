package org.lingong.platform.server.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SeedGeneratorDeterminismTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void sameSeedAndDateGiveAnEqualDataset() {
        assertThat(new SeedGenerator(42).dataset(TODAY)).isEqualTo(new SeedGenerator(42).dataset(TODAY));
        assertThat(SeedGenerator.demo(TODAY)).isEqualTo(SeedGenerator.demo(TODAY));
    }

    @Test
    void differentSeedsGiveDifferentJobsAndStations() {
        List<SeedJob> first = new SeedGenerator(1).jobs(200, TODAY);
        List<SeedJob> second = new SeedGenerator(2).jobs(200, TODAY);
        assertThat(first).isNotEqualTo(second);
        long samePosition = IntStream.range(0, 200)
                .filter(i -> first.get(i).equals(second.get(i))).count();
        assertThat(samePosition).isZero();
        assertThat(new SeedGenerator(1).stations()).isNotEqualTo(new SeedGenerator(2).stations());
    }

    @Test
    void differentReferenceDatesShiftTheJobs() {
        SeedGenerator generator = new SeedGenerator(7);
        assertThat(generator.jobs(50, TODAY)).isNotEqualTo(generator.jobs(50, TODAY.plusDays(1)));
    }

    @Test
    void streamAndListGiveTheSameJobsAndShorterRunsAreAPrefix() {
        SeedGenerator generator = new SeedGenerator(99);
        List<SeedJob> thousand = generator.jobs(1000, TODAY);
        assertThat(generator.jobStream(1000, TODAY).toList()).isEqualTo(thousand);
        assertThat(generator.jobs(10, TODAY)).isEqualTo(thousand.subList(0, 10));
    }

    @Test
    void parallelStreamGivesTheSameJobsInTheSameOrder() {
        SeedGenerator generator = new SeedGenerator(11);
        assertThat(generator.jobStream(5000, TODAY).parallel().toList()).isEqualTo(generator.jobs(5000, TODAY));
    }

    @Test
    void stationsDoNotDependOnHowManyJobsAreGenerated() {
        SeedGenerator generator = new SeedGenerator(5);
        List<SeedStation> before = generator.stations();
        generator.jobs(500, TODAY);
        assertThat(generator.dataset(TODAY).stations()).isEqualTo(before);
    }

    @Test
    void datasetJobCountChangesOnlyTheJobs() {
        SeedGenerator generator = new SeedGenerator(8);
        SeedDataset small = generator.dataset(TODAY, 30);
        SeedDataset full = generator.dataset(TODAY);
        assertThat(small.jobs()).hasSize(30).isEqualTo(full.jobs().subList(0, 30));
        assertThat(small.stations()).isEqualTo(full.stations());
        assertThat(small.courses()).isEqualTo(full.courses());
        assertThat(small.fairs()).isEqualTo(full.fairs());
        assertThat(small.liveSessions()).isEqualTo(full.liveSessions());
        assertThat(small.announcements()).isEqualTo(full.announcements());
    }

    @Test
    void negativeJobCountIsRejected() {
        assertThatThrownBy(() -> new SeedGenerator(1).jobs(-1, TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThat(new SeedGenerator(1).jobs(0, TODAY)).isEmpty();
    }
}
