package org.lingong.devices.cli;

import org.lingong.devices.transport.spec.TransportSpec;
import picocli.CommandLine.Option;

/** Where the printer is: {@code --port SPEC} or {@code --tcp HOST:PORT} (exactly one). */
final class PrinterTarget {

    @Option(names = "--port", paramLabel = "SPEC", required = true,
            description = "Serial port or any port spec, e.g. /dev/ttyUSB0, serial:/dev/ttyS0@115200, file:/dev/usb/lp0")
    String port;

    @Option(names = "--tcp", paramLabel = "HOST:PORT", required = true, description = "Network printer, e.g. 192.168.1.50:9100")
    String tcp;

    TransportSpec spec() {
        return TransportSpec.parse(port != null ? port : "tcp:" + tcp);
    }
}
