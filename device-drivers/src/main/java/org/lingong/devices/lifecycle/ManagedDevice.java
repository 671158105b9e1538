package org.lingong.devices.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;
import org.lingong.devices.transport.TransportFactory;
import org.lingong.platform.api.retry.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One device on one port: life cycle, owner thread, status events and automatic reconnect.
 *
 * <p><b>Life cycle</b> (JavaPOS-like): {@link #open()} CLOSED → OPENED, {@link #enable()} OPENED/DISABLED → ENABLED,
 * {@link #disable()} ENABLED → DISABLED, {@link #close()} any → CLOSED (idempotent). Any other call throws
 * {@link IllegalTransitionException}. The link is kept up (and reconnected) from open to close.
 *
 * <p><b>Threading</b>: every transport operation runs on the single owner thread {@code device-NAME}. Results of
 * {@link #submit} and status events are delivered on the callback thread {@code device-NAME-callbacks}, in order,
 * so a slow caller can never stall the port. Life-cycle methods may be called from any thread.
 *
 * <p><b>Failures</b>: a DISCONNECTED {@link TransportException} from an operation or a periodic task, or a transport
 * that reports {@code isConnected() == false} (checked every {@code linkCheckInterval}, and at once when a
 * {@link org.lingong.devices.transport.DisconnectNotifier} transport signals an unplug), drops the link: the
 * transport is closed, OFFLINE is published, and reconnect attempts (each with a NEW transport from the factory)
 * follow the {@link RetryPolicy}, publishing RECONNECTING per attempt and ONLINE when back. While the link is
 * down, {@link #submit} fails at once with {@link DeviceOfflineException}. Other failures of an operation go to
 * its caller; other failures of a periodic task publish ERROR until a later run succeeds.
 *
 * @param <S> the protocol session type
 */
public final class ManagedDevice<S> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManagedDevice.class);

    private final String name;
    private final Link<S> link;
    private final RetryPolicy policy;
    private final DoubleSupplier random;
    private final Duration linkCheckInterval;
    private final StatusPublisher status;
    private final Object lifecycleLock = new Object();
    private volatile LifecycleState lifecycle = LifecycleState.CLOSED;
    private volatile ScheduledThreadPoolExecutor owner;
    private volatile ExecutorService callbacks;
    private volatile LinkState linkState = LinkState.DOWN;
    private volatile String linkMessage = "not opened";
    private volatile CompletableFuture<Void> closing = CompletableFuture.completedFuture(null);
    private String errorMessage;
    private int failedAttempts;

    ManagedDevice(String name, Link<S> link, RetryPolicy policy, DoubleSupplier random,
                  Duration linkCheckInterval, Clock clock) {
        this.name = name;
        this.link = link;
        this.policy = policy;
        this.random = random;
        this.linkCheckInterval = linkCheckInterval;
        this.status = new StatusPublisher(name, clock);
    }

    /** Starts building a device named {@code name} (used in thread names, events and logs). */
    public static <S> ManagedDeviceBuilder<S> builder(String name, TransportFactory transports,
                                                      SessionFactory<S> sessions) {
        return new ManagedDeviceBuilder<>(name, transports, sessions);
    }

    public String name() {
        return name;
    }

    public LifecycleState lifecycleState() {
        return lifecycle;
    }

    /** The last published status. */
    public DeviceStatusEvent status() {
        return status.current();
    }

    public void addStatusListener(DeviceStatusListener listener) {
        status.addListener(listener);
    }

    public void removeStatusListener(DeviceStatusListener listener) {
        status.removeListener(listener);
    }

    /** Whether the calling thread is this device's owner thread. */
    public boolean isOwnerThread() {
        return DeviceThreads.isOwnerThread(name);
    }

    /**
     * CLOSED → OPENED: starts the owner thread and connects. The future completes with the state after the first
     * attempt: {@link DeviceState#DISABLED} when connected, {@link DeviceState#OFFLINE} when the device is absent
     * (an expected state: reconnect attempts are already scheduled).
     */
    public CompletableFuture<DeviceState> open() {
        awaitPreviousClose();
        CompletableFuture<DeviceState> opened = new CompletableFuture<>();
        synchronized (lifecycleLock) {
            requireLifecycle("open", LifecycleState.CLOSED);
            ScheduledThreadPoolExecutor executor = DeviceThreads.owner(name);
            owner = executor;
            callbacks = DeviceThreads.callbacks(name);
            linkState = LinkState.DOWN;
            failedAttempts = 0;
            lifecycle = LifecycleState.OPENED;
            long checkNanos = linkCheckInterval.toNanos();
            executor.scheduleWithFixedDelay(this::checkLink, checkNanos, checkNanos, TimeUnit.NANOSECONDS);
            executor.execute(() -> {
                connect();
                DeviceState state = status.current().state();
                deliver(() -> opened.complete(state));
            });
        }
        return opened;
    }

    /** OPENED or DISABLED → ENABLED. */
    public void enable() {
        transition("enable", LifecycleState.ENABLED, LifecycleState.OPENED, LifecycleState.DISABLED);
    }

    /** ENABLED → DISABLED: operations are refused and periodic tasks skipped; the link stays up. */
    public void disable() {
        transition("disable", LifecycleState.DISABLED, LifecycleState.ENABLED);
    }

    /**
     * Runs {@code operation} on the owner thread. The future completes (on the callback thread) with its result or
     * its exception; it fails at once with {@link DeviceNotEnabledException} unless ENABLED, and with
     * {@link DeviceOfflineException} while the link is down.
     */
    public <R> CompletableFuture<R> submit(DeviceOperation<S, R> operation) {
        Objects.requireNonNull(operation, "operation");
        CompletableFuture<R> result = new CompletableFuture<>();
        DeviceException refusal = refusal();
        if (refusal != null) {
            result.completeExceptionally(refusal);
            return result;
        }
        try {
            owner.execute(() -> runOperation(operation, result));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new DeviceNotEnabledException(name, LifecycleState.CLOSED));
        }
        return result;
    }

    /**
     * Runs {@code task} on the owner thread every {@code period} (fixed delay) while ENABLED and online, until
     * cancelled or closed. For pollers and health probes; see the class comment for how failures are handled.
     */
    public PeriodicTask schedule(Duration period, DeviceOperation<S, ?> task) {
        Objects.requireNonNull(task, "task");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive, was " + period);
        }
        synchronized (lifecycleLock) {
            if (lifecycle == LifecycleState.CLOSED) {
                throw new IllegalTransitionException(name, LifecycleState.CLOSED, "schedule a task on");
            }
            ScheduledFuture<?> future = owner.scheduleWithFixedDelay(() -> runPeriodic(task),
                    period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
            return new ScheduledPeriodicTask(future);
        }
    }

    /** Any state → CLOSED; the future completes after the transport is closed and CLOSED was published. */
    public CompletableFuture<Void> closeAsync() {
        ScheduledThreadPoolExecutor executor;
        ExecutorService callbackExecutor;
        synchronized (lifecycleLock) {
            if (lifecycle == LifecycleState.CLOSED) {
                return CompletableFuture.completedFuture(null);
            }
            lifecycle = LifecycleState.CLOSED;
            executor = owner;
            callbackExecutor = callbacks;
        }
        CompletableFuture<Void> closed = new CompletableFuture<>();
        closing = closed;
        executor.execute(() -> {
            link.drop();
            linkState = LinkState.DOWN;
            linkMessage = "closed";
            publishStatus();
            callbackExecutor.execute(() -> closed.complete(null));
            callbackExecutor.shutdown();
        });
        executor.shutdown();
        return closed;
    }

    /**
     * Closes and waits up to 10 s for the owner thread to let go of the transport; called on the owner or the
     * callback thread (from an operation or a listener) it does not wait, which would deadlock.
     */
    @Override
    public void close() {
        CompletableFuture<Void> closed = closeAsync();
        if (!onDeviceThread()) {
            awaitClosed(closed);
        }
    }

    /** A reopen waits until the previous close let go of the transport (generations never overlap). */
    private void awaitPreviousClose() {
        CompletableFuture<Void> previous = closing;
        if (previous.isDone()) {
            return;
        }
        if (onDeviceThread()) {
            throw new IllegalTransitionException(name, LifecycleState.CLOSED, "reopen from its own thread while closing");
        }
        if (!awaitClosed(previous)) {
            throw new IllegalTransitionException(name, LifecycleState.CLOSED, "reopen (the previous close hangs)");
        }
    }

    private boolean awaitClosed(CompletableFuture<Void> closed) {
        boolean done = DeviceThreads.await(closed, Duration.ofSeconds(10));
        if (!done) {
            log.warn("{} did not close within 10 s", name);
        }
        return done;
    }

    private boolean onDeviceThread() {
        return DeviceThreads.isDeviceThread(name);
    }

    private void transition(String action, LifecycleState to, LifecycleState... from) {
        synchronized (lifecycleLock) {
            requireLifecycle(action, from);
            lifecycle = to;
            owner.execute(this::publishStatus);
        }
    }

    private void requireLifecycle(String action, LifecycleState... allowed) {
        for (LifecycleState state : allowed) {
            if (lifecycle == state) {
                return;
            }
        }
        throw new IllegalTransitionException(name, lifecycle, action);
    }

    private DeviceException refusal() {
        LifecycleState state = lifecycle;
        if (state != LifecycleState.ENABLED) {
            return new DeviceNotEnabledException(name, state);
        }
        if (linkState != LinkState.UP) {
            return new DeviceOfflineException(name, linkMessage);
        }
        return null;
    }

    private <R> void runOperation(DeviceOperation<S, R> operation, CompletableFuture<R> result) {
        DeviceException refusal = refusal();
        if (refusal != null) {
            deliver(() -> result.completeExceptionally(refusal));
            return;
        }
        try {
            R value = operation.apply(link.session());
            deliver(() -> result.complete(value));
        } catch (TransportException e) {
            if (e.reason() == Reason.DISCONNECTED) {
                linkLost(e.getMessage());
            }
            deliver(() -> result.completeExceptionally(e));
        } catch (RuntimeException | Error e) {
            deliver(() -> result.completeExceptionally(e));
        }
    }

    private void runPeriodic(DeviceOperation<S, ?> task) {
        if (lifecycle != LifecycleState.ENABLED || linkState != LinkState.UP) {
            return;
        }
        try {
            task.apply(link.session());
            setError(null);
        } catch (TransportException e) {
            if (e.reason() == Reason.DISCONNECTED) {
                linkLost(e.getMessage());
            } else {
                setError(e.reason() + ": " + e.getMessage());
            }
        } catch (RuntimeException e) {
            log.warn("periodic task of {} failed", name, e);
            setError(e.toString());
        }
    }

    private void checkLink() {
        if (linkState == LinkState.UP && !link.isConnected()) {
            linkLost(link.describe() + " reported a disconnect");
        }
    }

    /** Called on a transport's own thread when it notices an unplug: check the link on the owner thread now. */
    private void unplugNoticed() {
        try {
            owner.execute(this::checkLink);
        } catch (RejectedExecutionException e) {
            log.debug("{} is closing: unplug ignored", name);
        }
    }

    private void connect() {
        if (lifecycle == LifecycleState.CLOSED) {
            return;
        }
        try {
            link.connect(this::unplugNoticed);
            failedAttempts = 0;
            errorMessage = null;
            linkState = LinkState.UP;
            linkMessage = "";
            publishStatus();
        } catch (TransportException | RuntimeException e) {
            linkState = LinkState.DOWN;
            scheduleReconnect(e.getMessage());
        }
    }

    private void linkLost(String reason) {
        if (linkState != LinkState.UP) {
            return;
        }
        log.warn("{} lost its link: {}", name, reason);
        link.drop();
        linkState = LinkState.DOWN;
        errorMessage = null;
        scheduleReconnect(reason);
    }

    private void scheduleReconnect(String reason) {
        if (lifecycle == LifecycleState.CLOSED) {
            return;
        }
        Duration delay = policy.delay(failedAttempts++, random.getAsDouble());
        linkMessage = reason + "; next attempt in " + delay.toMillis() + " ms";
        publishStatus();
        try {
            owner.schedule(this::reconnect, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("{} is closing: no reconnect", name);
        }
    }

    private void reconnect() {
        if (lifecycle == LifecycleState.CLOSED || linkState == LinkState.UP) {
            return;
        }
        linkState = LinkState.RECONNECTING;
        linkMessage = "attempt " + failedAttempts;
        publishStatus();
        connect();
    }

    private void setError(String message) {
        if (!Objects.equals(errorMessage, message)) {
            errorMessage = message;
            publishStatus();
        }
    }

    private void publishStatus() {
        DeviceState state = LinkState.effectiveState(lifecycle, linkState, errorMessage);
        String message = switch (state) {
            case OFFLINE, RECONNECTING -> linkMessage;
            case ERROR -> errorMessage;
            default -> "";
        };
        status.publish(state, message, this::deliver);
    }

    /** Runs {@code action} on the callback thread, or here if that thread is already gone (closing). */
    private void deliver(Runnable action) {
        try {
            callbacks.execute(action);
        } catch (RejectedExecutionException e) {
            action.run();
        }
    }
}
