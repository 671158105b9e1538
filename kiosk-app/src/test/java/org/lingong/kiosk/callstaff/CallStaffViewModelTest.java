package org.lingong.kiosk.callstaff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.alert.StaffAlert;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.testing.RecordingKioskEvents;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.events.StaffCall;

class CallStaffViewModelTest {

    private final StaffAlerts alerts = new StaffAlerts(Clock.systemUTC());
    private final RecordingKioskEvents events = new RecordingKioskEvents();

    private CallStaffViewModel callStaff(RecordingKioskEvents sink) {
        return new CallStaffViewModel(alerts, sink, new CurrentThreadTaskExecutor(), "幸福路驿站 (ST-1)",
                () -> "FIND_JOB");
    }

    @Test
    void aCallAlertsStaffWithTheKioskAndQueuesOneAnonymousEvent() {
        CallStaffViewModel call = callStaff(events);

        call.call();

        assertThat(call.stateProperty().get()).isEqualTo(CallState.CALLED);
        StaffAlert alert = alerts.open().get(0);
        assertThat(alert.kind()).isEqualTo(StaffAlertKind.STAFF_CALL);
        assertThat(alert.detail()).isEqualTo("幸福路驿站 (ST-1) · FIND_JOB");
        assertThat(events.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.type()).isEqualTo(EventType.STAFF_CALLED);
            assertThat(sent.workerRef()).isNull();
            assertThat(sent.payload()).isEqualTo(new StaffCall("FIND_JOB"));
        });
    }

    @Test
    void tappingAgainWhileCalledCallsNobodyTwice() {
        CallStaffViewModel call = callStaff(events);

        call.call();
        call.call();
        call.call();

        assertThat(alerts.open()).hasSize(1);
        assertThat(events.sent()).hasSize(1);
    }

    @Test
    void staffAcknowledgingTheCallTellsTheWorkerTheyAreComing() {
        CallStaffViewModel call = callStaff(events);
        alerts.raise(StaffAlertKind.PRINTER, "alert.printer", "paper");
        call.call();
        long printer = alerts.open().stream().filter(a -> a.kind() == StaffAlertKind.PRINTER).findFirst().orElseThrow()
                .id();

        alerts.acknowledge(printer);
        CallState afterOtherAlert = call.stateProperty().get();
        alerts.acknowledge(alerts.open().get(0).id());

        assertThat(afterOtherAlert).as("another alert handled: still waiting").isEqualTo(CallState.CALLED);
        assertThat(call.stateProperty().get()).isEqualTo(CallState.COMING);
    }

    @Test
    void whenTheEventCannotBeQueuedTheCallStillShowsOnTheStaffScreen() {
        CallStaffViewModel call = callStaff(new RecordingKioskEvents().failing());

        call.call();

        assertThat(call.stateProperty().get()).isEqualTo(CallState.CALLED);
        assertThat(alerts.open()).extracting(StaffAlert::kind).containsExactly(StaffAlertKind.STAFF_CALL);
    }

    @Test
    void theNextSessionMayCallAgainWhileTheOldCallWaitsForStaff() {
        CallStaffViewModel call = callStaff(events);
        call.call();

        call.clearSession();
        call.call();

        assertThat(call.stateProperty().get()).isEqualTo(CallState.CALLED);
        assertThat(alerts.open()).hasSize(2);
        assertThat(events.sent()).hasSize(2);
    }
}
