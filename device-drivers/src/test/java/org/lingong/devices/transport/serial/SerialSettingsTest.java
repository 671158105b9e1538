package org.lingong.devices.transport.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lingong.devices.transport.serial.SerialSettings.FlowControl;
import org.lingong.devices.transport.serial.SerialSettings.Parity;
import org.lingong.devices.transport.serial.SerialSettings.StopBits;

class SerialSettingsTest {

    @Test
    void defaultsAre8N1WithoutFlowControl() {
        SerialSettings s = SerialSettings.of("/dev/ttyUSB0", 115200);
        assertThat(s.frameFormat()).isEqualTo("8N1");
        assertThat(s.flowControl()).isEqualTo(FlowControl.NONE);
        assertThat(s.describe()).isEqualTo("serial:/dev/ttyUSB0@115200");
    }

    @Test
    void describeShowsNonDefaultFrameAndFlow() {
        SerialSettings s = new SerialSettings("/dev/ttyS0", 9600, 7, Parity.EVEN, StopBits.ONE_POINT_FIVE, FlowControl.RTS_CTS);
        assertThat(s.describe()).isEqualTo("serial:/dev/ttyS0@9600,7E1.5,rtscts");
    }

    @Test
    void invalidValuesAreRejectedWithThePathAndTheRule() {
        assertThatThrownBy(() -> SerialSettings.of(" ", 9600)).hasMessageContaining("path is empty");
        assertThatThrownBy(() -> SerialSettings.of("ttyUSB0", 9600)).hasMessageContaining("must be absolute");
        assertThatThrownBy(() -> SerialSettings.of("/dev/ttyUSB0", 49)).hasMessageContaining("baud 49")
                .hasMessageContaining("/dev/ttyUSB0").hasMessageContaining("50..4000000");
        assertThatThrownBy(() -> new SerialSettings("/dev/ttyS0", 9600, 9, Parity.NONE, StopBits.ONE, FlowControl.NONE))
                .hasMessageContaining("data bits 9");
    }

    @Test
    void withBaudKeepsEverythingElse() {
        SerialSettings s = new SerialSettings("/dev/ttyS0", 9600, 7, Parity.ODD, StopBits.TWO, FlowControl.XON_XOFF);
        assertThat(s.withBaud(115200)).isEqualTo(new SerialSettings("/dev/ttyS0", 115200, 7, Parity.ODD, StopBits.TWO,
                FlowControl.XON_XOFF));
    }
}
