package org.lingong.devices.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lingong.devices.idcard.sim.FictionalCards;

class CardPayloadsTest {

    @Test
    void readResponseHasTheQuotedHeaderAndOffsets() {
        byte[] text = TextBlockEncoder.encode(FictionalCards.RESIDENT);
        byte[] photo = FictionalCards.RESIDENT.photo().bytes();

        byte[] wire = SamFrame.response(SamResult.SUCCESS, CardPayloads.buildTextPhoto(text, photo)).toBytes();

        assertThat(wire).hasSize(1295);
        assertThat(Hex.of(Arrays.copyOf(wire, 14))).isEqualTo(Hex.normalized("AAAAAA9669050800009001000400"));
        assertThat(Arrays.copyOfRange(wire, 14, 270)).isEqualTo(text);
        assertThat(Arrays.copyOfRange(wire, 270, 1294)).isEqualTo(photo);
    }

    @Test
    void textPhotoPayloadSplitsByItsLengthFields() throws CardDecodeException {
        byte[] data = CardPayloads.buildTextPhoto(new byte[256], new byte[1024]);

        CardPayload payload = CardPayloads.parseTextPhoto(data);

        assertThat(payload.text()).hasSize(256);
        assertThat(payload.photo().length()).isEqualTo(1024);
        assertThat(payload.fingerprint().isEmpty()).isTrue();
    }

    @Test
    void lengthsComeFromTheFieldsNotFromConstants() throws CardDecodeException {
        CardPayload payload = CardPayloads.parseTextPhoto(Hex.bytes("00 02 00 03 41 00 01 02 03"));

        assertThat(Hex.of(payload.text())).isEqualTo("41 00");
        assertThat(Hex.of(payload.photo().bytes())).isEqualTo("01 02 03");
    }

    @Test
    void fingerprintPayloadWithFullFingerprintIs2321BytesOnTheWire() throws CardDecodeException {
        byte[] data = CardPayloads.buildTextPhotoFingerprint(new byte[256], new byte[1024], new byte[1024]);
        byte[] wire = SamFrame.response(SamResult.SUCCESS, data).toBytes();

        assertThat(wire).hasSize(2321);
        assertThat(Hex.of(Arrays.copyOf(wire, 16))).isEqualTo("AA AA AA 96 69 09 0A 00 00 90 01 00 04 00 04 00");
        assertThat(CardPayloads.parseTextPhotoFingerprint(data).fingerprint().length()).isEqualTo(1024);
    }

    @Test
    void fingerprintMayBeEmpty() throws CardDecodeException {
        byte[] data = CardPayloads.buildTextPhotoFingerprint(new byte[256], new byte[1024], new byte[0]);

        CardPayload payload = CardPayloads.parseTextPhotoFingerprint(data);

        assertThat(Hex.of(Arrays.copyOf(data, 6))).isEqualTo("01 00 04 00 00 00");
        assertThat(payload.fingerprint().isEmpty()).isTrue();
        assertThat(payload.photo().length()).isEqualTo(1024);
    }

    @Test
    void lengthFieldsThatDoNotAddUpAreADecodeError() {
        assertThatThrownBy(() -> CardPayloads.parseTextPhoto(Hex.bytes("01 00 04 00 00 00")))
                .isInstanceOfSatisfying(CardDecodeException.class, e -> {
                    assertThat(e.field()).isEqualTo("lengthFields");
                    assertThat(e.getMessage()).contains("text 256 + photo 1024 + 4 header bytes = 1284",
                            "payload has 6 bytes");
                });
        assertThatThrownBy(() -> CardPayloads.parseTextPhotoFingerprint(Hex.bytes("01 00")))
                .isInstanceOf(CardDecodeException.class);
    }

    @Test
    void appendedAddressOfFourBytesOrLessMeansNone() throws CardDecodeException {
        assertThat(CardPayloads.parseAppendedAddresses(new byte[4])).isEmpty();
        assertThat(CardPayloads.parseAppendedAddresses(new byte[0])).isEmpty();
    }

    @Test
    void appendedAddressesAre70ByteSlots() throws CardDecodeException {
        byte[] data = CardPayloads.buildAppendedAddresses(List.of("内蒙古自治区呼和浩特市示例区新址1号", "示例路2号"));

        assertThat(data).hasSize(140);
        assertThat(CardPayloads.parseAppendedAddresses(data))
                .containsExactly("内蒙古自治区呼和浩特市示例区新址1号", "示例路2号");
    }

    @Test
    void oddAppendedAddressPayloadIsADecodeError() {
        assertThatThrownBy(() -> CardPayloads.parseAppendedAddresses(new byte[7]))
                .isInstanceOfSatisfying(CardDecodeException.class,
                        e -> assertThat(e.field()).isEqualTo("appendedAddress"));
    }
}
