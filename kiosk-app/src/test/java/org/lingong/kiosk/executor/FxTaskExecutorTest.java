package org.lingong.kiosk.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** Closing the executor as the kiosk ends: a device's late event cannot make it throw on its caller's thread. */
class FxTaskExecutorTest {

    @Test
    void workSubmittedAfterCloseIsDroppedWithoutAnError() {
        FxTaskExecutor executor = new FxTaskExecutor(1);
        executor.close();
        AtomicBoolean ran = new AtomicBoolean();

        executor.submit(() -> ran.getAndSet(true), result -> ran.set(true), error -> ran.set(true));

        assertThat(ran).isFalse();
    }
}
