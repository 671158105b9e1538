package org.lingong.kiosk.callstaff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.alert.StaffAlert;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.testing.RecordingKioskEvents;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.events.StaffCall;
import org.lingong.platform.api.events.StaffCallEnded;

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
        assertThat(events.of(EventType.STAFF_CALLED)).hasSize(2);
        assertThat(events.of(EventType.STAFF_CALL_ENDED)).as("the first session's call left the console's list")
                .hasSize(1);
    }

    @Test
    void anAcknowledgementFromTheConsoleForThisCallTellsTheWorkerStaffAreComing() {
        CallStaffViewModel call = callStaff(events);
        call.call();
        UUID callId = events.sent().get(0).eventId();

        call.acknowledgedAtPlatform(List.of(UUID.randomUUID()));
        CallState afterAnotherCall = call.stateProperty().get();
        call.acknowledgedAtPlatform(List.of(callId));

        assertThat(afterAnotherCall).as("another (older) call acknowledged: still waiting").isEqualTo(CallState.CALLED);
        assertThat(call.stateProperty().get()).isEqualTo(CallState.COMING);
        assertThat(alerts.open()).as("the staff screen's alert is handled with it").isEmpty();
        call.acknowledgedAtPlatform(List.of(callId));
        assertThat(call.stateProperty().get()).as("heard again in the next heartbeat").isEqualTo(CallState.COMING);
    }

    @Test
    void theEndOfASessionWithACallEndsItAtThePlatformAndALaterAcknowledgementChangesNothing() {
        CallStaffViewModel call = callStaff(events);
        call.clearSession();
        assertThat(events.sent()).as("no call, nothing to end").isEmpty();
        call.call();
        UUID callId = events.sent().get(0).eventId();

        call.clearSession();
        call.acknowledgedAtPlatform(List.of(callId));

        assertThat(events.of(EventType.STAFF_CALL_ENDED)).singleElement().satisfies(sent -> {
            assertThat(sent.workerRef()).isNull();
            assertThat(sent.payload()).isEqualTo(new StaffCallEnded(callId));
        });
        assertThat(call.stateProperty().get()).isEqualTo(CallState.IDLE);
        call.clearSession();
        assertThat(events.of(EventType.STAFF_CALL_ENDED)).as("ended once").hasSize(1);
    }
}
