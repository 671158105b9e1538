package org.lingong.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.devices.printer.PrinterRig.Wire;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterErrorCause;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.devices.printer.sim.PrintedReceipt;
import org.lingong.testing.QrImages;
import org.lingong.devices.printer.sim.SimulatedPrinterState;
import org.lingong.devices.transport.TransportException;

/** The driver against the simulator over the wire: in-memory pipe and TCP. */
class ReceiptPrinterSessionTest {

    static Stream<Arguments> wiresAndProfiles() {
        return Stream.of(Wire.values()).flatMap(wire -> Stream.of(
                Arguments.of(wire, PrinterProfile.paper58()),
                Arguments.of(wire, PrinterProfile.paper80()),
                Arguments.of(wire, PrinterProfile.paper58().withNativeQr(false)),
                Arguments.of(wire, PrinterProfile.paper80().withNativeQr(false))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wiresAndProfiles")
    void sampleSlipPrintsWithMaskedPersonAndAReadableQr(Wire wire, PrinterProfile profile) throws Exception {
        try (PrinterRig rig = PrinterRig.start(wire, profile)) {
            PrintJob job = new ReceiptLayout(profile).referralSlip(SampleSlip.text());

            PrintResult result = rig.session.print(job.bytes());

            assertThat(result).isEqualTo(new PrintResult.Printed(job.size(), java.util.Set.of(), true));
            assertThat(rig.simulator.jobBytesReceived()).isEqualTo(job.size());
            PrintedReceipt receipt = rig.simulator.receipts().get(0);
            assertThat(receipt.cut()).isTrue();
            assertThat(receipt.unknownCommands()).isEmpty();
            assertThat(receipt.transcript())
                    .contains("工种岗位：建筑小工", "求职者：张*三", "身份证号：150***********1234", "李经理 13812345678", "￥260/天")
                    .doesNotContain("张小三", "150102199001011234")
                    .contains(profile.nativeQr() ? "[QR native: " + SampleSlip.SAMPLE_TOKEN + "]" : "[RASTER ");
            assertThat(QrImages.read(receipt.png()).getWidth()).isEqualTo(profile.printableDots());
            assertThat(QrImages.decode(receipt.png())).contains(SampleSlip.SAMPLE_TOKEN);
        }
    }

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource(textBlock = """
            PAPER_OUT,  PIPE, PAPER_OUT
            COVER_OPEN, PIPE, COVER_OPEN
            OFFLINE,    PIPE, OFFLINE
            ERROR,      PIPE, ERROR
            PAPER_OUT,  TCP,  PAPER_OUT
            COVER_OPEN, TCP,  COVER_OPEN
            OFFLINE,    TCP,  OFFLINE
            ERROR,      TCP,  ERROR
            SILENT,     PIPE, NO_REPLY
            SILENT,     TCP,  NO_REPLY
            """)
    void blockingStateRefusesTheJobAndSendsNothingOfIt(SimulatedPrinterState state, Wire wire,
                                                       PrinterCondition expected) throws Exception {
        Duration timeout = state == SimulatedPrinterState.SILENT ? PrinterRig.SILENT : PrinterRig.ANSWERING;
        try (PrinterRig rig = PrinterRig.start(wire, PrinterProfile.paper58(), timeout)) {
            rig.simulator.setState(state);

            PrintResult result = rig.session.print(sampleJob());

            assertThat(result).isInstanceOfSatisfying(PrintResult.NotPrinted.class,
                    notPrinted -> assertThat(notPrinted.reason()).isEqualTo(expected));
            assertThat(rig.simulator.jobBytesReceived()).isZero();
            assertThat(rig.simulator.receipts()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void paperNearEndPrintsWithAWarning(Wire wire) throws Exception {
        try (PrinterRig rig = PrinterRig.start(wire, PrinterProfile.paper80())) {
            rig.simulator.setState(SimulatedPrinterState.PAPER_NEAR_END);

            PrintResult result = rig.session.print(sampleJob());

            assertThat(result).isInstanceOfSatisfying(PrintResult.Printed.class, printed -> {
                assertThat(printed.warnings()).containsExactly(PrinterCondition.PAPER_NEAR_END);
                assertThat(printed.possiblyIncomplete()).isFalse();
            });
            assertThat(rig.simulator.receipts()).singleElement().satisfies(r -> assertThat(r.cut()).isTrue());
        }
    }

    @Test
    void paperRunningOutDuringTheJobIsReportedAfterIt() throws Exception {
        try (PrinterRig rig = PrinterRig.start(Wire.PIPE, PrinterProfile.paper58())) {
            rig.simulator.addListener(receipt -> rig.simulator.setState(SimulatedPrinterState.PAPER_OUT));

            PrintResult result = rig.session.print(sampleJob());

            assertThat(result).isInstanceOfSatisfying(PrintResult.Printed.class, printed -> {
                assertThat(printed.warnings()).contains(PrinterCondition.PAPER_OUT);
                assertThat(printed.possiblyIncomplete()).isTrue();
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void oneWayProfilePrintsWithoutAskingForStatus(Wire wire) throws Exception {
        PrinterProfile oneWay = PrinterProfile.paper58().withStatusSupported(false);
        try (PrinterRig rig = PrinterRig.start(wire, oneWay, PrinterRig.SILENT)) {
            rig.simulator.setState(SimulatedPrinterState.SILENT);

            PrintResult result = rig.session.print(sampleJob());

            assertThat(result).isInstanceOfSatisfying(PrintResult.Printed.class,
                    printed -> assertThat(printed.confirmed()).isFalse());
            assertThat(rig.simulator.awaitReceipt(1, Duration.ofSeconds(10))).isPresent();
            assertThat(rig.simulator.statusRequestsReceived()).isZero();
            assertThat(rig.session.status()).isEqualTo(PrinterStatus.noReply());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            ONLINE,         ONLINE,                 3
            PAPER_NEAR_END, ONLINE PAPER_NEAR_END,  3
            PAPER_OUT,      OFFLINE PAPER_OUT,      3
            COVER_OPEN,     OFFLINE COVER_OPEN,     3
            OFFLINE,        OFFLINE,                3
            ERROR,          OFFLINE ERROR,          4
            SILENT,         NO_REPLY,               1
            """)
    void statusMapsEachPrinterState(SimulatedPrinterState state, String conditions, int requests) throws Exception {
        Duration timeout = state == SimulatedPrinterState.SILENT ? PrinterRig.SILENT : PrinterRig.ANSWERING;
        try (PrinterRig rig = PrinterRig.start(Wire.PIPE, PrinterProfile.paper58(), timeout)) {
            rig.simulator.setState(state);

            PrinterStatus status = rig.session.status();

            assertThat(status.conditions()).containsExactlyInAnyOrder(Stream.of(conditions.split(" "))
                    .map(PrinterCondition::valueOf).toArray(PrinterCondition[]::new));
            assertThat(rig.simulator.statusRequestsReceived()).isEqualTo(requests);
            if (state == SimulatedPrinterState.ERROR) {
                assertThat(status.errors()).containsExactly(PrinterErrorCause.AUTOCUTTER);
            }
        }
    }

    @Test
    void replyBreakingTheFixedPatternIsAProtocolError() throws Exception {
        try (PrinterRig rig = PrinterRig.start(Wire.PIPE, PrinterProfile.paper58())) {
            rig.simulator.setState(SimulatedPrinterState.GARBLED);

            assertThatThrownBy(() -> rig.session.print(sampleJob()))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.PROTOCOL));
            assertThat(rig.simulator.jobBytesReceived()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void unplugDuringTheJobIsADisconnect(Wire wire) throws Exception {
        PrinterProfile rasterQr = PrinterProfile.paper80().withNativeQr(false);
        try (PrinterRig rig = PrinterRig.start(wire, rasterQr)) {
            rig.simulator.unplugAfter(600, rig.unplugAction());
            byte[] job = new ReceiptLayout(rasterQr).referralSlip(SampleSlip.text()).bytes();

            assertThatThrownBy(() -> rig.session.print(job))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.DISCONNECTED));
            assertThat(rig.simulator.receipts()).noneMatch(PrintedReceipt::cut);
            assertThat(rig.simulator.jobBytesReceived()).isBetween(600L, (long) job.length - 1);
        }
    }

    @Test
    void printingOnAnUnpluggedPipeIsADisconnect() throws Exception {
        try (PrinterRig rig = PrinterRig.start(Wire.PIPE, PrinterProfile.paper58())) {
            rig.unplugAction().run();

            assertThatThrownBy(() -> rig.session.print(sampleJob()))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.DISCONNECTED));
        }
    }

    private static byte[] sampleJob() {
        return new ReceiptLayout(PrinterProfile.paper58()).referralSlip(SampleSlip.text()).bytes();
    }
}
