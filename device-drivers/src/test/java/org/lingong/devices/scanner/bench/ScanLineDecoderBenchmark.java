package org.lingong.devices.scanner.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.lingong.devices.scanner.codec.ScanLineDecoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The scanner line decoder fed 20,000 URL-style codes in 64-byte reads; the score is per code. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScanLineDecoderBenchmark {

    private static final int CODES = 20_000;

    private byte[] stream;

    @Setup
    public void setUp() {
        byte[] line = "https://example.cn/q?token=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789\r\n".getBytes(StandardCharsets.UTF_8);
        stream = new byte[line.length * CODES];
        for (int i = 0; i < CODES; i++) {
            System.arraycopy(line, 0, stream, i * line.length, line.length);
        }
    }

    @Benchmark
    @OperationsPerInvocation(CODES)
    public int decodeInReadSizedChunks() {
        ScanLineDecoder decoder = new ScanLineDecoder();
        int codes = 0;
        for (int off = 0; off < stream.length; off += 64) {
            codes += decoder.feed(stream, off, Math.min(64, stream.length - off)).size();
        }
        return codes;
    }
}
