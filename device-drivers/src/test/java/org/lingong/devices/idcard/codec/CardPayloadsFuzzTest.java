package org.lingong.devices.idcard.codec;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The payload parsers accept any bytes or throw the typed {@link CardDecodeException}, nothing else. */
class CardPayloadsFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void textPhotoPayload(FuzzedDataProvider data) {
        try {
            CardPayloads.parseTextPhoto(data.consumeRemainingAsBytes());
        } catch (CardDecodeException expected) {
            // the only failure allowed
        }
    }

    @FuzzTest(maxDuration = "10s")
    void textPhotoFingerprintPayload(FuzzedDataProvider data) {
        try {
            CardPayloads.parseTextPhotoFingerprint(data.consumeRemainingAsBytes());
        } catch (CardDecodeException expected) {
            // the only failure allowed
        }
    }

    @FuzzTest(maxDuration = "10s")
    void appendedAddressPayload(FuzzedDataProvider data) {
        try {
            CardPayloads.parseAppendedAddresses(data.consumeRemainingAsBytes());
        } catch (CardDecodeException expected) {
            // the only failure allowed
        }
    }
}
