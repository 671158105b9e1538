package org.lingong.kiosk.callstaff;

import java.util.Collection;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.alert.StaffAlert;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.outbox.KioskEvents;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.events.StaffCall;
import org.lingong.platform.api.events.StaffCallEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 呼叫工作人员: the button in the top bar of every screen. A call raises a staff alert at once (the staff screen lists
 * it with this kiosk and the time, whether or not the platform answers) and queues a {@code STAFF_CALLED} event in
 * the outbox (sent when the platform answers). A second tap while a call is open calls nobody twice. When staff
 * acknowledge the alert on the staff screen, or answer 马上到 in the console (the platform says so in a heartbeat
 * answer, {@link #acknowledgedAtPlatform}), the person at the kiosk reads that someone is coming. The call's state
 * ends with the session, and a {@code STAFF_CALL_ENDED} event takes it off the console's list; the local alert stays
 * until staff handle it. JavaFX thread only (acknowledgements arrive through the executor).
 */
public final class CallStaffViewModel implements SessionScoped {

    static final String ALERT_KEY = "alert.staffCalled";

    private static final Logger log = LoggerFactory.getLogger(CallStaffViewModel.class);

    private final StaffAlerts alerts;
    private final KioskEvents events;
    private final TaskExecutor executor;
    private final Supplier<String> kioskLabel;
    private final Supplier<String> currentScreen;
    private final ReadOnlyObjectWrapper<CallState> state = new ReadOnlyObjectWrapper<>(this, "state", CallState.IDLE);
    private long openAlert = -1;
    private @Nullable UUID openCall;

    /**
     * @param kioskLabel    how staff tell this kiosk from another (station name and code), shown with the call
     * @param currentScreen the code of the screen shown, e.g. {@code FIND_JOB} (no personal data)
     */
    public CallStaffViewModel(StaffAlerts alerts, KioskEvents events, TaskExecutor executor, String kioskLabel,
            Supplier<String> currentScreen) {
        this(alerts, events, executor, () -> kioskLabel, currentScreen);
    }

    /**
     * @param kioskLabel    how staff tell this kiosk from another (the station's name in force and its code), read
     *                      for each call
     * @param currentScreen the code of the screen shown, e.g. {@code FIND_JOB} (no personal data)
     */
    public CallStaffViewModel(StaffAlerts alerts, KioskEvents events, TaskExecutor executor,
            Supplier<String> kioskLabel, Supplier<String> currentScreen) {
        this.alerts = alerts;
        this.events = events;
        this.executor = executor;
        this.kioskLabel = kioskLabel;
        this.currentScreen = currentScreen;
        alerts.addAcknowledgementListener(this::acknowledged);
    }

    public ReadOnlyObjectProperty<CallState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The button was tapped: calls staff unless a call of this session is still open. */
    public void call() {
        if (state.get() != CallState.IDLE) {
            log.info("Staff call tapped again while one is open: not called twice");
            return;
        }
        String screen = currentScreen.get();
        StaffAlert alert = alerts.raise(StaffAlertKind.STAFF_CALL, ALERT_KEY, kioskLabel.get() + " · " + screen);
        openAlert = alert.id();
        UUID callId = UUID.randomUUID();
        openCall = callId;
        state.set(CallState.CALLED);
        executor.submit(() -> {
            events.send(callId, EventType.STAFF_CALLED, null, new StaffCall(screen));
            return screen;
        }, sent -> log.info("Staff call queued for the platform"),
                error -> log.warn("Staff call not queued for the platform (the staff screen shows it): {}",
                        error.toString()));
    }

    /**
     * The platform's heartbeat answer named these calls as acknowledged in the console: if the open call is one of
     * them, staff are coming (its alert on the staff screen is handled too). Any thread; ids of older calls are ignored.
     */
    public void acknowledgedAtPlatform(Collection<UUID> callIds) {
        if (callIds.isEmpty()) {
            return;
        }
        executor.runOnUiThread(() -> {
            if (openCall != null && callIds.contains(openCall) && state.get() == CallState.CALLED) {
                log.info("Staff call acknowledged in the console");
                alerts.acknowledge(openAlert);
                state.set(CallState.COMING);
            }
        });
    }

    private void acknowledged(StaffAlert alert) {
        executor.runOnUiThread(() -> {
            if (alert.id() == openAlert && state.get() == CallState.CALLED) {
                state.set(CallState.COMING);
            }
        });
    }

    @Override
    public void clearSession() {
        UUID ended = openCall;
        if (ended != null) {
            executor.submit(() -> {
                events.send(EventType.STAFF_CALL_ENDED, null, new StaffCallEnded(ended));
                return ended;
            }, sent -> log.info("End of the staff call queued for the platform"),
                    error -> log.warn("End of the staff call not queued (the console drops it after 30 minutes): {}",
                            error.toString()));
        }
        openCall = null;
        openAlert = -1;
        state.set(CallState.IDLE);
    }
}
