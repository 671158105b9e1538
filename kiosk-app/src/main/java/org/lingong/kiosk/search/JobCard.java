package org.lingong.kiosk.search;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;
import org.lingong.platform.api.jobs.Job;

/**
 * One result as a large tappable card: title; pay with unit and district; dates, meals and lodging (icon and
 * word each, so the tick is never the only signal); 看详情. Built in the current language.
 */
final class JobCard {

    private JobCard() {
    }

    static Button create(int index, Job job, JobTexts texts, Messages messages, Runnable onTap) {
        Label title = label(job.title(), "job-card-title");
        Label pay = label(texts.pay(job), "job-card-pay");
        Label district = label(job.districtName(), "job-card-district");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label details = label(messages.get("search.card.details"), "job-card-details");
        HBox first = new HBox(title, gap, details);
        first.getStyleClass().add("job-card-line");
        HBox second = new HBox(pay, district);
        second.getStyleClass().add("job-card-line");
        HBox third = new HBox(label(texts.dates(job), "job-card-dates"),
                provision(texts.meals(job), job.mealsProvided()), provision(texts.lodging(job), job.lodgingProvided()));
        third.getStyleClass().add("job-card-line");
        VBox content = new VBox(first, second, third);
        content.getStyleClass().add("job-card-content");
        Button card = new Button();
        card.setId("search-card-" + index);
        card.getStyleClass().add("job-card");
        card.setFocusTraversable(false);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        card.setGraphic(content);
        content.prefWidthProperty().bind(card.widthProperty().subtract(40));
        card.setOnAction(event -> onTap.run());
        return card;
    }

    /** 包吃 with a tick, 不包吃 with a cross: the icon and the word both say it. */
    static Label provision(String text, boolean provided) {
        Label label = label(text, provided ? "provision-yes" : "provision-no");
        label.getStyleClass().add("provision");
        label.setGraphic(provided ? Icons.CHECK.create(28, "provision-yes-icon") : Icons.CROSS.create(24, "provision-no-icon"));
        return label;
    }

    static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    static Node spacer() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }
}
