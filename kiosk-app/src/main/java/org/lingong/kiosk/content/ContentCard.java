package org.lingong.kiosk.content;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.TapCard;
import org.lingong.platform.api.events.SignUpTarget;

/**
 * One course, fair or session as a large tappable card: title and 看详情; when (今天 / 明天 / date) and, for
 * courses, 政府补贴 or 自费 (icon and word); organiser and place. Built in the current language.
 */
final class ContentCard {

    private ContentCard() {
    }

    static Button create(String id, ContentEntry entry, ContentTexts texts, Messages messages, Runnable onTap) {
        HBox first = TapCard.wrappingTitleLine(entry.title(), messages.get("content.card.details"));
        HBox second = TapCard.line(TapCard.highlight(texts.when(entry)));
        if (entry.target() == SignUpTarget.TRAINING) {
            second.getChildren().add(subsidy(entry, messages));
        }
        Label where = TapCard.fact((entry.organiser().isBlank() ? "" : entry.organiser() + "  ·  ") + texts.place(entry));
        where.setMinWidth(Region.USE_COMPUTED_SIZE);
        return TapCard.create(id, "content-card", onTap, first, second, where);
    }

    /** 政府补贴 with a tick, 自费 with a cross: the icon and the word both say it. */
    static Label subsidy(ContentEntry entry, Messages messages) {
        boolean subsidised = entry.subsidised();
        return TapCard.yesNo(messages.get(subsidised ? "content.subsidised" : "content.notSubsidised"), subsidised);
    }
}
