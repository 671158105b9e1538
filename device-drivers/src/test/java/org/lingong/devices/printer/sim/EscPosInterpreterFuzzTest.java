package org.lingong.devices.printer.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.testing.QrImages;

class EscPosInterpreterFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void arbitraryBytesNeverCrashTheSimulator(byte[] stream) throws IOException {
        EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(PrinterProfile.paper58());
        ByteArrayOutputStream replies = new ByteArrayOutputStream();

        simulator.serve(new ByteArrayInputStream(stream), replies);

        assertThat(replies.size()).as("one reply byte per DLE EOT (ASB adds 4)")
                .isGreaterThanOrEqualTo((int) simulator.statusRequestsReceived());
        assertThat(simulator.jobBytesReceived() + 3 * simulator.statusRequestsReceived()).isEqualTo(stream.length);
        for (PrintedReceipt receipt : simulator.receipts()) {
            assertThat(receipt.transcript()).isNotNull();
            assertThat(QrImages.read(receipt.png()).getWidth()).isEqualTo(384);
        }
    }
}
