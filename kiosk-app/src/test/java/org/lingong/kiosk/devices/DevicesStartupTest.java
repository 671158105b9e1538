package org.lingong.kiosk.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lingong.devices.idcard.IdCardReaderDevice;
import org.lingong.devices.lifecycle.LifecycleState;
import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.kiosk.SpringStartup;
import org.lingong.kiosk.status.DeviceStatusSource;
import org.springframework.context.ConfigurableApplicationContext;

/** The devices in the real Spring context (no JavaFX): started with the context, closed with it, ports checked. */
class DevicesStartupTest {

    private static final List<String> STATION = List.of("--kiosk.station.name=测试驿站", "--kiosk.station.code=ST-150102-009");

    @Test
    void theDevicesStartWithTheContextAndCloseWithIt() throws Exception {
        SpringStartup startup = SpringStartup.start(STATION);
        IdCardReaderDevice reader;
        ReceiptPrinterDevice printer;
        try (ConfigurableApplicationContext context = startup.context().get(60, TimeUnit.SECONDS)) {
            reader = context.getBean(IdCardReaderDevice.class);
            printer = context.getBean(ReceiptPrinterDevice.class);
            assertThat(reader.device().lifecycleState()).isEqualTo(LifecycleState.ENABLED);
            assertThat(printer.device().lifecycleState()).isEqualTo(LifecycleState.ENABLED);
            assertThat(context.getBean(DeviceStatusSource.class)).isInstanceOf(DriverStatusSource.class);
        }
        assertThat(reader.device().lifecycleState()).isEqualTo(LifecycleState.CLOSED);
        assertThat(printer.device().lifecycleState()).isEqualTo(LifecycleState.CLOSED);
    }

    @Test
    void aBadPortStopsTheStartNamingItsKey() {
        SpringStartup startup = SpringStartup.start(List.of(STATION.get(0), STATION.get(1),
                "--kiosk.devices.scanner.port=tcp:scanner.local:70000"));

        assertThatThrownBy(() -> startup.context().get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .rootCause().hasMessageContaining("kiosk.devices.scanner.port").hasMessageContaining("\"70000\"");
    }
}
