package org.lingong.kiosk.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;

/** The bar on top of every screen: station name, clock, language switch. */
final class TopBarView extends HBox {

    private final VBox stationBox;

    TopBarView(String stationName, ClockViewModel clock, Messages messages) {
        getStyleClass().add("top-bar");

        Label station = new Label(stationName);
        station.setId("station-name");
        station.getStyleClass().add("station-name");
        station.setWrapText(true);
        Label service = new Label();
        service.getStyleClass().add("station-subtitle");
        service.setWrapText(true);
        service.textProperty().bind(messages.bind("shell.subtitle"));
        VBox left = new VBox(station, service);
        left.setId("station-box");
        left.getStyleClass().add("station-box");
        stationBox = left;

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label time = new Label();
        time.setId("clock-time");
        time.getStyleClass().add("clock-time");
        time.textProperty().bind(clock.timeText());
        Label date = new Label();
        date.setId("clock-date");
        date.getStyleClass().add("clock-date");
        date.textProperty().bind(clock.dateText());
        VBox clockBox = new VBox(time, date);
        clockBox.getStyleClass().add("clock");
        clockBox.setMinWidth(Region.USE_PREF_SIZE);

        getChildren().addAll(left, spacer, clockBox, new LanguageSwitchView(messages));
    }

    /** Adds {@code action} (e.g. 退出) to the bar, before the language switch. */
    void addAction(Node action) {
        getChildren().add(getChildren().size() - 1, action);
    }

    /** Every tap on the station name (the staff's hidden way in counts them). */
    void onStationTapped(Runnable action) {
        stationBox.setOnMouseClicked(event -> action.run());
    }
}
