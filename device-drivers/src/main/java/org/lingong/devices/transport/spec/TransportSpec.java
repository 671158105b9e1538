package org.lingong.devices.transport.spec;

import java.nio.file.Path;
import java.util.Locale;
import org.lingong.devices.transport.DeviceFileTransport;
import org.lingong.devices.transport.TcpTransport;
import org.lingong.devices.transport.TransportFactory;
import org.lingong.devices.transport.serial.SerialSettings;
import org.lingong.devices.transport.serial.SerialTransport;

/**
 * Where a device is attached, as written in configuration and on the CLI.
 *
 * <pre>
 *   serial:/dev/ttyUSB0@115200        serial port, 8N1, no flow control
 *   serial:/dev/ttyS0@9600,7E1,rtscts serial port with frame format and flow control (none|rtscts|dsrdtr|xonxoff)
 *   /dev/pts/3   /dev/kiosk/scanner   serial port at {@value SerialSettings#DEFAULT_BAUD} baud (any absolute path)
 *   tcp:192.168.1.50:9100  tcp:printer.local  printer.local:9100  [::1]:9100     TCP (default port 9100)
 *   file:/dev/usb/lp0                 device file (USB printer class)
 *   sim:idcard                        an in-process simulator, resolved through {@link SimulatorTransports}
 * </pre>
 *
 * {@link #describe()} gives the canonical text, which parses back to an equal spec.
 */
public sealed interface TransportSpec {

    /** Parses a spec; throws {@link InvalidTransportSpecException} naming the bad part. */
    static TransportSpec parse(String text) {
        return TransportSpecParser.parse(text);
    }

    /** The canonical spec text. */
    String describe();

    /** A factory of new transports for this spec; {@code sim:} specs are resolved through {@code simulators}. */
    TransportFactory factory(SimulatorTransports simulators);

    /** A serial port. */
    record Serial(SerialSettings settings) implements TransportSpec {
        @Override
        public String describe() {
            return settings.describe();
        }

        @Override
        public TransportFactory factory(SimulatorTransports simulators) {
            return () -> new SerialTransport(settings);
        }
    }

    /** A TCP endpoint; {@code host} is a name, an IPv4 address or an IPv6 address without brackets. */
    record Tcp(String host, int port) implements TransportSpec {
        @Override
        public String describe() {
            return "tcp:" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }

        @Override
        public TransportFactory factory(SimulatorTransports simulators) {
            return () -> new TcpTransport(host, port);
        }
    }

    /** A device file such as {@code /dev/usb/lp0}. */
    record DeviceFile(Path path) implements TransportSpec {
        @Override
        public String describe() {
            return "file:" + path;
        }

        @Override
        public TransportFactory factory(SimulatorTransports simulators) {
            return () -> new DeviceFileTransport(path);
        }
    }

    /** An in-process simulator by name, e.g. {@code idcard}. */
    record Simulated(String name) implements TransportSpec {
        public Simulated {
            name = name.toLowerCase(Locale.ROOT);
        }

        @Override
        public String describe() {
            return "sim:" + name;
        }

        @Override
        public TransportFactory factory(SimulatorTransports simulators) {
            return simulators.forSimulator(name);
        }
    }
}
