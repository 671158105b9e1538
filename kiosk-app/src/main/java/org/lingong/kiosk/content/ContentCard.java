package org.lingong.kiosk.content;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;
import org.lingong.platform.api.events.SignUpTarget;

/**
 * One course, fair or session as a large tappable card: title and 看详情; when (今天 / 明天 / date) and, for
 * courses, 政府补贴 or 自费 (icon and word); organiser and place. Built in the current language.
 */
final class ContentCard {

    private ContentCard() {
    }

    static Button create(String id, ContentEntry entry, ContentTexts texts, Messages messages, Runnable onTap) {
        HBox first = new HBox(label(entry.title(), "content-card-title"), ContentView.spacer(),
                label(messages.get("content.card.details"), "content-card-details"));
        first.getStyleClass().add("content-card-line");
        HBox second = new HBox(label(texts.when(entry), "content-card-when"));
        if (entry.target() == SignUpTarget.TRAINING) {
            second.getChildren().add(subsidy(entry, messages));
        }
        second.getStyleClass().add("content-card-line");
        Label where = label(entry.organiser() + "  ·  " + entry.place(), "content-card-where");
        where.setMinWidth(Region.USE_COMPUTED_SIZE);
        VBox content = new VBox(first, second, where);
        content.getStyleClass().add("content-card-content");
        Button card = new Button();
        card.setId(id);
        card.getStyleClass().add("content-card");
        card.setFocusTraversable(false);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        card.setGraphic(content);
        content.prefWidthProperty().bind(card.widthProperty().subtract(40));
        card.setOnAction(event -> onTap.run());
        return card;
    }

    /** 政府补贴 with a tick, 自费 with a cross: the icon and the word both say it. */
    static Label subsidy(ContentEntry entry, Messages messages) {
        boolean subsidised = entry.subsidised();
        Label label = label(messages.get(subsidised ? "content.subsidised" : "content.notSubsidised"),
                subsidised ? "content-subsidy-yes" : "content-subsidy-no");
        label.getStyleClass().add("content-subsidy");
        label.setGraphic(subsidised ? Icons.CHECK.create(28, "content-subsidy-yes-icon")
                : Icons.CROSS.create(24, "content-subsidy-no-icon"));
        return label;
    }

    static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
