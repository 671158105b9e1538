package org.lingong.devices.transport.spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lingong.devices.transport.TcpTransport;
import org.lingong.devices.transport.serial.SerialSettings;
import org.lingong.devices.transport.serial.SerialSettings.FlowControl;
import org.lingong.devices.transport.serial.SerialSettings.Parity;
import org.lingong.devices.transport.serial.SerialSettings.StopBits;

/** The grammar of {@link TransportSpec}; every rejection names the offending part. */
final class TransportSpecParser {

    private static final Pattern FRAME = Pattern.compile("([5-8])([NOEMS])(1|1\\.5|2)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9]+)?");
    private static final Pattern SIM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[^\\]]*\\]|[^:\\[\\]/]+):[0-9]+");
    private static final String UNKNOWN = "unknown transport; expected serial:PATH@BAUD, an absolute serial path, "
            + "tcp:HOST:PORT, HOST:PORT, file:PATH or sim:NAME";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private final String spec;

    private TransportSpecParser(String spec) {
        this.spec = spec;
    }

    static TransportSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidTransportSpecException(String.valueOf(text), "", "a transport spec is empty; expected "
                    + "e.g. serial:/dev/ttyUSB0@9600, tcp:host:9100, file:/dev/usb/lp0 or sim:NAME");
        }
        return new TransportSpecParser(text.strip()).parse();
    }

    private TransportSpec parse() {
        if (spec.startsWith("/")) {
            return serial(spec);
        }
        int colon = spec.indexOf(':');
        String scheme = colon < 0 ? spec : spec.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? "" : spec.substring(colon + 1);
        return switch (scheme) {
            case "serial" -> serial(rest);
            case "tcp" -> tcp(rest);
            case "file" -> file(rest);
            case "sim" -> simulated(rest);
            default -> {
                if (!HOST_PORT.matcher(spec).matches()) {
                    throw bad(colon < 0 ? spec : spec.substring(0, colon), UNKNOWN);
                }
                yield tcp(spec);
            }
        };
    }

    private TransportSpec serial(String rest) {
        String[] options = rest.split(",", -1);
        String portAndBaud = options[0];
        int at = portAndBaud.lastIndexOf('@');
        String path = at < 0 ? portAndBaud : portAndBaud.substring(0, at);
        if (!path.startsWith("/")) {
            throw bad(path, "expected an absolute serial port path such as /dev/ttyUSB0 or /dev/pts/3");
        }
        int baud = at < 0 ? SerialSettings.DEFAULT_BAUD : number(portAndBaud.substring(at + 1),
                "expected a baud rate in " + SerialSettings.MIN_BAUD + ".." + SerialSettings.MAX_BAUD + " after @");
        SerialSettings settings;
        try {
            settings = SerialSettings.of(path, baud);
        } catch (IllegalArgumentException e) {
            throw bad(String.valueOf(baud), e.getMessage());
        }
        for (int i = 1; i < options.length; i++) {
            settings = option(settings, options[i]);
        }
        return new TransportSpec.Serial(settings);
    }

    private SerialSettings option(SerialSettings s, String option) {
        Matcher frame = FRAME.matcher(option);
        if (frame.matches()) {
            return new SerialSettings(s.path(), s.baud(), Integer.parseInt(frame.group(1)),
                    parity(frame.group(2)), stopBits(frame.group(3)), s.flowControl());
        }
        return switch (option.toLowerCase(Locale.ROOT)) {
            case "none" -> s.withFlowControl(FlowControl.NONE);
            case "rtscts" -> s.withFlowControl(FlowControl.RTS_CTS);
            case "dsrdtr" -> s.withFlowControl(FlowControl.DSR_DTR);
            case "xonxoff" -> s.withFlowControl(FlowControl.XON_XOFF);
            default -> throw bad(option, "expected a frame format like 8N1 or 7E2, or flow control "
                    + "none, rtscts, dsrdtr or xonxoff");
        };
    }

    private TransportSpec tcp(String rest) {
        String host;
        String portText;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw bad(rest, "an IPv6 address in brackets needs a closing ]");
            }
            host = rest.substring(1, close);
            String after = rest.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw bad(after, "expected :PORT after the IPv6 address");
            }
            portText = after.isEmpty() ? null : after.substring(1);
            if (!IPV6.matcher(host).matches() || !host.contains(":")) {
                throw bad(host, "expected an IPv6 address inside the brackets");
            }
        } else {
            int colon = rest.lastIndexOf(':');
            host = colon < 0 ? rest : rest.substring(0, colon);
            portText = colon < 0 ? null : rest.substring(colon + 1);
            if (!HOST.matcher(host).matches()) {
                throw bad(host, "expected a host name or IPv4 address");
            }
        }
        int port = portText == null ? TcpTransport.RAW_PRINTER_PORT : number(portText, "expected a TCP port 1..65535");
        if (port < 1 || port > 65535) {
            throw bad(portText, "expected a TCP port 1..65535");
        }
        return new TransportSpec.Tcp(host, port);
    }

    private TransportSpec file(String rest) {
        if (!rest.startsWith("/")) {
            throw bad(rest, "expected an absolute device file path such as /dev/usb/lp0");
        }
        return new TransportSpec.DeviceFile(Path.of(rest));
    }

    private TransportSpec simulated(String rest) {
        if (!SIM_NAME.matcher(rest).matches()) {
            throw bad(rest, "expected a simulator name such as idcard, printer or scanner");
        }
        return new TransportSpec.Simulated(rest);
    }

    private int number(String text, String expected) {
        if (!DIGITS.matcher(text).matches()) {
            throw bad(text, expected);
        }
        return Integer.parseInt(text);
    }

    private static Parity parity(String letter) {
        return switch (letter.toUpperCase(Locale.ROOT)) {
            case "O" -> Parity.ODD;
            case "E" -> Parity.EVEN;
            case "M" -> Parity.MARK;
            case "S" -> Parity.SPACE;
            default -> Parity.NONE;
        };
    }

    private static StopBits stopBits(String text) {
        return switch (text) {
            case "1.5" -> StopBits.ONE_POINT_FIVE;
            case "2" -> StopBits.TWO;
            default -> StopBits.ONE;
        };
    }

    private InvalidTransportSpecException bad(String part, String expected) {
        return new InvalidTransportSpecException(spec, part, expected);
    }
}
