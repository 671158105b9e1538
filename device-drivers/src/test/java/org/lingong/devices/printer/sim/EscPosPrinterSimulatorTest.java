package org.lingong.devices.printer.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.devices.printer.codec.HexAssert.bytes;
import static org.lingong.devices.printer.codec.HexAssert.concat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lingong.devices.printer.ReceiptLayout;
import org.lingong.devices.printer.SampleSlip;
import org.lingong.devices.printer.codec.Align;
import org.lingong.devices.printer.codec.EscPosBuilder;
import org.lingong.devices.printer.codec.MonoBitmap;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.QrErrorCorrection;
import org.lingong.devices.printer.codec.StatusDecoder;
import org.lingong.devices.printer.codec.StatusReply;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.PipeTransport;
import org.lingong.devices.transport.Transports;
import org.lingong.testing.QrImages;

class EscPosPrinterSimulatorTest {

    private final EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(PrinterProfile.paper58());

    @Test
    void cutEndsAReceiptWithTranscriptLines() {
        byte[] job = EscPosBuilder.create().init().align(Align.CENTER).bold(true).size(2, 2).line("推荐单")
                .size(1, 1).bold(false).align(Align.LEFT).line("工种：建筑小工").text("no LF before cut")
                .feedAndCut(3).line("second receipt").feedThenFullCut(2).build();

        List<PrintedReceipt> receipts = simulator.interpret(job);

        assertThat(receipts).hasSize(2);
        assertThat(receipts.get(0).transcript()).isEqualTo("推荐单\n工种：建筑小工\nno LF before cut\n");
        assertThat(receipts.get(0).cut()).isTrue();
        ReceiptElement.TextLine title = (ReceiptElement.TextLine) receipts.get(0).elements().get(0);
        assertThat(title.align()).isEqualTo(Align.CENTER);
        assertThat(title.runs()).singleElement().isEqualTo(new ReceiptElement.TextRun("推荐单", true, 2, 2));
        assertThat(receipts.get(1).transcript()).isEqualTo("second receipt\n");
    }

    @Test
    void linesLongerThanThePaperWrapAsOnAPrinter() {
        byte[] job = EscPosBuilder.create().line("x".repeat(40)).size(2, 1).line("中".repeat(9)).feedAndCut(0).build();
        assertThat(simulator.interpret(job).get(0).transcript())
                .isEqualTo("x".repeat(32) + "\n" + "x".repeat(8) + "\n" + "中".repeat(8) + "\n中\n");
    }

    @Test
    void nativeQrIsListedAndDecodesFromThePng() {
        byte[] job = EscPosBuilder.create().init().line("top").lineFeed().align(Align.CENTER)
                .qrNative("https://lingong.example/v/TJ-0042", 5, QrErrorCorrection.M).lineFeed()
                .line("bottom").feedAndCut(0).build();
        PrintedReceipt receipt = simulator.interpret(job).get(0);
        assertThat(receipt.transcript()).contains("[QR native: https://lingong.example/v/TJ-0042]\n");
        assertThat(QrImages.read(receipt.png()).getWidth()).isEqualTo(384);
        assertThat(QrImages.decode(receipt.png())).contains("https://lingong.example/v/TJ-0042");
    }

    @Test
    void rasterImageIsDrawnAsReceived() {
        MonoBitmap bitmap = MonoBitmap.builder(16, 4).fillRect(0, 0, 16, 4).build();
        PrintedReceipt receipt = simulator.interpret(EscPosBuilder.create().raster(bitmap).feedAndCut(0).build()).get(0);
        assertThat(receipt.transcript()).isEqualTo("[RASTER 16x4]\n");
        var image = QrImages.read(receipt.png());
        assertThat(image.getRGB(0, 8) & 0xFFFFFF).isZero();            // top-left dot, below the 8-pixel margin
        assertThat(image.getRGB(15, 11) & 0xFFFFFF).isZero();
        assertThat(image.getRGB(16, 8) & 0xFFFFFF).isEqualTo(0xFFFFFF); // right of the image: paper
    }

    @Test
    void dleEotInsideRasterDataIsPrintedNotAnswered() throws IOException {
        byte[] data = bytes(0x10, 0x04, 0x01, 0x10);   // 1 byte per row, 4 rows; rows spell DLE EOT 1
        byte[] job = concat(bytes(0x1D, 0x76, 0x30, 0x00, 0x01, 0x00, 0x04, 0x00), data, bytes(0x10, 0x04, 0x04));
        ByteArrayOutputStream replies = new ByteArrayOutputStream();
        simulator.setState(SimulatedPrinterState.PAPER_NEAR_END);
        simulator.serve(new ByteArrayInputStream(job), replies);
        assertThat(replies.toByteArray()).containsExactly(0x1E);   // only the real DLE EOT 4 after the image
        assertThat(simulator.statusRequestsReceived()).isEqualTo(1);
        assertThat(simulator.jobBytesReceived()).isEqualTo(12);
        assertThat(simulator.receipts()).singleElement().satisfies(r -> assertThat(r.transcript()).isEqualTo("[RASTER 8x4]\n"));
    }

    @ParameterizedTest
    @EnumSource(value = SimulatedPrinterState.class, mode = EnumSource.Mode.EXCLUDE, names = "GARBLED")
    void statusRepliesFollowTheInjectedStateAndKeepTheFixedPattern(SimulatedPrinterState state) throws IOException {
        simulator.setState(state);
        ByteArrayOutputStream replies = new ByteArrayOutputStream();
        simulator.serve(new ByteArrayInputStream(bytes(0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x03, 0x10, 0x04, 0x04)), replies);
        byte[] out = replies.toByteArray();
        if (state == SimulatedPrinterState.SILENT) {
            assertThat(out).isEmpty();
            return;
        }
        assertThat(out).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(StatusDecoder.isRealTimePattern(out[i] & 0xFF)).as("reply to n=%d", i + 1).isTrue();
            assertThat(out[i] & 0xFF).isEqualTo(state.replyTo(i + 1));
        }
        assertThat(simulator.receipts()).isEmpty();
    }

    @Test
    void asbEnableAnswersWithAFourByteBlockThatDecodes() throws IOException {
        simulator.setState(SimulatedPrinterState.COVER_OPEN);
        ByteArrayOutputStream replies = new ByteArrayOutputStream();
        simulator.serve(new ByteArrayInputStream(bytes(0x1D, 0x61, 0xFF)), replies);
        assertThat(StatusDecoder.decodeAsb(replies.toByteArray()))
                .isInstanceOfSatisfying(StatusReply.Decoded.class, d -> assertThat(d.conditions())
                        .contains(PrinterCondition.COVER_OPEN,
                                PrinterCondition.OFFLINE));
    }

    @Test
    void asbPushesABlockWhenTheStateChanges() throws Exception {
        PipeTransport pipe = PipeTransport.create("asb");
        pipe.open();
        Thread device = new Thread(() -> {
            try {
                simulator.serve(pipe.deviceEnd().input(), pipe.deviceEnd().output());
            } catch (IOException e) {
                // unplugged at the end of the test
            }
        });
        device.setDaemon(true);
        device.start();
        try {
            pipe.write(bytes(0x1D, 0x61, 0xFF));
            byte[] first = new byte[4];
            Transports.readFully(pipe, first, 0, 4,
                    Deadline.inMillis(5_000));
            simulator.setState(SimulatedPrinterState.PAPER_OUT);
            byte[] pushed = new byte[4];
            Transports.readFully(pipe, pushed, 0, 4,
                    Deadline.inMillis(5_000));

            assertThat(StatusDecoder.decodeAsb(first)).isEqualTo(new StatusReply.Decoded(
                    Set.of(PrinterCondition.ONLINE), Set.of()));
            assertThat(StatusDecoder.decodeAsb(pushed)).isEqualTo(new StatusReply.Decoded(
                    Set.of(PrinterCondition.OFFLINE,
                            PrinterCondition.PAPER_OUT), Set.of()));
        } finally {
            pipe.deviceEnd().unplug();
        }
    }

    @Test
    void unknownCommandsAreListedNotFatal() {
        byte[] job = concat(EscPosBuilder.create().line("before").build(),
                bytes(0x1B, 0x7A, 0x07, 0x1D, 0x99, 0x1D, 0x28, 0x4C, 0x02, 0x00, 0x30, 0x45),
                EscPosBuilder.create().line("after").feedAndCut(0).build());
        PrintedReceipt receipt = simulator.interpret(job).get(0);
        assertThat(receipt.unknownCommands()).containsExactly("ESC 7A", "control byte 07", "GS 99", "GS ( 4C with 2 bytes");
        assertThat(receipt.transcript()).startsWith("before\n").endsWith("after\n").contains("[UNKNOWN ESC 7A]");
    }

    @Test
    void streamEndingMidCommandKeepsWhatWasPrintedAsAnUncutReceipt() {
        byte[] job = concat(EscPosBuilder.create().line("partial").build(), bytes(0x1D, 0x76, 0x30, 0x00, 0x10, 0x00, 0x40));
        PrintedReceipt receipt = simulator.interpret(job).get(0);
        assertThat(receipt.cut()).isFalse();
        assertThat(receipt.transcript()).isEqualTo("partial\n[UNKNOWN truncated command starting 1D]\n");
    }

    @Test
    void sampleSlipWritesTranscriptAndPngToTheDirectory(@TempDir Path dir) throws IOException, InterruptedException {
        List<PrintedReceipt> seen = new ArrayList<>();
        simulator.addListener(seen::add);
        simulator.writeReceiptsTo(dir);
        simulator.interpret(new ReceiptLayout(PrinterProfile.paper58()).referralSlip(SampleSlip.text()).bytes());
        assertThat(seen).hasSize(1);
        assertThat(simulator.awaitWrites(java.time.Duration.ofSeconds(30))).isTrue();
        assertThat(Files.readString(dir.resolve("receipt-0001.txt"))).contains("建筑小工", "张*三", "150***********1234");
        assertThat(QrImages.decode(Files.readAllBytes(dir.resolve("receipt-0001.png")))).contains(SampleSlip.SAMPLE_TOKEN);
    }
}
