package org.lingong.kiosk.shell;

import java.util.ArrayList;
import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.WindowShape;

/**
 * The bar on top of every screen: station name (the one in force now, renamed live), clock, the actions (退出 while
 * someone is identified) and the language switch. One row in a landscape window; in a portrait one (1080 px wide)
 * the station name and the clock keep the first row to themselves and the actions and the language switch take a
 * second row, so that a long station name is never cut short. A name too long for one line in the room the bar
 * leaves it (a narrow window with every action on) is set smaller on two lines, in place of the subtitle, and the
 * clock's date line gives its width to it.
 */
final class TopBarView extends VBox {

    private static final PseudoClass LONG_NAME = PseudoClass.getPseudoClass("long-name");

    private final Label station = new Label();
    private final Label service = new Label();
    private final Label time = new Label();
    private final Label date = new Label();
    private final VBox stationBox;
    /**
     * The name as the stylesheet sets it on one line in this window shape and mode (outside the station box, which the
     * rules of {@code :long-name} select), never shown: its font is the one the name is measured in.
     */
    private final Label oneLine = new Label();
    private final VBox clockBox;
    private final LanguageSwitchView languages;
    private final List<Node> actions = new ArrayList<>();
    private final HBox first = row();
    private final HBox second = row();

    TopBarView(StationNameViewModel stationName, ClockViewModel clock, Messages messages) {
        getStyleClass().add("top-bar");

        station.textProperty().bind(stationName.nameProperty());
        station.setId("station-name");
        station.getStyleClass().add("station-name");
        station.setWrapText(true);
        service.getStyleClass().add("station-subtitle");
        service.setWrapText(true);
        service.textProperty().bind(messages.bind("shell.subtitle"));
        stationBox = new VBox(station, service);
        stationBox.setId("station-box");
        stationBox.getStyleClass().add("station-box");
        HBox.setHgrow(stationBox, Priority.ALWAYS);
        stationBox.setMaxWidth(Double.MAX_VALUE);

        time.setId("clock-time");
        time.getStyleClass().add("clock-time");
        time.textProperty().bind(clock.timeText());
        date.setId("clock-date");
        date.getStyleClass().add("clock-date");
        date.textProperty().bind(clock.dateText());
        clockBox = new VBox(time, date);
        clockBox.getStyleClass().add("clock");
        clockBox.setMinWidth(Region.USE_PREF_SIZE);

        languages = new LanguageSwitchView(messages);
        languages.setMinWidth(Region.USE_PREF_SIZE);
        second.getStyleClass().add("top-bar-actions");
        oneLine.getStyleClass().add("station-name");
        oneLine.textProperty().bind(stationName.nameProperty());
        oneLine.setManaged(false);
        oneLine.setVisible(false);
        getChildren().addAll(first, second, oneLine);
        WindowShape.follow(this, this::arrange);
        arrange();
    }

    /** Whether the station's name is set smaller on two lines, because one line does not fit. */
    boolean nameOnTwoLines() {
        return getPseudoClassStates().contains(LONG_NAME);
    }

    /**
     * Fits the name to the station box's width of this layout, with the fonts of this pass's CSS: a decision made in a
     * listener could see a width or a font of a passing state (the first layout, before the window's shape class has
     * its CSS; a mode switch's CSS pass) and, the name being on two lines, never see the one-line font again.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        first.layout();
        fitName();
    }

    private void fitName() {
        boolean twoLines = nameOnTwoLines();
        double room = stationBox.getWidth() - stationBox.snappedLeftInset() - stationBox.snappedRightInset();
        if (twoLines) {
            // the room the name would have with the date back, so that the bar does not flip between the two
            room -= Math.max(0, date.prefWidth(-1) - time.prefWidth(-1));
        }
        if (room <= 0) {
            return;
        }
        boolean tooLong = textWidth(oneLine.getText(), oneLine.getFont()) > room;
        if (tooLong != twoLines) {
            pseudoClassStateChanged(LONG_NAME, tooLong); // the stylesheet sets the name smaller, hides subtitle and date
        }
    }

    /** Adds {@code action} (e.g. 退出) to the bar, before the language switch. */
    void addAction(Node action) {
        actions.add(action);
        first.getChildren().clear();
        second.getChildren().clear();
        arrange();
    }

    /** Every tap on the station name (the staff's hidden way in counts them). */
    void onStationTapped(Runnable action) {
        stationBox.setOnMouseClicked(event -> action.run());
    }

    private void arrange() {
        boolean portrait = WindowShape.portrait(this);
        List<Node> top = new ArrayList<>(List.of(stationBox, clockBox));
        List<Node> below = new ArrayList<>();
        (portrait ? below : top).addAll(actions);
        if (portrait) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            below.add(gap);
        }
        (portrait ? below : top).add(languages);
        if (first.getChildren().equals(top) && second.getChildren().size() == below.size()) {
            return;
        }
        first.getChildren().clear();
        second.getChildren().clear();
        first.getChildren().setAll(top);
        second.getChildren().setAll(below);
        second.setVisible(portrait);
        second.setManaged(portrait);
    }

    private static double textWidth(String text, Font font) {
        Text line = new Text(text);
        line.setFont(font);
        return line.getLayoutBounds().getWidth();
    }

    private static HBox row() {
        HBox row = new HBox();
        row.getStyleClass().add("top-bar-row");
        return row;
    }
}
