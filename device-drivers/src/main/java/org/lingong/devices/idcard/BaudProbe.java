package org.lingong.devices.idcard;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.lingong.devices.idcard.codec.SamResult;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the reader's baud rate the way SDTAPI does (devices.md A.8): open the port at each
 * candidate baud in turn (115200 first, then 9600) and send SAM status {@code 11 FF}; the first baud
 * that yields a valid reply frame wins. Knows nothing of serial libraries: the caller supplies a
 * {@link TransportAtBaud} that (re)opens the port at a given rate.
 */
public final class BaudProbe {

    private static final Logger log = LoggerFactory.getLogger(BaudProbe.class);

    /** The candidates tried by default, in order. */
    public static final List<Integer> DEFAULT_BAUDS = List.of(115200, 9600);

    /** Opens the port at a baud rate; the returned transport is open and owned by the caller. */
    @FunctionalInterface
    public interface TransportAtBaud {
        Transport open(int baud) throws TransportException;
    }

    /** The baud that answered, the still-open transport at that baud, and the SAM's status. */
    public record Detected(int baud, Transport transport, SamResult samStatus) {
    }

    private final TransportAtBaud opener;
    private final List<Integer> bauds;
    private final Duration statusTimeout;

    public BaudProbe(TransportAtBaud opener, List<Integer> bauds, Duration statusTimeout) {
        this.opener = opener;
        this.bauds = List.copyOf(bauds);
        this.statusTimeout = statusTimeout;
    }

    public BaudProbe(TransportAtBaud opener) {
        this(opener, DEFAULT_BAUDS, Duration.ofSeconds(1));
    }

    /**
     * Tries each baud. A timeout or an unreadable reply means "wrong baud, try the next"; a missing or
     * vanished port is thrown at once.
     *
     * @return the detected baud with its open transport, or empty if no candidate answered
     */
    public Optional<Detected> probe() throws TransportException {
        for (int baud : bauds) {
            Transport transport = opener.open(baud);
            try {
                SamResult status = new SamReaderSession(transport, SamTimeouts.defaults().cappedAt(statusTimeout))
                        .samStatus();
                log.info("{}: reader answers at {} baud, SAM status {}", transport.describe(), baud, status);
                return Optional.of(new Detected(baud, transport, status));
            } catch (TransportException e) {
                transport.close();
                if (e.reason() != TransportException.Reason.TIMEOUT && e.reason() != TransportException.Reason.PROTOCOL) {
                    throw e;
                }
                log.debug("no reader at {} baud: {}", baud, e.getMessage());
            }
        }
        return Optional.empty();
    }
}
