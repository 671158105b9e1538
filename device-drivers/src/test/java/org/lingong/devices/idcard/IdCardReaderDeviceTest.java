package org.lingong.devices.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.codec.SamResult;
import org.lingong.devices.idcard.sim.Fault;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.idcard.sim.IdCardReaderSimulator;
import org.lingong.devices.lifecycle.DeviceState;
import org.lingong.devices.lifecycle.DeviceStatusEvent;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.testing.SimulatorOnPty;
import org.lingong.devices.testing.StatusRecorder;
import org.lingong.devices.transport.serial.SerialSettings;
import org.lingong.devices.transport.serial.SerialTransport;
import org.lingong.platform.api.retry.RetryPolicy;

/**
 * The reader facade end to end: simulator on TCP, socat pty, jSerialComm {@link SerialTransport}, managed device
 * with baud probe, card poller. Every injected fault is observed the way the kiosk observes it: card events and
 * status events.
 */
class IdCardReaderDeviceTest {

    @TempDir
    Path dir;

    private final IdCardReaderSimulator simulator = new IdCardReaderSimulator();
    private final LinkedBlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
    private final StatusRecorder status = new StatusRecorder();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor();
    private SimulatorOnPty pty;
    private IdCardReaderDevice reader;

    @BeforeEach
    void plugIn() throws Exception {
        pty = SimulatorOnPty.start(simulator, dir.resolve("ttyIDR"));
        SamTimeouts timeouts = SamTimeouts.defaults().cappedAt(Duration.ofMillis(1500));
        ManagedDevice<SamReaderSession> device = ManagedDevice.builder("idcard",
                        () -> new SerialTransport(SerialSettings.of(pty.path(), 9600)),
                        IdCardReaderDevice.sessionFactory(timeouts, IdCardReaderDevice.READER_BAUDS))
                .reconnectPolicy(new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(400), 2, 0.2))
                .linkCheckInterval(Duration.ofMillis(100))
                .build();
        reader = new IdCardReaderDevice(device, ReadMode.TEXT_PHOTO, Duration.ofMillis(100), delivery);
        reader.addCardListener(events::add);
        device.addStatusListener(status);
        reader.start().get(10, TimeUnit.SECONDS);
        status.awaitState(DeviceState.ONLINE);
    }

    @AfterEach
    void unplugAll() {
        reader.close();
        delivery.shutdownNow();
        pty.close();
    }

    @Test
    void aPlacedCardIsReadOnceAndItsRemovalReported() throws Exception {
        simulator.place(FictionalCards.MONGOLIAN_WORKER);

        assertPlaced(FictionalCards.MONGOLIAN_WORKER);
        simulator.remove();
        assertThat(nextEvent()).isInstanceOf(CardEvent.CardRemoved.class);
        assertThat(simulator.receivedCount(SamCommand.READ_TEXT_PHOTO)).isEqualTo(1);
    }

    @Test
    void aReadRefusedAsNoCardIsUnreadableThenReadNextCycle() throws Exception {
        simulator.injectOnce(Fault.NO_CARD, SamCommand.READ_TEXT_PHOTO);
        simulator.place(FictionalCards.RESIDENT);

        assertThat(nextEvent()).isEqualTo(new CardEvent.CardUnreadable(
                new CardReadOutcome.ReadFailed(SamCommand.READ_TEXT_PHOTO, SamResult.READ_FAILED)));
        assertPlaced(FictionalCards.RESIDENT);
    }

    @Test
    void aBadChecksumIsAnErrorStatusUntilTheNextGoodRead() throws Exception {
        simulator.injectOnce(Fault.BAD_CHECKSUM, SamCommand.READ_TEXT_PHOTO);
        simulator.place(FictionalCards.RESIDENT_LONG_TERM);

        status.awaitState(DeviceState.ERROR);
        assertThat(lastEvent().message()).startsWith("PROTOCOL").contains("rejected");
        assertPlaced(FictionalCards.RESIDENT_LONG_TERM);
        status.awaitState(DeviceState.ONLINE);
    }

    @Test
    void aTruncatedFrameIsAnErrorStatusNamingTheTruncationThenTheCardIsRead() throws Exception {
        simulator.injectOnce(Fault.TRUNCATED_FRAME, SamCommand.READ_TEXT_PHOTO);
        simulator.place(FictionalCards.HMT_HONG_KONG);

        status.awaitState(DeviceState.ERROR);
        assertThat(lastEvent().message()).startsWith("TIMEOUT").contains("truncated frame");
        assertPlaced(FictionalCards.HMT_HONG_KONG);
        status.awaitState(DeviceState.ONLINE);
    }

    @Test
    void garbageBeforeAReplyIsSkippedWithoutAnError() throws Exception {
        simulator.injectOnce(Fault.GARBAGE, SamCommand.READ_TEXT_PHOTO);
        simulator.place(FictionalCards.RESIDENT_CHECK_X);

        assertPlaced(FictionalCards.RESIDENT_CHECK_X);
        assertThat(reader.device().status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void aSlowlyPacedReplyArrivesWhole() throws Exception {
        simulator.setSlowFaultBaud(38_400);
        simulator.injectOnce(Fault.SLOW, SamCommand.READ_TEXT_PHOTO);
        simulator.place(FictionalCards.FOREIGNER_2023);

        assertPlaced(FictionalCards.FOREIGNER_2023);
        assertThat(reader.device().status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void anUnplugMidFrameGoesOfflineAndTheReplugReadsTheCardAgain() throws Exception {
        simulator.injectOnce(Fault.UNPLUG_MID_FRAME, SamCommand.READ_TEXT_PHOTO);
        simulator.place(FictionalCards.FOREIGNER_2017);

        status.awaitState(DeviceState.OFFLINE);
        pty.replug();
        List<DeviceState> path = status.awaitState(DeviceState.ONLINE);

        assertThat(path).contains(DeviceState.RECONNECTING)
                .isSubsetOf(DeviceState.OFFLINE, DeviceState.RECONNECTING, DeviceState.ONLINE);
        assertPlaced(FictionalCards.FOREIGNER_2017);
    }

    @Test
    void survivesUnplugAndReplugByItselfAndReadsACardPlacedAfterwards() throws Exception {
        pty.unplug();
        assertThat(status.awaitState(DeviceState.OFFLINE)).containsExactly(DeviceState.OFFLINE);
        status.awaitState(DeviceState.RECONNECTING);
        pty.replug();
        List<DeviceState> path = status.awaitState(DeviceState.ONLINE);
        assertThat(path.get(path.size() - 2)).isEqualTo(DeviceState.RECONNECTING);

        simulator.place(FictionalCards.MONGOLIAN_WORKER);

        assertPlaced(FictionalCards.MONGOLIAN_WORKER);
        assertThat(events).isEmpty();
    }

    private void assertPlaced(IdCard expected) throws InterruptedException {
        CardEvent event = nextEvent();
        assertThat(event).isInstanceOf(CardEvent.CardPlaced.class);
        IdCard card = ((CardEvent.CardPlaced) event).card();
        assertThat(card.documentNumber()).isEqualTo(expected.documentNumber());
        assertThat(card.displayName()).isEqualTo(expected.displayName());
        assertThat(card.photo()).isEqualTo(expected.photo());
    }

    private CardEvent nextEvent() throws InterruptedException {
        CardEvent event = events.poll(20, TimeUnit.SECONDS);
        assertThat(event).as("a card event within 20 s").isNotNull();
        return event;
    }

    private DeviceStatusEvent lastEvent() {
        List<DeviceStatusEvent> seen = status.events();
        return seen.get(seen.size() - 1);
    }
}
