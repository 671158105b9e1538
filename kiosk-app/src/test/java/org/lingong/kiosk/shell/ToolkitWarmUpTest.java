package org.lingong.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up warm-up holds a styled, once-rendered scene on the JavaFX thread until the real scene is shown, and
 * lets it go then.
 */
class ToolkitWarmUpTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void closeStage() throws Exception {
        ToolkitWarmUp.release();
        FxToolkit.cleanupStages();
    }

    @Test
    void holdsTheWarmSceneUntilReleased() throws Exception {
        ToolkitWarmUp.start();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, ToolkitWarmUp::holding);

        ToolkitWarmUp.release();

        assertThat(ToolkitWarmUp.holding()).isFalse();
    }
}
