package org.lingong.kiosk.staff;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.lingong.kiosk.alert.StaffAlert;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.session.SessionScoped;

/** The 提醒 tab: open staff alerts, newest first, each with 已处理. JavaFX thread only (the list is in memory). */
public final class AlertListViewModel implements SessionScoped {

    private final StaffAlerts alerts;
    private final ObservableList<StaffAlert> open = FXCollections.observableArrayList();

    public AlertListViewModel(StaffAlerts alerts) {
        this.alerts = alerts;
    }

    public ObservableList<StaffAlert> open() {
        return open;
    }

    public void refresh() {
        open.setAll(alerts.open());
    }

    public void acknowledge(long id) {
        alerts.acknowledge(id);
        refresh();
    }

    @Override
    public void clearSession() {
        open.clear();
    }
}
