package org.lingong.devices.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.devices.testing.EchoDevice;
import org.lingong.devices.testing.EchoSession;
import org.lingong.devices.testing.PipeFactory;
import org.lingong.devices.testing.StatusRecorder;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;
import org.lingong.platform.api.retry.RetryPolicy;

class ManagedDeviceTest {

    private static final RetryPolicy FAST = new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100), 2, 0.2);

    private final PipeFactory pipes = new PipeFactory(new EchoDevice());
    private final StatusRecorder recorder = new StatusRecorder();
    private ManagedDevice<EchoSession> device;

    @BeforeEach
    void build() {
        device = ManagedDevice.builder("echo", pipes, EchoSession::new)
                .reconnectPolicy(FAST)
                .linkCheckInterval(Duration.ofMillis(50))
                .build();
        device.addStatusListener(recorder);
    }

    @AfterEach
    void close() {
        device.close();
    }

    @Test
    void lifeCycleGoesOpenEnableDisableClose() throws Exception {
        assertThat(device.lifecycleState()).isEqualTo(LifecycleState.CLOSED);
        assertThat(device.open().get(10, TimeUnit.SECONDS)).isEqualTo(DeviceState.DISABLED);
        assertThat(device.lifecycleState()).isEqualTo(LifecycleState.OPENED);

        device.enable();
        assertThat(recorder.awaitState(DeviceState.ONLINE)).containsExactly(DeviceState.DISABLED, DeviceState.ONLINE);
        device.disable();
        assertThat(recorder.awaitState(DeviceState.DISABLED)).containsExactly(DeviceState.DISABLED);
        device.enable();
        recorder.awaitState(DeviceState.ONLINE);
        device.close();

        assertThat(recorder.awaitState(DeviceState.CLOSED)).containsExactly(DeviceState.CLOSED);
        assertThat(device.lifecycleState()).isEqualTo(LifecycleState.CLOSED);
        assertThat(pipes.latest().isConnected()).as("transport closed").isFalse();
        assertThat(recorder.threads()).allMatch(name -> name.equals("device-echo-callbacks"));
    }

    @Test
    void illegalTransitionsAreTypedErrors() throws Exception {
        assertThatThrownBy(device::enable).isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.from()).isEqualTo(LifecycleState.CLOSED);
            assertThat(e.action()).isEqualTo("enable");
        });
        assertThatThrownBy(device::disable).isInstanceOf(IllegalTransitionException.class);
        device.open().get(10, TimeUnit.SECONDS);
        assertThatThrownBy(device::open).isInstanceOf(IllegalTransitionException.class).hasMessageContaining("OPENED");
        assertThatThrownBy(device::disable).isInstanceOf(IllegalTransitionException.class);
        device.enable();
        assertThatThrownBy(device::enable).isInstanceOf(IllegalTransitionException.class).hasMessageContaining("ENABLED");
    }

    @Test
    void closeIsIdempotentAndTheDeviceCanBeOpenedAgain() throws Exception {
        device.close();
        device.open().get(10, TimeUnit.SECONDS);
        device.close();
        device.close();
        assertThat(device.open().get(10, TimeUnit.SECONDS)).isEqualTo(DeviceState.DISABLED);
        device.enable();
        assertThat(device.submit(s -> s.echo("again")).get(10, TimeUnit.SECONDS)).isEqualTo("again");
    }

    @Test
    void closeEndsPeriodicTasksAndTheOwnerThreadWithoutACancel() throws Exception {
        openEnabled();
        CompletableFuture<Thread> owner = new CompletableFuture<>();
        CountDownLatch ran = new CountDownLatch(1);
        device.schedule(Duration.ofMillis(5), s -> {
            owner.complete(Thread.currentThread());
            ran.countDown();
            return null;
        });
        assertThat(ran.await(10, TimeUnit.SECONDS)).as("periodic task ran").isTrue();

        device.close();
        Thread ownerThread = owner.get();
        ownerThread.join(10_000);

        assertThat(ownerThread.isAlive()).as("owner thread still running a periodic task after close").isFalse();
    }

    @Test
    void operationsRunOnTheOwnerThreadAndReturnTheirResult() throws Exception {
        openEnabled();
        CompletableFuture<String> thread = device.submit(s -> Thread.currentThread().getName());
        CompletableFuture<String> echo = device.submit(s -> s.echo("你好 kiosk"));

        assertThat(thread.get(10, TimeUnit.SECONDS)).isEqualTo("device-echo");
        assertThat(echo.get(10, TimeUnit.SECONDS)).isEqualTo("你好 kiosk");
    }

    @Test
    void resultsCompleteOnTheCallbackThreadSoCallersCannotStallTheOwner() throws Exception {
        openEnabled();
        CountDownLatch attached = new CountDownLatch(1);
        CompletableFuture<String> result = device.submit(s -> {
            awaitQuietly(attached);
            return "done";
        });
        CompletableFuture<String> completingThread = result.thenApply(r -> Thread.currentThread().getName());
        attached.countDown();

        assertThat(completingThread.get(10, TimeUnit.SECONDS)).isEqualTo("device-echo-callbacks");
    }

    @Test
    void aFailingHandshakeIsRetriedWithBackoffUntilItSucceeds() throws Exception {
        AtomicInteger handshakes = new AtomicInteger();
        ManagedDevice<EchoSession> picky = ManagedDevice.builder("picky", pipes, transport -> {
                    if (handshakes.incrementAndGet() <= 2) {
                        throw new TransportException(Reason.PROTOCOL, "no answer at any baud rate");
                    }
                    return new EchoSession(transport);
                })
                .reconnectPolicy(FAST)
                .build();
        StatusRecorder events = new StatusRecorder();
        picky.addStatusListener(events);
        try {
            assertThat(picky.open().get(10, TimeUnit.SECONDS)).isEqualTo(DeviceState.OFFLINE);
            picky.enable();
            assertThat(events.awaitState(DeviceState.ONLINE)).containsExactly(DeviceState.OFFLINE,
                    DeviceState.RECONNECTING, DeviceState.OFFLINE, DeviceState.RECONNECTING, DeviceState.ONLINE);
            assertThat(events.events().get(0).message()).contains("no answer at any baud rate");
            assertThat(pipes.created()).hasSize(3);
            assertThat(pipes.created().get(0).isConnected()).as("a failed handshake closes its transport").isFalse();
            assertThat(picky.submit(s -> s.echo("ok")).get(10, TimeUnit.SECONDS)).isEqualTo("ok");
        } finally {
            picky.close();
        }
    }

    @Test
    void operationFailuresReachTheCallerAndOnlyADisconnectDropsTheLink() throws Exception {
        openEnabled();
        CompletableFuture<Object> timeout = device.submit(s -> {
            throw new TransportException(Reason.TIMEOUT, "no answer");
        });
        CompletableFuture<Object> bug = device.submit(s -> {
            throw new IllegalStateException("driver bug");
        });

        assertThatThrownBy(() -> timeout.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(TransportException.class)
                .hasMessageContaining("no answer");
        assertThatThrownBy(() -> bug.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(device.submit(s -> s.echo("still up")).get(10, TimeUnit.SECONDS)).isEqualTo("still up");
        assertThat(pipes.created()).hasSize(1);
    }

    @Test
    void operationsAreRefusedUnlessEnabled() throws Exception {
        assertFailsWith(device.submit(s -> "x"), DeviceNotEnabledException.class);
        device.open().get(10, TimeUnit.SECONDS);
        assertFailsWith(device.submit(s -> "x"), DeviceNotEnabledException.class);
        device.enable();
        device.disable();
        assertFailsWith(device.submit(s -> "x"), DeviceNotEnabledException.class);
    }

    @Test
    void anUnplugDuringAnOperationReconnectsWithANewTransport() throws Exception {
        openEnabled();

        CompletableFuture<String> during = device.submit(s -> {
            pipes.latest().deviceEnd().unplug(); // on the owner thread: the link check cannot notice it first
            return s.echo("lost");
        });
        assertThatThrownBy(() -> during.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED));

        List<DeviceState> path = recorder.awaitState(DeviceState.ONLINE);
        assertThat(path).containsExactly(DeviceState.OFFLINE, DeviceState.RECONNECTING, DeviceState.ONLINE);
        assertThat(device.submit(s -> s.echo("back")).get(10, TimeUnit.SECONDS)).isEqualTo("back");
        assertThat(pipes.created()).hasSize(2);
        assertThat(pipes.created().get(0).isConnected()).isFalse();
    }

    @Test
    void anIdleUnplugIsNoticedByTheLinkCheck() throws Exception {
        openEnabled();
        pipes.latest().deviceEnd().unplug();

        assertThat(recorder.awaitState(DeviceState.ONLINE))
                .containsExactly(DeviceState.OFFLINE, DeviceState.RECONNECTING, DeviceState.ONLINE);
    }

    @Test
    void whileOfflineOperationsFailAtOnceAndBackoffRetriesUntilTheDeviceReturns() throws Exception {
        openEnabled();
        pipes.setPresent(false);
        pipes.latest().deviceEnd().unplug();
        recorder.awaitState(DeviceState.OFFLINE);

        CompletableFuture<String> refused = device.submit(s -> s.echo("queued?"));
        assertThat(refused).as("refused at once, not queued").isCompletedExceptionally();
        assertFailsWith(refused, DeviceOfflineException.class);
        recorder.awaitState(DeviceState.RECONNECTING);
        recorder.awaitState(DeviceState.OFFLINE);
        int attemptsWhileAbsent = pipes.attempts();

        pipes.setPresent(true);
        List<DeviceState> path = recorder.awaitState(DeviceState.ONLINE);
        assertThat(path.get(path.size() - 2)).isEqualTo(DeviceState.RECONNECTING);
        assertThat(attemptsWhileAbsent).isGreaterThanOrEqualTo(2);
        assertThat(device.status().message()).isEmpty();
        assertThat(device.submit(s -> s.echo("ok")).get(10, TimeUnit.SECONDS)).isEqualTo("ok");
    }

    @Test
    void anAbsentDeviceOpensOfflineAndComesOnlineWhenPlugged() throws Exception {
        pipes.setPresent(false);
        assertThat(device.open().get(10, TimeUnit.SECONDS)).isEqualTo(DeviceState.OFFLINE);
        recorder.awaitState(DeviceState.OFFLINE);
        assertThat(recorder.events().get(0).message()).contains("unplugged").contains("next attempt in");
        device.enable();
        pipes.setPresent(true);
        recorder.awaitState(DeviceState.ONLINE);
    }

    @Test
    void periodicTasksRunOnTheOwnerThreadAndKeepRunningAfterAReconnect() throws Exception {
        openEnabled();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ranOnOwner = new CountDownLatch(3);
        device.schedule(Duration.ofMillis(10), s -> {
            runs.incrementAndGet();
            if (device.isOwnerThread()) {
                ranOnOwner.countDown();
            }
            return s.echo("poll");
        });
        assertThat(ranOnOwner.await(10, TimeUnit.SECONDS)).isTrue();

        pipes.latest().deviceEnd().unplug();

        assertThat(recorder.awaitState(DeviceState.ONLINE))
                .containsExactly(DeviceState.OFFLINE, DeviceState.RECONNECTING, DeviceState.ONLINE);
        int before = runs.get();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (runs.get() <= before + 2 && System.nanoTime() < giveUp) {
            Thread.sleep(10);
        }
        assertThat(runs.get()).as("runs after the reconnect").isGreaterThan(before + 2);
        assertThat(pipes.created()).hasSize(2);
    }

    @Test
    void aFailingPeriodicTaskReportsErrorUntilItSucceedsAgain() throws Exception {
        openEnabled();
        AtomicInteger runs = new AtomicInteger();
        PeriodicTask probe = device.schedule(Duration.ofMillis(10), s -> {
            if (runs.incrementAndGet() == 1) {
                throw new TransportException(Reason.TIMEOUT, "reader did not answer");
            }
            return null;
        });

        assertThat(recorder.awaitState(DeviceState.ERROR)).containsExactly(DeviceState.ERROR);
        assertThat(recorder.events().get(recorder.events().size() - 1).message()).contains("reader did not answer");
        recorder.awaitState(DeviceState.ONLINE);
        probe.cancel();
        assertThat(probe.isCancelled()).isTrue();
        assertThat(pipes.created()).hasSize(1);
    }

    @Test
    void closingStopsReconnectAttempts() throws Exception {
        openEnabled();
        pipes.setPresent(false);
        pipes.latest().deviceEnd().unplug();
        recorder.awaitState(DeviceState.OFFLINE);
        device.close();
        recorder.awaitState(DeviceState.CLOSED);
        int attempts = pipes.attempts();

        Thread.sleep(300);

        assertThat(pipes.attempts()).isEqualTo(attempts);
        assertFailsWith(device.submit(s -> "x"), DeviceNotEnabledException.class);
        assertThatThrownBy(() -> device.schedule(Duration.ofMillis(10), s -> null)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aStatusListenerOrAnOperationMayCloseTheDeviceWithoutDeadlock() throws Exception {
        CountDownLatch closedFromListener = new CountDownLatch(1);
        device.addStatusListener(event -> {
            if (event.state() == DeviceState.DISABLED && closedFromListener.getCount() > 0) {
                device.close();
                closedFromListener.countDown();
            }
        });
        device.open();
        assertThat(closedFromListener.await(10, TimeUnit.SECONDS)).isTrue();
        recorder.awaitState(DeviceState.CLOSED);

        openEnabled();
        CompletableFuture<String> closing = device.submit(s -> {
            device.close();
            return "closed from the owner thread";
        });
        assertThat(closing.get(10, TimeUnit.SECONDS)).isEqualTo("closed from the owner thread");
        recorder.awaitState(DeviceState.CLOSED);
    }

    private void openEnabled() throws Exception {
        device.open().get(10, TimeUnit.SECONDS);
        device.enable();
        recorder.awaitState(DeviceState.ONLINE);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void assertFailsWith(CompletableFuture<?> future, Class<? extends Throwable> type) {
        assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(type);
    }
}
