package org.lingong.kiosk.shell;

import java.util.Locale;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;

import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/**
 * One button per {@link KioskLanguage}, each labelled in its own language. The current one is
 * marked by a check icon, not by colour alone. Shown on every screen.
 */
public final class LanguageSwitchView extends HBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    public LanguageSwitchView(Messages messages) {
        getStyleClass().add("language-switch");
        for (KioskLanguage language : KioskLanguage.values()) {
            getChildren().add(button(messages, language));
        }
    }

    private static Button button(Messages messages, KioskLanguage language) {
        Button button = new Button(messages.get(language.nameKey()));
        button.getStyleClass().add("language-button");
        button.setId("language-" + language.name().toLowerCase(Locale.ROOT));
        var check = Icons.CHECK.create(28, "language-check");
        button.setGraphic(check);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Runnable mark = () -> {
            boolean current = messages.language() == language;
            button.pseudoClassStateChanged(CURRENT, current);
            check.setVisible(current);
        };
        mark.run();
        messages.languageProperty().addListener((obs, old, now) -> mark.run());
        button.setOnAction(event -> messages.select(language));
        return button;
    }
}
