package org.lingong.kiosk.staff;

import org.lingong.kiosk.appointment.StaffAppointmentsViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.lingong.kiosk.session.AdminScoped;
import org.lingong.kiosk.shell.Screen;

/**
 * The staff screen: which tab is shown, and the tabs' view models. Choosing a tab reads its figures afresh;
 * 返回 ends the session (everything shown here is wiped). JavaFX thread only.
 */
public final class StaffViewModel implements AdminScoped {

    private final StaffAccess access;
    private final HealthViewModel health;
    private final PaperViewModel paper;
    private final TodayViewModel today;
    private final ReprintViewModel reprints;
    private final AlertListViewModel alerts;
    private final StaffAppointmentsViewModel appointments;
    private final ReadOnlyObjectWrapper<StaffTab> tab = new ReadOnlyObjectWrapper<>(this, "tab", StaffTab.HEALTH);

    public StaffViewModel(StaffAccess access, HealthViewModel health, PaperViewModel paper, TodayViewModel today,
            ReprintViewModel reprints, AlertListViewModel alerts, StaffAppointmentsViewModel appointments) {
        this.appointments = appointments;
        this.access = access;
        this.health = health;
        this.paper = paper;
        this.today = today;
        this.reprints = reprints;
        this.alerts = alerts;
        access.roleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                select(StaffTab.HEALTH);
            }
        });
    }

    public ReadOnlyObjectProperty<StaffTab> tab() {
        return tab.getReadOnlyProperty();
    }

    /** Shows a tab with its state read afresh; the messages of earlier actions are gone. */
    public void select(StaffTab chosen) {
        tab.set(chosen);
        health.forgetResult();
        paper.forgetResult();
        reprints.forgetResult();
        switch (chosen) {
            case HEALTH -> health.refresh();
            case PAPER -> paper.refresh();
            case TODAY -> today.refresh();
            case REPRINT -> reprints.refresh();
            case ALERTS -> alerts.refresh();
            case APPOINTMENTS -> appointments.refresh();
        }
    }

    /**
     * The running printer's state changed: while staff look at the 打印纸 tab it is read again (and a message about the
     * old state goes).
     */
    public void printerChanged() {
        if (access.roleProperty().get() != null && tab.get() == StaffTab.PAPER) {
            paper.printerChanged();
        }
    }

    /** Whether the technician's screen can be reached from here (a technician logged in). */
    public BooleanBinding technicianAllowed() {
        return Bindings.createBooleanBinding(() -> access.roleProperty().get() == StaffRole.TECHNICIAN,
                access.roleProperty());
    }

    public void openTechnician() {
        access.show(Screen.TECHNICIAN);
    }

    public void leave() {
        access.leave();
    }

    public HealthViewModel health() {
        return health;
    }

    public PaperViewModel paper() {
        return paper;
    }

    public TodayViewModel today() {
        return today;
    }

    public ReprintViewModel reprints() {
        return reprints;
    }

    public AlertListViewModel alerts() {
        return alerts;
    }

    public StaffAppointmentsViewModel appointments() {
        return appointments;
    }

    @Override
    public void clearSession() {
        tab.set(StaffTab.HEALTH);
    }
}
