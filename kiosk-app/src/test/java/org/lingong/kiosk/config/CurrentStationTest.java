package org.lingong.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The station as people see it: renamed live, the code fixed, a blank name refused. */
class CurrentStationTest {

    private final CurrentStation station = CurrentStation.of(
            new KioskProperties.Station("幸福路零工驿站", "ST-150102-001", "Asia/Shanghai"));

    @Test
    void aRenameIsInForceAtOnceAndTheCodeStays() {
        List<String> told = new ArrayList<>();
        station.onRename(told::add);

        assertThat(station.rename(" 海拉尔东路零工驿站 ")).isTrue();

        assertThat(station.name()).isEqualTo("海拉尔东路零工驿站");
        assertThat(station.code()).isEqualTo("ST-150102-001");
        assertThat(station.label()).isEqualTo("海拉尔东路零工驿站 (ST-150102-001)");
        assertThat(told).containsExactly("海拉尔东路零工驿站");
        assertThat(station.rename("海拉尔东路零工驿站")).as("the same name again").isFalse();
        assertThat(told).as("nobody told when nothing changed").hasSize(1);
    }

    @Test
    void aBlankNameChangesNothing() {
        assertThatThrownBy(() -> station.rename("  ")).isInstanceOf(IllegalArgumentException.class);

        assertThat(station.name()).isEqualTo("幸福路零工驿站");
    }

    /** Readers on other threads (slips being printed) see one whole name or the other, never anything else. */
    @Test
    void readersWhileItIsRenamedSeeOneOfTheNames() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> reader = threads.submit(() -> {
                go.await();
                for (int i = 0; i < 20_000; i++) {
                    seen.add(station.name());
                }
                return null;
            });
            Future<?> renamer = threads.submit(() -> {
                go.await();
                for (int i = 0; i < 2_000; i++) {
                    station.rename(i % 2 == 0 ? "甲驿站" : "乙驿站");
                }
                return null;
            });
            go.countDown();
            reader.get();
            renamer.get();
        } finally {
            threads.shutdownNow();
        }
        assertThat(seen).isSubsetOf("幸福路零工驿站", "甲驿站", "乙驿站");
        assertThat(station.name()).isEqualTo("乙驿站");
    }
}
