package org.lingong.kiosk.appointment;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.session.AdminScoped;

/**
 * The staff screen's 今日预约 tab: today's bookings of the station by time, and the call-back list (bookings that lost
 * their slot to another kiosk, with the phone the worker gave, and the next free slot offered). Read afresh from the
 * platform when the tab is chosen, and filled again whenever the book changes while the staff session lasts (a
 * background sync that settles a tentative booking shows at once); {@link #reachable()} is false when only the last
 * known list could be shown. Wiped with the session. JavaFX thread only (book changes hop to it).
 */
public final class StaffAppointmentsViewModel implements AdminScoped {

    private final AppointmentBook book;
    private final TaskExecutor executor;
    private final ObservableList<Booking> today = FXCollections.observableArrayList();
    private final ObservableList<Booking> callBacks = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper reachable = new ReadOnlyBooleanWrapper(this, "reachable", true);
    private boolean shown;

    public StaffAppointmentsViewModel(AppointmentBook book, TaskExecutor executor) {
        this.book = book;
        this.executor = executor;
        book.onChange(() -> executor.runOnUiThread(() -> {
            if (shown) {
                fill();
            }
        }));
    }

    public void refresh() {
        shown = true;
        executor.submit(book::sync, fresh -> {
            reachable.set(fresh);
            fill();
        }, failure -> {
            reachable.set(false);
            fill();
        });
    }

    private void fill() {
        today.setAll(book.today());
        callBacks.setAll(book.callBacks());
    }

    public ObservableList<Booking> today() {
        return today;
    }

    public ObservableList<Booking> callBacks() {
        return callBacks;
    }

    public ReadOnlyBooleanProperty reachable() {
        return reachable.getReadOnlyProperty();
    }

    public java.time.ZoneId zone() {
        return book.zone();
    }

    /** The lists hold phones: gone when the staff session ends. */
    @Override
    public void clearSession() {
        shown = false;
        today.clear();
        callBacks.clear();
    }
}
