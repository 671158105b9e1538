package org.lingong.devices.printer.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.lingong.devices.printer.codec.Align;
import org.lingong.devices.printer.codec.EscPosBuilder;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.PrinterText;
import org.lingong.devices.printer.codec.QrErrorCorrection;
import org.lingong.devices.printer.codec.QrRaster;

class BuilderSimulatorRoundTripProperties {

    private static final PrinterProfile PAPER = PrinterProfile.paper58();

    record StyledLine(String text, Align align, boolean bold, int width, int height) {
    }

    @Property(tries = 200)
    void transcriptRepeatsTheTextOfEveryLine(@ForAll("receipts") @Size(max = 12) List<StyledLine> lines) {
        EscPosBuilder builder = EscPosBuilder.create().init().chineseMode(true);
        StringBuilder expected = new StringBuilder();
        for (StyledLine line : lines) {
            builder.align(line.align()).bold(line.bold()).size(line.width(), line.height()).line(line.text());
            expected.append(line.text()).append('\n');
        }
        byte[] job = builder.feedAndCut(0).build();
        net.jqwik.api.statistics.Statistics.label("lines").collect(lines.size() < 4 ? "0-3" : "4+");
        net.jqwik.api.statistics.Statistics.label("hanzi").collect(expected.codePoints().anyMatch(c -> c > 0x4000));

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

    @Property(tries = 40)
    void nativeQrPayloadDecodesFromTheReceiptImage(@ForAll("payloads") String payload) {
        byte[] job = EscPosBuilder.create().init().line("推荐单").lineFeed().align(Align.CENTER)
                .qrNative(payload, 4, QrErrorCorrection.M).lineFeed().line("end").feedAndCut(0).build();
        PrintedReceipt receipt = new EscPosPrinterSimulator(PAPER).interpret(job).get(0);
        assertThat(receipt.transcript()).contains("[QR native: " + payload + "]");
        assertThat(QrImages.decode(receipt.png())).contains(payload);
    }

    @Property(tries = 40)
    void rasterQrPayloadDecodesFromTheReceiptImage(@ForAll("payloads") String payload) {
        byte[] job = EscPosBuilder.create().init().line("推荐单").align(Align.CENTER)
                .raster(QrRaster.render(payload, QrErrorCorrection.M, 4, PAPER.printableDots()))
                .line("end").feedAndCut(0).build();
        PrintedReceipt receipt = new EscPosPrinterSimulator(PAPER).interpret(job).get(0);
        assertThat(receipt.transcript()).containsPattern("\\[RASTER \\d+x\\d+]");
        assertThat(QrImages.decode(receipt.png())).contains(payload);
    }

    @Provide
    Arbitrary<List<StyledLine>> receipts() {
        return styledLine().list();
    }

    @Provide
    Arbitrary<String> payloads() {
        Arbitrary<String> token = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~:/?=&")
                .ofMinLength(1).ofMaxLength(150);
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(30);
        return Arbitraries.oneOf(token, token, Combinators.combine(token, chinese).as((t, c) -> t + c));
    }

    private Arbitrary<StyledLine> styledLine() {
        Arbitrary<Integer> widths = Arbitraries.integers().between(1, 3);
        return Combinators.combine(Arbitraries.of(Align.class), Arbitraries.of(true, false), widths,
                        Arbitraries.integers().between(1, 3))
                .flatAs((align, bold, width, height) -> text(PAPER.columns() / width)
                        .map(text -> new StyledLine(text, align, bold, width, height)));
    }

    /** Printable ASCII and GBK hanzi whose width fits {@code columns}. */
    private static Arbitrary<String> text(int columns) {
        Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> hanzi = Arbitraries.chars().range('\u4e00', '\u9fa5');
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(1, ascii), net.jqwik.api.Tuple.of(1, hanzi))
                .list().ofMaxSize(columns)
                .map(chars -> {
                    StringBuilder sb = new StringBuilder();
                    for (char c : chars) {
                        if (PrinterText.columns(sb.toString() + c) <= columns) {
                            sb.append(c);
                        }
                    }
                    return sb.toString();
                });
    }
}
