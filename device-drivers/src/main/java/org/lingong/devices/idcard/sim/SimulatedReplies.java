package org.lingong.devices.idcard.sim;

import java.util.Optional;
import org.lingong.devices.idcard.codec.CardPayloads;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.codec.SamFrame;
import org.lingong.devices.idcard.codec.SamResult;
import org.lingong.devices.idcard.codec.TextBlockEncoder;

/** The simulated reader's replies per command (devices.md A.2-A.4). */
final class SimulatedReplies {

    private static final byte[] NONE = new byte[0];

    private SimulatedReplies() {
    }

    static SamFrame reply(SamCommand command, ReaderState state, boolean reportSerials, FindAfterRead findAfterRead) {
        Optional<ReaderState.Placed> placed = state.placed();
        return switch (command) {
            case RESET_SAM, SAM_STATUS, SET_BAUD_115200, SET_BAUD_57600, SET_BAUD_38400, SET_BAUD_19200, SET_BAUD_9600 ->
                    SamFrame.response(SamResult.SUCCESS, NONE);
            case READ_SAM_ID -> SamFrame.response(SamResult.SUCCESS, IdCardReaderSimulator.samIdBytes());
            case FIND_CARD -> placed.isPresent() && !(findAfterRead == FindAfterRead.STOPS_FINDING_UNTIL_LIFTED
                    && state.readSincePlaced())
                    ? SamFrame.response(SamResult.FIND_OK, new byte[4])
                    : SamFrame.response(SamResult.FIND_FAILED, NONE);
            case SELECT_CARD -> placed.map(p -> SamFrame.response(SamResult.SUCCESS,
                            reportSerials ? p.serial() : new byte[8]))
                    .orElseGet(() -> SamFrame.response(SamResult.SELECT_FAILED, NONE));
            case READ_TEXT_PHOTO, READ_TEXT_PHOTO_FINGERPRINT -> placed.map(p -> {
                state.markRead();
                return SamFrame.response(SamResult.SUCCESS, cardData(command, p.card()));
            }).orElseGet(() -> SamFrame.response(SamResult.READ_FAILED, NONE));
            case READ_APPENDED_ADDRESS -> placed.map(p -> SamFrame.response(SamResult.SUCCESS,
                            p.appendedAddresses().isEmpty() ? new byte[4]
                                    : CardPayloads.buildAppendedAddresses(p.appendedAddresses())))
                    .orElseGet(() -> SamFrame.response(SamResult.READ_FAILED, NONE));
        };
    }

    /** The failure reply a reader gives to {@code command} when no card is there, if it is a card command. */
    static Optional<SamFrame> noCard(SamCommand command) {
        return switch (command) {
            case FIND_CARD -> Optional.of(SamFrame.response(SamResult.FIND_FAILED, NONE));
            case SELECT_CARD -> Optional.of(SamFrame.response(SamResult.SELECT_FAILED, NONE));
            case READ_TEXT_PHOTO, READ_TEXT_PHOTO_FINGERPRINT, READ_APPENDED_ADDRESS ->
                    Optional.of(SamFrame.response(SamResult.READ_FAILED, NONE));
            default -> Optional.empty();
        };
    }

    private static byte[] cardData(SamCommand command, IdCard card) {
        byte[] text = TextBlockEncoder.encode(card);
        return command == SamCommand.READ_TEXT_PHOTO
                ? CardPayloads.buildTextPhoto(text, card.photo().bytes())
                : CardPayloads.buildTextPhotoFingerprint(text, card.photo().bytes(), card.fingerprint().bytes());
    }
}
