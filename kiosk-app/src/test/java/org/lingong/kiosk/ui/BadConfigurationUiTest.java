package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.KioskApp;
import org.testfx.api.FxToolkit;

/** A bad configuration value stops the whole app before any screen shows, naming the key. */
class BadConfigurationUiTest {

    @Test
    void aBadStationCodeStopsTheKioskWithTheKeyInTheError() throws Exception {
        FxToolkit.registerPrimaryStage();
        KioskApp app = (KioskApp) FxToolkit.setupApplication(KioskApp.class,
                "--kiosk.station.name=测试驿站", "--kiosk.station.code=150102");

        assertThatThrownBy(() -> app.shown().get(90, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .rootCause().hasMessageContaining("kiosk.station.code must look like ST-150102-001");
        assertThatThrownBy(app::context).isInstanceOf(IllegalStateException.class);
    }
}
