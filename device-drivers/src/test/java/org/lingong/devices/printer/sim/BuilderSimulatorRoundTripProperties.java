package org.lingong.devices.printer.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.devices.printer.codec.Align;
import org.lingong.devices.printer.codec.EscPosBuilder;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.PrinterText;
import org.lingong.devices.printer.codec.QrErrorCorrection;
import org.lingong.devices.printer.codec.QrRaster;
import org.lingong.devices.testing.Gen;
import org.lingong.testing.QrImages;

class BuilderSimulatorRoundTripProperties {

    private static final PrinterProfile PAPER = PrinterProfile.paper58();

    record StyledLine(String text, Align align, boolean bold, int width, int height) {
    }

    @ParameterizedTest
    @MethodSource("receipts")
    void transcriptRepeatsTheTextOfEveryLine(List<StyledLine> lines) {
        EscPosBuilder builder = EscPosBuilder.create().init().chineseMode(true);
        StringBuilder expected = new StringBuilder();
        for (StyledLine line : lines) {
            builder.align(line.align()).bold(line.bold()).size(line.width(), line.height()).line(line.text());
            expected.append(line.text()).append('\n');
        }
        byte[] job = builder.feedAndCut(0).build();

        List<PrintedReceipt> receipts = new EscPosPrinterSimulator(PAPER).interpret(job);

        assertThat(receipts).singleElement().satisfies(receipt -> {
            assertThat(receipt.transcript()).isEqualTo(expected.toString());
            assertThat(receipt.unknownCommands()).isEmpty();
            List<ReceiptElement.TextLine> printed = receipt.elements().stream()
                    .filter(ReceiptElement.TextLine.class::isInstance).map(ReceiptElement.TextLine.class::cast).toList();
            for (int i = 0; i < lines.size(); i++) {
                assertThat(printed.get(i).align()).isEqualTo(lines.get(i).align());
                if (!lines.get(i).text().isEmpty()) {
                    assertThat(printed.get(i).runs()).singleElement().isEqualTo(new ReceiptElement.TextRun(
                            lines.get(i).text(), lines.get(i).bold(), lines.get(i).width(), lines.get(i).height()));
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void nativeQrPayloadDecodesFromTheReceiptImage(String payload) {
        byte[] job = EscPosBuilder.create().init().line("推荐单").lineFeed().align(Align.CENTER)
                .qrNative(payload, 4, QrErrorCorrection.M).lineFeed().line("end").feedAndCut(0).build();
        PrintedReceipt receipt = new EscPosPrinterSimulator(PAPER).interpret(job).get(0);
        assertThat(receipt.transcript()).contains("[QR native: " + payload + "]");
        assertThat(QrImages.decode(receipt.png())).contains(payload);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void rasterQrPayloadDecodesFromTheReceiptImage(String payload) {
        byte[] job = EscPosBuilder.create().init().line("推荐单").align(Align.CENTER)
                .raster(QrRaster.render(payload, QrErrorCorrection.M, 4, PAPER.printableDots()))
                .line("end").feedAndCut(0).build();
        PrintedReceipt receipt = new EscPosPrinterSimulator(PAPER).interpret(job).get(0);
        assertThat(receipt.transcript()).containsPattern("\\[RASTER \\d+x\\d+]");
        assertThat(QrImages.decode(receipt.png())).contains(payload);
    }

    static Stream<Arguments> receipts() {
        return Gen.cases(200, gen -> Arguments.of(gen.list(0, 12, () -> styledLine(gen))));
    }

    static Stream<Arguments> payloads() {
        return Gen.cases(40, gen -> {
            String token = gen.string(1, 150, () -> gen.charOf(
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~:/?=&"));
            return Arguments.of(gen.between(0, 2) < 2 ? token
                    : token + gen.string(1, 30, () -> gen.charBetween('\u4e00', '\u9fa5')));
        });
    }

    private static StyledLine styledLine(Gen gen) {
        int width = gen.between(1, 3);
        return new StyledLine(text(gen, PAPER.columns() / width), gen.of(Align.class), gen.bool(), width,
                gen.between(1, 3));
    }

    /** Printable ASCII and GBK hanzi whose width fits {@code columns}. */
    private static String text(Gen gen, int columns) {
        StringBuilder sb = new StringBuilder();
        for (char c : gen.list(0, columns, () -> gen.bool() ? gen.charBetween(' ', '~') : gen.charBetween('\u4e00', '\u9fa5'))) {
            if (PrinterText.columns(sb.toString() + c) <= columns) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
