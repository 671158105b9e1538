package org.lingong.kiosk.staff;

import java.util.Set;
import java.util.concurrent.Callable;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.status.DeviceState;
import org.lingong.kiosk.theme.Icons;

/** Small builders shared by the staff and technician views: labels and buttons bound to message keys. */
public final class AdminTexts {

    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    /** The style class of a message that reports success (with pseudo-class {@code :done}). */
    public static final String SUCCESS_CLASS = "message-success";
    /** The style class of a message that reports a failure (with pseudo-class {@code :failed}). */
    public static final String ERROR_CLASS = "message-error";

    private AdminTexts() {
    }

    /** The text of a message key held in {@code key} (empty for an empty key), with one argument. */
    public static StringBinding keyed(Messages messages, ObservableValue<String> key, ObservableValue<?> argument) {
        return Bindings.createStringBinding(() -> key.getValue() == null || key.getValue().isEmpty() ? ""
                : messages.get(key.getValue(), argument.getValue()), key, argument, messages.languageProperty());
    }

    /**
     * Colours a result message by its key, so that success never looks like an error: pseudo-class {@code :failed} and
     * style class {@value #ERROR_CLASS} for a key in {@code failures}, {@code :done} and {@value #SUCCESS_CLASS} for a
     * key in {@code successes}, neither while work is under way.
     */
    public static Label toned(Label label, ObservableValue<String> key, Set<String> successes, Set<String> failures) {
        Runnable tone = () -> tone(label, failures.contains(key.getValue()) ? Boolean.FALSE
                : successes.contains(key.getValue()) ? Boolean.TRUE : null);
        tone.run();
        key.addListener((obs, old, now) -> tone.run());
        return label;
    }

    /** Colours an outcome: {@code :done} when {@code ok}, {@code :failed} when not, neither for {@code null}. */
    public static void tone(Label label, @Nullable Boolean ok) {
        label.pseudoClassStateChanged(DONE, Boolean.TRUE.equals(ok));
        label.pseudoClassStateChanged(FAILED, Boolean.FALSE.equals(ok));
        styleClass(label, SUCCESS_CLASS, Boolean.TRUE.equals(ok));
        styleClass(label, ERROR_CLASS, Boolean.FALSE.equals(ok));
    }

    private static void styleClass(Node node, String styleClass, boolean on) {
        if (!on) {
            node.getStyleClass().removeAll(styleClass);
        } else if (!node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        }
    }

    /** A binding recomputed when any dependency or the language changes. */
    public static StringBinding text(Messages messages, Callable<String> text, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        System.arraycopy(dependencies, 0, all, 0, dependencies.length);
        all[dependencies.length] = messages.languageProperty();
        return Bindings.createStringBinding(text, all);
    }

    public static Label label(String id, String styleClass) {
        Label label = new Label();
        if (!id.isEmpty()) {
            label.setId(id);
        }
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    /** A message line that takes no room while it says nothing. */
    public static Label hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** The state's icon, as in the status bar, so that colour is never the only signal. */
    public static Node stateIcon(DeviceState state) {
        return switch (state) {
            case READY -> Icons.CHECK.create(32, "staff-state-ready");
            case ATTENTION -> Icons.ATTENTION.create(32, "staff-state-attention");
            case OFFLINE -> Icons.CROSS.create(32, "staff-state-offline");
            case UNKNOWN -> Icons.UNKNOWN.create(32, "staff-state-unknown");
        };
    }

    public static Button button(String id, Messages messages, String key, String... styleClasses) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().addAll(styleClasses);
        button.textProperty().bind(messages.bind(key));
        button.setFocusTraversable(false);
        button.setWrapText(true);
        return button;
    }
}
