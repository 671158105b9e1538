package org.lingong.kiosk.technician;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lingong.devices.transport.spec.TransportSpec;

/**
 * A network device's address as typed on the technician's keypad: an IPv4 address and a port,
 * {@code 192.168.1.50:9100}. Host names are not offered (the keypad has digits, dot and colon only).
 */
final class NetworkAddress {

    /** {@code 255.255.255.255:65535}. */
    static final int MAX_LENGTH = 21;
    private static final Pattern FORM = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3}):(\\d{1,5})");

    private NetworkAddress() {
    }

    /** The transport spec ({@code tcp:192.168.1.50:9100}), or empty when {@code typed} is not an address and port. */
    static Optional<String> spec(String typed) {
        Matcher m = FORM.matcher(typed);
        if (!m.matches()) {
            return Optional.empty();
        }
        for (int octet = 1; octet <= 4; octet++) {
            if (Integer.parseInt(m.group(octet)) > 255) {
                return Optional.empty();
            }
        }
        int port = Integer.parseInt(m.group(5));
        if (port < 1 || port > 65535) {
            return Optional.empty();
        }
        String host = Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2)) + "."
                + Integer.parseInt(m.group(3)) + "." + Integer.parseInt(m.group(4));
        return Optional.of(TransportSpec.parse("tcp:" + host + ":" + port).describe());
    }
}
