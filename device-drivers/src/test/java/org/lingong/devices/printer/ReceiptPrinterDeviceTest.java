package org.lingong.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.lifecycle.DeviceState;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.printer.sim.SimulatedPrinterState;
import org.lingong.devices.sim.SimulatorServer;
import org.lingong.devices.testing.SimulatorOnPty;
import org.lingong.devices.testing.StatusRecorder;
import org.lingong.devices.transport.TcpTransport;
import org.lingong.devices.transport.TransportFactory;
import org.lingong.devices.transport.serial.SerialTransport;
import org.lingong.platform.api.retry.RetryPolicy;

/** The printer facade end to end over a socat pty (jSerialComm) and over TCP, through unplug and replug. */
class ReceiptPrinterDeviceTest {

    @TempDir
    Path dir;

    private final EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(PrinterProfile.paper58());
    private final StatusRecorder status = new StatusRecorder();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor();
    private final PrintJob slip = new ReceiptLayout(PrinterProfile.paper58()).referralSlip(SampleSlip.text());
    private ReceiptPrinterDevice printer;

    @AfterEach
    void stop() {
        if (printer != null) {
            printer.close();
        }
        delivery.shutdownNow();
    }

    @Test
    void survivesAPtyUnplugAndReplugAndPrintsAfterwards() throws Exception {
        try (SimulatorOnPty pty = SimulatorOnPty.start(simulator, dir.resolve("ttyPRN"))) {
            start(() -> SerialTransport.of(pty.path(), 115200));
            assertPrinted(1);

            pty.unplug();
            status.awaitState(DeviceState.OFFLINE);
            status.awaitState(DeviceState.RECONNECTING);
            pty.replug();
            status.awaitState(DeviceState.ONLINE);

            assertPrinted(2);
        }
    }

    @Test
    void aDroppedTcpConnectionIsNoticedByTheStatusPollAndReconnected() throws Exception {
        try (SimulatorServer server = SimulatorServer.start(simulator, 0)) {
            start(() -> new TcpTransport("127.0.0.1", server.port()));
            assertPrinted(1);

            server.dropConnections();

            assertThat(status.awaitState(DeviceState.ONLINE))
                    .containsSubsequence(DeviceState.OFFLINE, DeviceState.RECONNECTING, DeviceState.ONLINE);
            assertPrinted(2);
        }
    }

    @Test
    void paperOutRefusesTheJobAndReportsTheStatus() throws Exception {
        LinkedBlockingQueue<PrinterStatus> statuses = new LinkedBlockingQueue<>();
        try (SimulatorServer server = SimulatorServer.start(simulator, 0)) {
            start(() -> new TcpTransport("127.0.0.1", server.port()));
            printer.addPrinterStatusListener(statuses::add);
            simulator.setState(SimulatedPrinterState.PAPER_OUT);

            PrintResult result = printer.print(slip).get(20, TimeUnit.SECONDS);

            assertThat(result).isInstanceOfSatisfying(PrintResult.NotPrinted.class,
                    refused -> assertThat(refused.reason()).isEqualTo(PrinterCondition.PAPER_OUT));
            assertThat(simulator.receipts()).isEmpty();
            PrinterStatus seen = statuses.poll(20, TimeUnit.SECONDS);
            while (seen != null && !seen.has(PrinterCondition.PAPER_OUT)) {
                seen = statuses.poll(20, TimeUnit.SECONDS);
            }
            assertThat(seen).isNotNull();
            assertThat(printer.lastStatus()).hasValueSatisfying(s -> assertThat(s.has(PrinterCondition.PAPER_OUT)).isTrue());
        }
    }

    private void start(TransportFactory transports) throws Exception {
        ManagedDevice<ReceiptPrinterSession> device = ManagedDevice.builder("printer", transports,
                        ReceiptPrinterDevice.sessionFactory(PrinterProfile.paper58(), Duration.ofSeconds(2)))
                .reconnectPolicy(new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(400), 2, 0.2))
                .linkCheckInterval(Duration.ofMillis(100))
                .build();
        printer = new ReceiptPrinterDevice(device, Duration.ofMillis(200), delivery);
        device.addStatusListener(status);
        printer.start().get(10, TimeUnit.SECONDS);
        status.awaitState(DeviceState.ONLINE);
    }

    private void assertPrinted(int receiptNumber) throws Exception {
        PrintResult result = printer.print(slip).get(20, TimeUnit.SECONDS);
        assertThat(result).isInstanceOfSatisfying(PrintResult.Printed.class,
                printed -> assertThat(printed.bytesSent()).isEqualTo(slip.size()));
        assertThat(simulator.awaitReceipt(receiptNumber, Duration.ofSeconds(20)))
                .hasValueSatisfying(r -> assertThat(r.transcript()).contains("建筑小工"));
    }
}
