package org.lingong.devices.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.lingong.devices.idcard.sim.IdCardReaderSimulator;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.printer.sim.SimulatedPrinterState;
import org.lingong.devices.scanner.sim.ScannerSimulator;
import org.lingong.devices.sim.PipedSimulators;
import org.lingong.devices.transport.Transport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The probe over in-memory pipes to the real simulators (each speaks its device's wire protocol). */
class PortProbeTest {

    private final IdCardReaderSimulator reader = new IdCardReaderSimulator();
    private final EscPosPrinterSimulator printer = new EscPosPrinterSimulator(PrinterProfile.paper80());
    private final ScannerSimulator scanner = new ScannerSimulator();
    private final PipedSimulators simulators = new PipedSimulators(name -> switch (name) {
        case "idcard" -> reader;
        case "printer" -> printer;
        default -> scanner;
    });

    @AfterEach
    void unplug() {
        simulators.close();
    }

    @Test
    void aReaderAnswersSamStatus() throws Exception {
        try (Transport transport = simulators.forSimulator("idcard").create()) {
            ProbeResult result = PortProbe.probe(transport);

            assertThat(result).isInstanceOf(ProbeResult.IdCardReader.class);
            assertThat(((ProbeResult.IdCardReader) result).baud()).as("no baud on a pipe").isEmpty();
            assertThat(((ProbeResult.IdCardReader) result).samId()).isPresent();
        }
    }

    @Test
    void aPrinterAnswersDleEotWithItsState() throws Exception {
        printer.setState(SimulatedPrinterState.PAPER_OUT);
        try (Transport transport = simulators.forSimulator("printer").create()) {
            ProbeResult result = PortProbe.probe(transport);

            assertThat(result).isInstanceOf(ProbeResult.ReceiptPrinter.class);
            assertThat(((ProbeResult.ReceiptPrinter) result).status().has(PrinterCondition.PAPER_OUT)).isTrue();
        }
    }

    @Test
    void aScannerStaysSilent() throws Exception {
        try (Transport transport = simulators.forSimulator("scanner").create()) {
            assertThat(PortProbe.probe(transport)).isInstanceOf(ProbeResult.NoAnswer.class);
        }
    }
}
