package org.lingong.kiosk.recognition;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.WindowShape;
import org.lingong.kiosk.theme.QrImage;

/**
 * The worker code as a small QR headed 我的登录码 (so that nobody takes it for the slip's QR), with "下次扫码即可登录"
 * under it and a 打印登录码 button (with what came of the last tap); in a portrait window the words stand beside the QR.
 * Shown only while its view model has a code.
 */
public final class WorkerCodeBadgeView extends VBox {

    /** Pixels per QR module: a ~40-module code becomes about 200 px, easy to photograph, small on the screen. */
    private static final int MODULE_PIXELS = 5;

    private final ImageView qr = new ImageView();

    public WorkerCodeBadgeView(WorkerCodeBadgeViewModel viewModel, Messages messages) {
        setId("worker-code-badge");
        getStyleClass().add("worker-code-badge");
        setAlignment(Pos.CENTER);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        qr.setId("worker-code-qr");
        Label title = new Label();
        title.setId("worker-code-title");
        title.getStyleClass().add("worker-code-title");
        title.setWrapText(true);
        title.textProperty().bind(messages.bind("workerCode.title"));
        Label caption = new Label();
        caption.setId("worker-code-caption");
        caption.getStyleClass().add("worker-code-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(messages.bind("workerCode.caption"));
        Button print = new Button();
        print.setId("worker-code-print");
        print.getStyleClass().add("worker-code-print");
        print.setFocusTraversable(false);
        print.setWrapText(true);
        print.textProperty().bind(Bindings.createStringBinding(() -> messages.get(switch (viewModel
                .printStateProperty().get()) {
            case NONE -> "workerCode.print";
            case PRINTING -> "workerCode.printing";
            case PRINTED -> "workerCode.printed";
            case NOT_PRINTED -> "workerCode.notPrinted";
        }), viewModel.printStateProperty(), messages.languageProperty()));
        print.disableProperty().bind(viewModel.printStateProperty().isEqualTo(WorkerCodeBadgeViewModel.PrintState.PRINTING));
        print.setOnAction(event -> viewModel.print());
        VBox words = new VBox(title, caption, print);
        words.getStyleClass().add("worker-code-words");
        words.setAlignment(Pos.CENTER);
        // a column in a landscape corner; in a portrait window, where it sits under the content, a low row
        Runnable arrange = () -> {
            if (WindowShape.portrait(this)) {
                words.getChildren().setAll(title, caption, print);
                getChildren().setAll(new HBox(24, qr, words));
            } else {
                getChildren().setAll(title, qr, caption, print);
            }
        };
        arrange.run();
        WindowShape.follow(this, arrange);
        viewModel.codeProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.codeProperty().get());
    }

    private void show(Optional<String> code) {
        setVisible(code.isPresent());
        setManaged(code.isPresent());
        qr.setImage(code.map(c -> QrImage.of(c, MODULE_PIXELS, Integer.MAX_VALUE)).orElse(null));
    }
}
