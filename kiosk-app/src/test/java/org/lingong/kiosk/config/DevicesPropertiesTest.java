package org.lingong.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lingong.devices.transport.spec.TransportSpec;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.env.PropertySource;

class DevicesPropertiesTest {

    private static DevicesProperties bind(Map<String, String> map) {
        return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("kiosk.devices", DevicesProperties.class);
    }

    @Test
    void withoutSettingsEveryDeviceIsItsInProcessSimulator() {
        DevicesProperties devices = bind(Map.of());

        assertThat(devices.idcard().spec()).isEqualTo(new TransportSpec.Simulated("idcard"));
        assertThat(devices.printer().spec()).isEqualTo(new TransportSpec.Simulated("printer"));
        assertThat(devices.scanner().spec()).isEqualTo(new TransportSpec.Simulated("scanner"));
        assertThat(devices.printer().paperWidth()).isEqualTo(80);
        assertThat(devices.printer().nativeQr()).isTrue();
    }

    @Test
    void realPortsParseIntoTheirSpecs() {
        DevicesProperties devices = bind(Map.of("kiosk.devices.idcard.port", "serial:/dev/ttyUSB0@115200",
                "kiosk.devices.printer.port", "tcp:192.168.1.50:9100", "kiosk.devices.printer.paper-width", "58",
                "kiosk.devices.printer.native-qr", "false", "kiosk.devices.scanner.port", "/dev/kiosk/scanner"));

        assertThat(devices.idcard().spec().describe()).isEqualTo("serial:/dev/ttyUSB0@115200");
        assertThat(devices.printer().spec()).isEqualTo(new TransportSpec.Tcp("192.168.1.50", 9100));
        assertThat(devices.printer().paperWidth()).isEqualTo(58);
        assertThat(devices.printer().nativeQr()).isFalse();
        assertThat(devices.scanner().spec()).isInstanceOf(TransportSpec.Serial.class);
    }

    @Test
    void aBadPortNamesItsKeyAndTheBadPart() {
        assertThatThrownBy(() -> bind(Map.of("kiosk.devices.printer.port", "tcp:printer.local:99999")))
                .rootCause().hasMessageContaining("kiosk.devices.printer.port").hasMessageContaining("\"99999\"");
        assertThatThrownBy(() -> bind(Map.of("kiosk.devices.idcard.port", "COM3")))
                .rootCause().hasMessageContaining("kiosk.devices.idcard.port").hasMessageContaining("\"COM3\"");
        assertThatThrownBy(() -> bind(Map.of("kiosk.devices.scanner.port", "sim:")))
                .rootCause().hasMessageContaining("kiosk.devices.scanner.port");
    }

    @Test
    void aPaperWidthOtherThan58Or80IsRefusedWithItsKey() {
        assertThatThrownBy(() -> bind(Map.of("kiosk.devices.printer.paper-width", "76")))
                .rootCause().hasMessageContaining("kiosk.devices.printer.paper-width must be 58 or 80").hasMessageContaining("76");
    }

    @Test
    void theShippedKioskYmlUsesTheSimulatorsAndDemoMode() throws Exception {
        List<PropertySource<?>> yml = new YamlPropertySourceLoader().load("kiosk", new FileSystemResource("../config/kiosk.yml"));
        Binder binder = new Binder(org.springframework.boot.context.properties.source.ConfigurationPropertySources.from(yml));

        DevicesProperties devices = binder.bindOrCreate("kiosk.devices", DevicesProperties.class);
        assertThat(devices.printer().spec().describe()).isEqualTo("sim:printer");
        assertThat(binder.bindOrCreate("kiosk.demo", DemoProperties.class).enabled()).isTrue();
    }
}
