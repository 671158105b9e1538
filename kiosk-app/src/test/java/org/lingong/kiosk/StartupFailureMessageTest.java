package org.lingong.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class StartupFailureMessageTest {

    @Test
    void logLineNamesTheKeyThatFailedToBindAndTheReason() throws Exception {
        SpringStartup startup = SpringStartup.start(List.of(
                "--kiosk.station.name=测试驿站", "--kiosk.station.code=ST-150102-001", "--kiosk.exit-after-first-frame=maybe"));
        SpringStartup.takeStarted();

        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> startup.context().get(60, TimeUnit.SECONDS));

        assertThat(KioskApp.describe(failure))
                .contains("kiosk.exit-after-first-frame")
                .contains("maybe");
    }

    @Test
    void aFailureWithoutBindingIsDescribedByItsRootCause() {
        RuntimeException error = new RuntimeException("outer", new IllegalStateException("font missing"));

        assertThat(KioskApp.describe(error)).isEqualTo("font missing");
    }
}
