package org.lingong.kiosk.appointment;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;

/**
 * The staff screen's 今日预约 pane: today's bookings by time (code, service, state), then the call-back list with the
 * phone each worker gave, in full (staff dial it; the pane is behind the staff PIN and wiped with the session).
 */
public final class StaffAppointmentsPane extends VBox {

    private final StaffAppointmentsViewModel viewModel;
    private final Messages messages;
    private final VBox rows = new VBox();

    public StaffAppointmentsPane(StaffAppointmentsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("staff-pane");
        rows.getStyleClass().add("staff-rows");
        Label title = line("", "staff-pane-title", "");
        title.textProperty().bind(messages.bind("staff.tab.appointments"));
        getChildren().addAll(title, rows);
        viewModel.today().addListener((ListChangeListener<Booking>) change -> fill());
        viewModel.callBacks().addListener((ListChangeListener<Booking>) change -> fill());
        viewModel.reachable().addListener((obs, old, now) -> fill());
        messages.languageProperty().addListener((obs, old, now) -> fill());
        fill();
    }

    private void fill() {
        rows.getChildren().clear();
        if (!viewModel.reachable().get()) {
            rows.getChildren().add(line("staff-appointments-offline", "staff-message", messages.get("staff.appointments.lastKnown")));
        }
        if (viewModel.today().isEmpty()) {
            rows.getChildren().add(line("staff-appointments-none", "staff-line", messages.get("staff.appointments.none")));
        }
        for (Booking b : viewModel.today()) {
            rows.getChildren().add(line("staff-appointment-" + b.code(), "staff-line", messages.get("staff.appointments.row",
                    AppointmentTimes.format(b.startsAt(), viewModel.zone(), "HH:mm", messages.language().locale()),
                    messages.get(AppointmentView.serviceKey(b.service())), b.code(),
                    messages.get(b.state().labelKey()))));
        }
        Label callTitle = line("staff-callbacks-title", "staff-pane-title", messages.get("staff.appointments.callBacks"));
        rows.getChildren().add(callTitle);
        if (viewModel.callBacks().isEmpty()) {
            rows.getChildren().add(line("staff-callbacks-none", "staff-line", messages.get("staff.appointments.noCallBacks")));
        }
        for (Booking b : viewModel.callBacks()) {
            String wanted = AppointmentTimes.format(b.startsAt(), viewModel.zone(), "MM-dd HH:mm", messages.language().locale());
            String offered = b.offeredAt() == null ? messages.get("staff.appointments.noneFree")
                    : AppointmentTimes.format(b.offeredAt(), viewModel.zone(), "MM-dd HH:mm", messages.language().locale());
            rows.getChildren().add(line("staff-callback-" + b.code(), "staff-line", messages.get("staff.appointments.callBack",
                    b.phone(), messages.get(AppointmentView.serviceKey(b.service())), wanted, offered, b.code())));
        }
    }

    private static Label line(String id, String styleClass, String text) {
        Label label = new Label(text);
        if (!id.isEmpty()) {
            label.setId(id);
        }
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
