package org.lingong.kiosk.devices;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.lingong.devices.idcard.IdCardReaderDevice;
import org.lingong.devices.idcard.ReadMode;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.scanner.CodeScannerSession;
import org.lingong.devices.scanner.SerialCodeScanner;
import org.lingong.devices.transport.spec.SimulatorTransports;
import org.lingong.kiosk.card.CardPlacementRouter;
import org.lingong.kiosk.worker.PlacedCard;
import org.lingong.kiosk.config.DevicesProperties;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.scan.ScanRouter;
import org.lingong.kiosk.scan.SerialScanListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The devices, one bean each, built from {@code kiosk.devices.*} ({@code sim:NAME} ports reach the in-process
 * simulators through the {@link SimulatorTransports} bean), and what their events feed: the status bar's source,
 * the card placement router and the scan router (both built in {@code recognition.RecognitionConfiguration}).
 *
 * <p>Life cycle: this configuration is the devices' {@link SmartLifecycle}: it starts them once every bean exists
 * (so no card or scan event finds its listener missing) and closes them first on shutdown; each device bean is also
 * closed by its destroy method. Starting never blocks: an absent device is OFFLINE and reconnects in the background.
 * Card and scan events reach their routers on the JavaFX thread through the {@link TaskExecutor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DevicesProperties.class)
public class DevicesConfiguration implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DevicesConfiguration.class);

    private final ObjectProvider<IdCardReaderDevice> reader;
    private final ObjectProvider<ReceiptPrinterDevice> printer;
    private final ObjectProvider<SerialCodeScanner> scanner;
    private volatile boolean running;

    DevicesConfiguration(ObjectProvider<IdCardReaderDevice> reader, ObjectProvider<ReceiptPrinterDevice> printer,
            ObjectProvider<SerialCodeScanner> scanner) {
        this.reader = reader;
        this.printer = printer;
        this.scanner = scanner;
    }

    @Bean
    PlacedCard placedCard() {
        return new PlacedCard();
    }

    @Bean(destroyMethod = "close")
    IdCardReaderDevice idCardReader(DevicesProperties properties, SimulatorTransports simulators,
            TaskExecutor executor, CardPlacementRouter router) {
        ManagedDevice<org.lingong.devices.idcard.SamReaderSession> device = ManagedDevice.builder("idcard",
                properties.idcard().spec().factory(simulators), IdCardReaderDevice.sessionFactory()).build();
        IdCardReaderDevice reader = new IdCardReaderDevice(device, ReadMode.TEXT_PHOTO,
                IdCardReaderDevice.DEFAULT_POLL_INTERVAL, executor::runOnUiThread);
        reader.addCardListener(router::onCardEvent);
        return reader;
    }

    /** Printer status goes to the status source on its own thread, never the device's owner thread. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService printerStatusDelivery() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "printer-status");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The paper width and QR mode every slip is laid out with; the remote configuration changes them live. */
    @Bean
    CurrentPrinterProfile currentPrinterProfile(DevicesProperties properties) {
        return CurrentPrinterProfile.of(properties.printer());
    }

    @Bean(destroyMethod = "close")
    ReceiptPrinterDevice receiptPrinter(DevicesProperties properties, SimulatorTransports simulators,
            ExecutorService printerStatusDelivery) {
        PrinterProfile profile = printerProfile(properties.printer());
        return new ReceiptPrinterDevice(ManagedDevice.builder("printer",
                properties.printer().spec().factory(simulators),
                ReceiptPrinterDevice.sessionFactory(profile, Duration.ofMillis(500))).build(),
                ReceiptPrinterDevice.DEFAULT_STATUS_INTERVAL, printerStatusDelivery);
    }

    @Bean(destroyMethod = "close")
    SerialCodeScanner codeScanner(DevicesProperties properties, SimulatorTransports simulators,
            TaskExecutor executor, ScanRouter router, NoticeViewModel notices) {
        SerialCodeScanner scanner = new SerialCodeScanner(ManagedDevice.builder("scanner",
                properties.scanner().spec().factory(simulators), CodeScannerSession.factory()).build(),
                executor::runOnUiThread);
        scanner.addListener(new SerialScanListener(router, notices));
        return scanner;
    }

    @Bean
    DriverStatusSource deviceStatusSource(IdCardReaderDevice reader, ReceiptPrinterDevice printer,
            SerialCodeScanner scanner) {
        DriverStatusSource source = new DriverStatusSource();
        source.follow(reader, printer, scanner);
        return source;
    }

    /** The printer model for the configured paper width and QR support, as at start (slips: CurrentPrinterProfile). */
    public static PrinterProfile printerProfile(DevicesProperties.Printer printer) {
        return CurrentPrinterProfile.profile(printer.paperWidth(), printer.nativeQr());
    }

    @Override
    public void start() {
        reader.getObject().start();
        printer.getObject().start();
        scanner.getObject().start();
        running = true;
        log.info("Devices started (ID-card reader, printer, scanner)");
    }

    @Override
    public void stop() {
        running = false;
        scanner.getObject().close();
        printer.getObject().close();
        reader.getObject().close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
