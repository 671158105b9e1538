package org.lingong.devices.transport.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

class TransportSpecFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyTextEitherParsesAndRoundTripsOrIsRejectedWithItsBadPart(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        TransportSpec spec;
        try {
            spec = TransportSpec.parse(text);
        } catch (InvalidTransportSpecException e) {
            assertThat(e.getMessage()).contains("\"" + e.badPart() + "\"");
            return;
        }
        assertThat(TransportSpec.parse(spec.describe())).isEqualTo(spec);
    }
}
