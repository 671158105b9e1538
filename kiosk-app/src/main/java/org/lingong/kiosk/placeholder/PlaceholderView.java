package org.lingong.kiosk.placeholder;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/** "即将开放": says plainly that the feature is not there yet, with one big way back. */
public final class PlaceholderView extends VBox {

    public PlaceholderView(PlaceholderViewModel viewModel, Messages messages) {
        getStyleClass().addAll("screen", "placeholder");
        setAlignment(Pos.CENTER);

        Label title = new Label();
        title.setId("placeholder-title");
        title.getStyleClass().add("placeholder-title");
        title.textProperty().bind(viewModel.title());

        Label comingSoon = new Label();
        comingSoon.setId("placeholder-coming-soon");
        comingSoon.getStyleClass().add("placeholder-coming-soon");
        comingSoon.textProperty().bind(messages.bind("placeholder.comingSoon"));
        comingSoon.setGraphic(Icons.HOURGLASS.create(56, "placeholder-icon"));

        Label explanation = new Label();
        explanation.getStyleClass().add("placeholder-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(messages.bind("placeholder.explanation"));

        Button back = new Button();
        back.setId("placeholder-back");
        back.getStyleClass().addAll("big-button", "back-button");
        back.textProperty().bind(messages.bind("placeholder.back"));
        back.setGraphic(Icons.BACK.create(44, "back-icon"));
        back.setOnAction(event -> viewModel.back());

        getChildren().addAll(title, comingSoon, explanation, back);
    }
}
