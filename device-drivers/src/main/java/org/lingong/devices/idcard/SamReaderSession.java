package org.lingong.devices.idcard;

import java.util.List;
import java.util.Optional;
import org.lingong.devices.idcard.codec.CardDecodeException;
import org.lingong.devices.idcard.codec.CardPayload;
import org.lingong.devices.idcard.codec.CardPayloads;
import org.lingong.devices.idcard.codec.FrameEvent;
import org.lingong.devices.idcard.codec.OpaqueBytes;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.codec.SamFrame;
import org.lingong.devices.idcard.codec.SamFrameDecoder;
import org.lingong.devices.idcard.codec.SamId;
import org.lingong.devices.idcard.codec.SamResult;
import org.lingong.devices.idcard.codec.TextBlockDecoder;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synchronous request/response with a SAM ID-card reader over an open {@link Transport}
 * (devices.md A). Each command discards stale input, writes the request frame and reads the reply
 * by length (header, then LEN bytes; garbage before the preamble is skipped) until the command's
 * deadline ({@link SamTimeouts}).
 *
 * <p>Threading: runs entirely on the caller's thread, which must be the port's owner thread; not
 * safe for concurrent use. Result codes are returned as values; a missing, late, malformed or
 * checksum-failing reply and a vanished device throw {@link TransportException} (TIMEOUT, PROTOCOL,
 * DISCONNECTED). Card data never reaches the log.
 */
public final class SamReaderSession {

    private static final Logger log = LoggerFactory.getLogger(SamReaderSession.class);
    private static final OpaqueBytes NO_SERIAL = OpaqueBytes.of(new byte[8]);

    private final Transport transport;
    private final SamTimeouts timeouts;
    private final byte[] readBuffer = new byte[4096];

    public SamReaderSession(Transport transport, SamTimeouts timeouts) {
        this.transport = transport;
        this.timeouts = timeouts;
    }

    public SamReaderSession(Transport transport) {
        this(transport, SamTimeouts.defaults());
    }

    /** The reply to select card: its result and the 8 bytes the reader reports (a card serial; zeros on many readers). */
    public record Selection(SamResult result, OpaqueBytes serial) {
        public boolean isSelected() {
            return result.equals(SamResult.SUCCESS);
        }
    }

    /** The reply to read appended address ({@code 30 03}): the result and the addresses (empty when none). */
    public record AppendedAddresses(SamResult result, List<String> addresses) {
        public AppendedAddresses {
            addresses = List.copyOf(addresses);
        }

        @Override
        public String toString() {
            return "AppendedAddresses[" + result + ", " + addresses.size() + " addresses]";
        }
    }

    /** The transport this session talks over. */
    public Transport transport() {
        return transport;
    }

    /** find → select → read; stops at the first step that does not succeed. */
    public CardReadOutcome readCard(ReadMode mode) throws TransportException {
        SamResult find = findCard();
        if (find.equals(SamResult.FIND_FAILED)) {
            return new CardReadOutcome.NoCard();
        }
        if (!find.equals(SamResult.FIND_OK)) {
            return new CardReadOutcome.ReadFailed(SamCommand.FIND_CARD, find);
        }
        Selection selection = selectCard();
        if (!selection.isSelected()) {
            return new CardReadOutcome.ReadFailed(SamCommand.SELECT_CARD, selection.result());
        }
        return readSelectedCard(mode);
    }

    /** {@code 20 01}: {@code 9F} card found, {@code 80} none. */
    public SamResult findCard() throws TransportException {
        return exchange(SamCommand.FIND_CARD).result();
    }

    /** {@code 20 02}: {@code 90} selected, {@code 81} failed. */
    public Selection selectCard() throws TransportException {
        SamFrame reply = exchange(SamCommand.SELECT_CARD);
        byte[] data = reply.responseData();
        return new Selection(reply.result(), data.length == 0 ? NO_SERIAL : OpaqueBytes.of(data));
    }

    /** Reads the selected card ({@code 30 01} or {@code 30 10}) and decodes it. */
    public CardReadOutcome readSelectedCard(ReadMode mode) throws TransportException {
        SamFrame reply = exchange(mode.command());
        if (!reply.result().equals(SamResult.SUCCESS)) {
            return new CardReadOutcome.ReadFailed(mode.command(), reply.result());
        }
        try {
            CardPayload payload = mode == ReadMode.TEXT_PHOTO
                    ? CardPayloads.parseTextPhoto(reply.responseData())
                    : CardPayloads.parseTextPhotoFingerprint(reply.responseData());
            return new CardReadOutcome.CardRead(TextBlockDecoder.decode(payload));
        } catch (CardDecodeException e) {
            log.warn("{}: card data does not decode: {}", transport.describe(), e.getMessage());
            return new CardReadOutcome.InvalidCardData(e);
        }
    }

    /** {@code 30 03}: the appended addresses ({@code 91} or a payload of ≤ 4 bytes means none). */
    public AppendedAddresses readAppendedAddresses() throws TransportException {
        SamFrame reply = exchange(SamCommand.READ_APPENDED_ADDRESS);
        if (!reply.result().equals(SamResult.SUCCESS)) {
            return new AppendedAddresses(reply.result(), List.of());
        }
        try {
            return new AppendedAddresses(reply.result(), CardPayloads.parseAppendedAddresses(reply.responseData()));
        } catch (CardDecodeException e) {
            throw new TransportException(Reason.PROTOCOL, transport.describe() + ": " + e.getMessage(), e);
        }
    }

    /** {@code 11 FF}: {@code 90} when the SAM is healthy. */
    public SamResult samStatus() throws TransportException {
        return exchange(SamCommand.SAM_STATUS).result();
    }

    /** {@code 10 FF}: resets the SAM. */
    public SamResult resetSam() throws TransportException {
        return exchange(SamCommand.RESET_SAM).result();
    }

    /** {@code 12 FF}: the SAM's management number, empty if the SAM answers with a failure code. */
    public Optional<SamId> readSamId() throws TransportException {
        SamFrame reply = exchange(SamCommand.READ_SAM_ID);
        if (!reply.result().equals(SamResult.SUCCESS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SamId.parse(reply.responseData()));
        } catch (CardDecodeException e) {
            throw new TransportException(Reason.PROTOCOL, transport.describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code 60 nn}: asks the reader to switch its UART to {@code baud}. On {@code 90} the caller must
     * reopen the port at the new baud.
     */
    public SamResult setBaud(int baud) throws TransportException {
        SamCommand command = SamCommand.setBaud(baud)
                .orElseThrow(() -> new IllegalArgumentException("reader baud must be 115200, 57600, 38400, 19200 or 9600"));
        return exchange(command).result();
    }

    /**
     * Sends {@code command} and returns the validated reply frame (which carries SW1 SW2 SW3).
     *
     * @throws TransportException TIMEOUT when no complete reply arrives in time (the message says how
     *     much arrived), PROTOCOL on a checksum error, impossible length or a reply too short to hold
     *     a result code, DISCONNECTED when the device vanished
     */
    public SamFrame exchange(SamCommand command) throws TransportException {
        transport.discardInput();
        transport.write(command.requestBytes());
        Deadline deadline = Deadline.in(timeouts.of(command));
        SamFrame reply = readReply(command, deadline);
        if (!reply.hasResultCode()) {
            throw new TransportException(Reason.PROTOCOL, transport.describe() + ": reply to " + describe(command)
                    + " has " + reply.bodyLength() + " body bytes, too short for SW1 SW2 SW3");
        }
        if (reply.bodyByte(0) != 0 || reply.bodyByte(1) != 0) {
            log.debug("{}: reply to {} has SW1 SW2 = {} {}", transport.describe(), describe(command),
                    reply.bodyByte(0), reply.bodyByte(1));
        }
        log.debug("{}: {} -> {}", transport.describe(), describe(command), reply.result());
        return reply;
    }

    private SamFrame readReply(SamCommand command, Deadline deadline) throws TransportException {
        SamFrameDecoder decoder = new SamFrameDecoder();
        while (true) {
            int n = transport.read(readBuffer, 0, Math.min(decoder.bytesWanted(), readBuffer.length), deadline);
            if (n == 0) {
                throw timeout(command, decoder);
            }
            for (FrameEvent event : decoder.feed(readBuffer, 0, n)) {
                if (event instanceof FrameEvent.Received received) {
                    return received.frame();
                }
                FrameEvent.Rejected rejected = (FrameEvent.Rejected) event;
                throw new TransportException(Reason.PROTOCOL, transport.describe() + ": reply to " + describe(command)
                        + " rejected, " + rejected.error() + ": " + rejected.detail());
            }
        }
    }

    private TransportException timeout(SamCommand command, SamFrameDecoder decoder) {
        String got;
        if (decoder.expectedFrameLength().isPresent()) {
            got = "received " + decoder.buffered() + " of " + decoder.expectedFrameLength().getAsInt()
                    + " bytes (truncated frame)";
        } else if (decoder.buffered() > 0) {
            got = "received only " + decoder.buffered() + " header bytes";
        } else {
            got = "received no frame";
        }
        if (decoder.skippedBytes() > 0) {
            got += ", skipped " + decoder.skippedBytes() + " bytes of noise";
        }
        return new TransportException(Reason.TIMEOUT, transport.describe() + ": no complete reply to "
                + describe(command) + " within " + timeouts.of(command).toMillis() + " ms: " + got);
    }

    private static String describe(SamCommand command) {
        return command + " (" + command.hex() + ")";
    }
}
