package org.lingong.kiosk.status;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/** The status bar: for each device an icon for its state and the words "读卡器：正常", "打印机：缺纸". */
public final class StatusBarView extends HBox {

    public StatusBarView(StatusBarViewModel viewModel, Messages messages) {
        getStyleClass().add("status-bar");
        for (DeviceKind kind : DeviceKind.values()) {
            getChildren().add(item(kind, viewModel.stateProperty(kind), viewModel.wordsKeyProperty(kind), messages));
        }
    }

    private static Node item(DeviceKind kind, ReadOnlyObjectProperty<DeviceState> state,
            ReadOnlyObjectProperty<String> wordsKey, Messages messages) {
        Label label = new Label();
        label.setId("status-" + kind.name().toLowerCase(Locale.ROOT));
        label.getStyleClass().add("status-item");
        label.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.item", messages.get(kind.labelKey()), messages.get(wordsKey.get())),
                wordsKey, messages.languageProperty()));
        Runnable showIcon = () -> label.setGraphic(icon(state.get()));
        showIcon.run();
        state.addListener((obs, old, now) -> showIcon.run());
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMaxWidth(Region.USE_COMPUTED_SIZE);
        label.setWrapText(true); // "Printer: / Out of paper" on two lines where the bar is narrow
        return label;
    }

    private static Node icon(DeviceState state) {
        return switch (state) {
            case READY -> Icons.CHECK.create(32, "state-ready");
            case ATTENTION -> Icons.ATTENTION.create(32, "state-attention");
            case OFFLINE -> Icons.CROSS.create(32, "state-offline");
            case UNKNOWN -> Icons.UNKNOWN.create(32, "state-unknown");
        };
    }
}
