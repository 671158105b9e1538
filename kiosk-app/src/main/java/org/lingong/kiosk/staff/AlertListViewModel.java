package org.lingong.kiosk.staff;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.lingong.kiosk.alert.StaffAlert;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.session.AdminScoped;

/**
 * The 提醒 tab: open staff alerts, newest first, each with 已处理. A handled alert keeps its row (marked handled) until
 * the tab is opened again, so the rows below never move up under the finger and a second tap cannot hit the next
 * alert. JavaFX thread only (the list is in memory).
 */
public final class AlertListViewModel implements AdminScoped {

    private final StaffAlerts alerts;
    private final ObservableList<StaffAlert> open = FXCollections.observableArrayList();
    private final ObservableList<Long> handled = FXCollections.observableArrayList();

    public AlertListViewModel(StaffAlerts alerts) {
        this.alerts = alerts;
    }

    /** The rows: the alerts open when the tab was opened, handled ones included. */
    public ObservableList<StaffAlert> open() {
        return open;
    }

    /** The ids of the rows handled since the tab was opened. */
    public ObservableList<Long> handled() {
        return handled;
    }

    public void refresh() {
        handled.clear();
        open.setAll(alerts.open());
    }

    public void acknowledge(long id) {
        alerts.acknowledge(id);
        if (!handled.contains(id)) {
            handled.add(id);
        }
    }

    @Override
    public void clearSession() {
        handled.clear();
        open.clear();
    }
}
