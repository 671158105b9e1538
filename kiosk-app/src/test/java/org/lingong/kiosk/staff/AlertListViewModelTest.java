package org.lingong.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.alert.StaffAlert;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;

class AlertListViewModelTest {

    private final StaffAlerts alerts = new StaffAlerts(Clock.systemUTC());
    private final AlertListViewModel list = new AlertListViewModel(alerts);

    @Test
    void aHandledAlertKeepsItsRowSoTheNextOneDoesNotMoveUnderTheFinger() {
        StaffAlert first = alerts.raise(StaffAlertKind.PRINTER, "alert.a", "1");
        StaffAlert second = alerts.raise(StaffAlertKind.OUTBOX, "alert.b", "2");
        list.refresh();
        int secondRow = list.open().indexOf(second);

        list.acknowledge(first.id());
        list.acknowledge(first.id()); // a second tap on the same place

        assertThat(list.open()).hasSize(2);
        assertThat(list.open().indexOf(second)).isEqualTo(secondRow);
        assertThat(list.handled()).containsExactly(first.id());
        assertThat(alerts.open()).containsExactly(second);
    }

    @Test
    void openingTheTabAgainShowsOnlyWhatIsStillOpen() {
        StaffAlert first = alerts.raise(StaffAlertKind.PRINTER, "alert.a", "1");
        StaffAlert second = alerts.raise(StaffAlertKind.OUTBOX, "alert.b", "2");
        list.refresh();
        list.acknowledge(first.id());

        list.refresh();

        assertThat(list.open()).containsExactly(second);
        assertThat(list.handled()).isEmpty();
    }
}
