package org.lingong.kiosk.staff;

import org.lingong.kiosk.appointment.StaffAppointmentsPane;
import java.util.EnumMap;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/**
 * The staff screen: tab buttons down the left (the chosen one ticked and bold, not by colour alone), 技术人员 for a
 * technician, 返回 at the bottom; the chosen tab's pane on the right.
 */
public final class StaffView extends BorderPane {

    private final Map<StaffTab, Node> panes = new EnumMap<>(StaffTab.class);

    public StaffView(StaffViewModel viewModel, Messages messages) {
        getStyleClass().addAll("screen", "staff");
        StaffPanes builder = new StaffPanes(viewModel, messages);
        panes.put(StaffTab.HEALTH, builder.health());
        panes.put(StaffTab.PAPER, builder.paper());
        panes.put(StaffTab.TODAY, builder.today());
        panes.put(StaffTab.REPRINT, builder.reprints());
        panes.put(StaffTab.ALERTS, builder.alerts());
        panes.put(StaffTab.APPOINTMENTS, new StaffAppointmentsPane(viewModel.appointments(), messages));

        Label title = AdminTexts.label("staff-title", "staff-title");
        title.textProperty().bind(messages.bind("screen.staff"));
        VBox tabs = new VBox(title);
        tabs.getStyleClass().add("staff-tabs");
        for (StaffTab tab : StaffTab.values()) {
            Button button = AdminTexts.button("staff-tab-" + tab.name().toLowerCase(java.util.Locale.ROOT), messages,
                    tab.labelKey(), "staff-tab");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> viewModel.select(tab));
            Runnable mark = () -> {
                boolean chosen = viewModel.tab().get() == tab;
                button.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("chosen"), chosen);
                button.setGraphic(chosen ? Icons.CHECK.create(32, "staff-tab-check") : null);
            };
            mark.run();
            viewModel.tab().addListener((obs, old, now) -> mark.run());
            tabs.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button technician = AdminTexts.button("staff-open-technician", messages, "staff.openTechnician", "staff-tab");
        technician.setMaxWidth(Double.MAX_VALUE);
        technician.visibleProperty().bind(viewModel.technicianAllowed());
        technician.managedProperty().bind(technician.visibleProperty());
        technician.setOnAction(event -> viewModel.openTechnician());
        Button back = AdminTexts.button("staff-back", messages, "staff.back", "big-button", "back-button");
        back.setGraphic(Icons.BACK.create(44, "back-icon"));
        back.setMaxWidth(Double.MAX_VALUE);
        back.setOnAction(event -> viewModel.leave());
        tabs.getChildren().addAll(spacer, technician, back);
        setLeft(tabs);

        setCenter(panes.get(viewModel.tab().get()));
        viewModel.tab().addListener((obs, old, now) -> setCenter(panes.get(now)));
    }
}
