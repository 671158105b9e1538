package org.lingong.kiosk.scan;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/** The 扫码 screen: a big illustration of a code held over the scan window, what can be scanned, and 返回. */
public final class ScanView extends VBox {

    public ScanView(ScanViewModel viewModel, Messages messages) {
        getStyleClass().addAll("screen", "scan-screen");
        setAlignment(Pos.CENTER);

        VBox illustration = new VBox(Icons.SCAN.create(200, "scan-illustration-icon"),
                Icons.ARROW_DOWN.create(88, "scan-illustration-icon"));
        illustration.getStyleClass().add("scan-illustration");

        Label prompt = new Label();
        prompt.setId("scan-prompt");
        prompt.getStyleClass().add("scan-prompt");
        prompt.setWrapText(true);
        prompt.textProperty().bind(messages.bind("scan.prompt"));

        Label hint = new Label();
        hint.setId("scan-hint");
        hint.getStyleClass().add("scan-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(messages.bind("scan.hint"));

        Button back = new Button();
        back.setId("scan-back");
        back.getStyleClass().addAll("big-button", "back-button");
        back.textProperty().bind(messages.bind("scan.back"));
        back.setGraphic(Icons.BACK.create(44, "back-icon"));
        back.setOnAction(event -> viewModel.back());

        VBox words = new VBox(prompt, hint);
        words.getStyleClass().add("scan-words");
        HBox body = new HBox(illustration, words);
        body.getStyleClass().add("scan-body");
        getChildren().addAll(body, back);
    }
}
