package org.lingong.kiosk.config;

import org.lingong.devices.transport.spec.InvalidTransportSpecException;
import org.lingong.devices.transport.spec.TransportSpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the kiosk's devices are attached ({@code kiosk.devices.*}). Each {@code port} is a transport spec
 * ({@code serial:/dev/ttyUSB0@115200}, {@code tcp:192.168.1.50:9100}, {@code file:/dev/usb/lp0}, {@code sim:printer});
 * the default {@code sim:NAME} uses the in-process simulators. A spec that does not parse fails the start with the
 * key and the bad part, e.g. {@code kiosk.devices.printer.port: invalid transport "tcp:x:0": bad part "0": ...}.
 */
@ConfigurationProperties("kiosk.devices")
public record DevicesProperties(@DefaultValue IdCardReader idcard, @DefaultValue Printer printer,
        @DefaultValue Scanner scanner) {

    /** The ID-card reader. */
    public record IdCardReader(@DefaultValue("sim:idcard") String port) {
        public IdCardReader {
            parse("kiosk.devices.idcard.port", port);
        }

        public TransportSpec spec() {
            return parse("kiosk.devices.idcard.port", port);
        }
    }

    /**
     * The receipt printer.
     *
     * @param paperWidth 58 or 80 (mm)
     * @param nativeQr   whether the printer implements {@code GS ( k} QR (otherwise QR codes go as raster images)
     */
    public record Printer(@DefaultValue("sim:printer") String port, @DefaultValue("80") int paperWidth,
            @DefaultValue("true") boolean nativeQr) {

        public Printer {
            parse("kiosk.devices.printer.port", port);
            if (paperWidth != 58 && paperWidth != 80) {
                throw new IllegalArgumentException(
                        "kiosk.devices.printer.paper-width must be 58 or 80 (mm), got " + paperWidth);
            }
        }

        public TransportSpec spec() {
            return parse("kiosk.devices.printer.port", port);
        }
    }

    /** The serial QR / barcode scanner (a keyboard-wedge scanner needs no port: the UI handles it). */
    public record Scanner(@DefaultValue("sim:scanner") String port) {
        public Scanner {
            parse("kiosk.devices.scanner.port", port);
        }

        public TransportSpec spec() {
            return parse("kiosk.devices.scanner.port", port);
        }
    }

    static TransportSpec parse(String key, String text) {
        try {
            return TransportSpec.parse(text);
        } catch (InvalidTransportSpecException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage());
        }
    }
}
