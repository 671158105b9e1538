package org.lingong.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.devices.scanner.codec.ScanResult;
import org.lingong.devices.scanner.codec.ScannedCode;
import org.lingong.devices.scanner.codec.TextEncoding;
import org.lingong.devices.scanner.sim.ScanEmission;
import org.lingong.devices.scanner.sim.ScanEmission.Suffix;
import org.lingong.devices.scanner.sim.ScannerSimulator;
import org.lingong.devices.testing.PipeFactory;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;

/** The scanner session against the scanner simulator over an in-memory pipe. */
class CodeScannerSessionTest {

    private final ScannerSimulator scanner = new ScannerSimulator();
    private final PipeFactory pipes = new PipeFactory(scanner);
    private Transport transport;
    private CodeScannerSession session;

    @BeforeEach
    void connect() throws TransportException {
        transport = pipes.create();
        transport.open();
        session = CodeScannerSession.factory().open(transport);
    }

    @AfterEach
    void close() {
        transport.close();
    }

    @Test
    void codesArriveInOrderWithTheirEncoding() throws TransportException {
        scanner.scan("6901234567892");
        scanner.scan("电子社保卡", Charset.forName("GBK"), Suffix.CRLF);
        scanner.scan("https://例子.cn/?id=7", StandardCharsets.UTF_8, Suffix.LF);

        assertThat(text(session.next(Deadline.inMillis(5_000)))).isEqualTo("6901234567892");
        ScannedCode gbk = (ScannedCode) session.next(Deadline.inMillis(5_000)).orElseThrow();
        assertThat(gbk.text()).isEqualTo("电子社保卡");
        assertThat(gbk.encoding()).isEqualTo(TextEncoding.GBK);
        assertThat(text(session.next(Deadline.inMillis(5_000)))).isEqualTo("https://例子.cn/?id=7");
    }

    @Test
    void aCodeSentInSlowChunksIsAssembled() throws TransportException {
        scanner.emit(ScanEmission.of("订单号-20261127-0001", StandardCharsets.UTF_8, Suffix.CRLF)
                .inChunks(3, Duration.ofMillis(15)));
        assertThat(text(session.next(Deadline.inMillis(5_000)))).isEqualTo("订单号-20261127-0001");
    }

    @Test
    void noCodeBeforeTheDeadlineIsEmptyAndKeepsAPartialLine() throws TransportException {
        scanner.emit(ScanEmission.raw("PART".getBytes(StandardCharsets.US_ASCII)));
        assertThat(session.next(Deadline.inMillis(300))).isEmpty();
        scanner.emit(ScanEmission.raw("IAL\r".getBytes(StandardCharsets.US_ASCII)));
        assertThat(text(session.next(Deadline.inMillis(5_000)))).isEqualTo("PARTIAL");
    }

    @Test
    void pollReturnsEveryCompletedLine() throws Exception {
        scanner.emit(ScanEmission.raw("A1\rB2\rC3".getBytes(StandardCharsets.US_ASCII)));
        java.util.List<ScanResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < 50 && results.size() < 2; i++) {
            results.addAll(session.poll(Deadline.inMillis(200)));
        }
        assertThat(results).extracting(r -> ((ScannedCode) r).text()).containsExactly("A1", "B2");
    }

    @Test
    void anUnpluggedScannerIsADisconnect() {
        pipes.latest().deviceEnd().unplug();
        assertThatThrownBy(() -> session.next(Deadline.inMillis(5_000)))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.DISCONNECTED));
    }

    @Test
    void unencodableTextIsRejectedBySimulatorNotSilentlyReplaced() {
        assertThatThrownBy(() -> scanner.scan("😀", Charset.forName("GBK"), Suffix.CR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GBK");
    }

    private static String text(Optional<ScanResult> result) {
        return ((ScannedCode) result.orElseThrow()).text();
    }
}
