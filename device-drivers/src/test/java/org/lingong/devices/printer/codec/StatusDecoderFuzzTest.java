package org.lingong.devices.printer.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

class StatusDecoderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyReplyBytesDecodeToAValueNeverAnException(FuzzedDataProvider data) {
        int n = data.consumeInt(1, 4);
        int reply = data.consumeInt(0, 255);
        StatusReply realTime = StatusDecoder.decodeRealTime(n, reply);
        assertThat(realTime instanceof StatusReply.Decoded).isEqualTo(StatusDecoder.isRealTimePattern(reply));
        if (realTime instanceof StatusReply.Decoded decoded && n == 1) {
            assertThat(decoded.conditions()).containsAnyOf(PrinterCondition.ONLINE, PrinterCondition.OFFLINE);
        }
        StatusReply asb = StatusDecoder.decodeAsb(data.consumeRemainingAsBytes());
        if (asb instanceof StatusReply.Decoded decoded) {
            PrinterStatus status = StatusDecoder.combine(java.util.List.of(decoded));
            assertThat(status.conditions()).isNotEmpty();
        }
    }
}
