package org.lingong.devices.transport.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.devices.transport.DeviceFileTransport;
import org.lingong.devices.transport.TcpTransport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.serial.SerialSettings;
import org.lingong.devices.transport.serial.SerialSettings.FlowControl;
import org.lingong.devices.transport.serial.SerialSettings.Parity;
import org.lingong.devices.transport.serial.SerialSettings.StopBits;
import org.lingong.devices.transport.serial.SerialTransport;

class TransportSpecTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            serial:/dev/ttyUSB0@115200           | serial:/dev/ttyUSB0@115200
            /dev/pts/3                           | serial:/dev/pts/3@9600
            /dev/kiosk/scanner@19200             | serial:/dev/kiosk/scanner@19200
            SERIAL:/dev/ttyS0@9600,7e2,RTSCTS    | serial:/dev/ttyS0@9600,7E2,rtscts
            serial:/dev/ttyS1@9600,8N1,none      | serial:/dev/ttyS1@9600
            serial:/dev/ttyS1@2400,8O1.5,xonxoff | serial:/dev/ttyS1@2400,8O1.5,xonxoff
            tcp:192.168.1.50:9100                | tcp:192.168.1.50:9100
            tcp:printer.local                    | tcp:printer.local:9100
            printer-2.station.lan:9101           | tcp:printer-2.station.lan:9101
            [::1]:9100                           | tcp:[::1]:9100
            tcp:[fe80::1%eth0]                   | tcp:[fe80::1%eth0]:9100
            file:/dev/usb/lp0                    | file:/dev/usb/lp0
            sim:IdCard                           | sim:idcard
            '  sim:scanner  '                    | sim:scanner
            """)
    void validSpecsParseToTheirCanonicalForm(String text, String canonical) {
        TransportSpec spec = TransportSpec.parse(text);
        assertThat(spec.describe()).isEqualTo(canonical);
        assertThat(TransportSpec.parse(spec.describe())).isEqualTo(spec);
    }

    @Test
    void serialSpecsCarryEveryLineSetting() {
        TransportSpec spec = TransportSpec.parse("serial:/dev/ttyS0@57600,7E2,dsrdtr");
        assertThat(spec).isEqualTo(new TransportSpec.Serial(new SerialSettings("/dev/ttyS0", 57600, 7, Parity.EVEN,
                StopBits.TWO, FlowControl.DSR_DTR)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            serial:/dev/ttyUSB0@11520x  | 11520x        | baud rate
            serial:/dev/ttyUSB0@0       | 0             | outside
            serial:ttyUSB0@9600         | ttyUSB0       | absolute
            serial:/dev/ttyS0@9600,9N1  | 9N1           | frame format
            serial:/dev/ttyS0@9600,odd  | odd           | flow control
            tcp:printer:70000           | 70000         | 1..65535
            tcp:printer:0               | 0             | 1..65535
            tcp::9100                   | ''            | host name
            tcp:[::1                    | [::1          | closing ]
            file:dev/usb/lp0            | dev/usb/lp0   | absolute
            sim:                        | ''            | simulator name
            usb:/dev/usb/lp0            | usb           | unknown transport
            COM3                        | COM3          | unknown transport
            """)
    void malformedSpecsNameTheBadPart(String text, String badPart, String expected) {
        assertThatThrownBy(() -> TransportSpec.parse(text))
                .isInstanceOfSatisfying(InvalidTransportSpecException.class, e -> {
                    assertThat(e.badPart()).isEqualTo(badPart);
                    assertThat(e.spec()).isEqualTo(text);
                })
                .hasMessageContaining("\"" + badPart + "\"")
                .hasMessageContaining(expected);
    }

    @Test
    void emptySpecIsRejectedWithExamples() {
        assertThatThrownBy(() -> TransportSpec.parse("  ")).isInstanceOf(InvalidTransportSpecException.class)
                .hasMessageContaining("empty").hasMessageContaining("serial:/dev/ttyUSB0");
    }

    @Test
    void factoriesCreateTheMatchingTransportEachTimeANewOne() throws TransportException {
        var serial = TransportSpec.parse("/dev/pts/9@115200").factory(SimulatorTransports.NONE);
        assertThat(serial.create()).isInstanceOf(SerialTransport.class).isNotSameAs(serial.create());
        assertThat(serial.create().describe()).isEqualTo("serial:/dev/pts/9@115200");
        assertThat(TransportSpec.parse("tcp:localhost:9100").factory(SimulatorTransports.NONE).create())
                .isInstanceOf(TcpTransport.class);
        assertThat(TransportSpec.parse("file:/dev/usb/lp0").factory(SimulatorTransports.NONE).create())
                .isInstanceOf(DeviceFileTransport.class);
    }

    @Test
    void simulatorSpecsGoThroughTheHook() throws TransportException {
        var pipe = org.lingong.devices.transport.PipeTransport.create("idcard");
        SimulatorTransports hook = name -> () -> pipe;
        assertThat(TransportSpec.parse("sim:idcard").factory(hook).create()).isSameAs(pipe);
        assertThatThrownBy(() -> TransportSpec.parse("sim:idcard").factory(SimulatorTransports.NONE).create())
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.NOT_FOUND))
                .hasMessageContaining("idcard");
    }

    @Test
    void deviceFileSpecKeepsThePath() {
        assertThat(TransportSpec.parse("file:/dev/usb/lp1")).isEqualTo(new TransportSpec.DeviceFile(Path.of("/dev/usb/lp1")));
    }
}
