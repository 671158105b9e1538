package org.lingong.kiosk.search;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.TapCard;
import org.lingong.platform.api.jobs.Job;

/**
 * One result as a large tappable card: title; pay with unit and district; dates, meals and lodging (icon and
 * word each, so the tick is never the only signal); 看详情. Built in the current language.
 */
final class JobCard {

    private JobCard() {
    }

    static Button create(int index, Job job, JobTexts texts, Messages messages, Runnable onTap) {
        HBox first = TapCard.titleLine(texts.title(job), messages.get("search.card.details"));
        HBox second = TapCard.line(TapCard.highlight(texts.pay(job)), TapCard.fact(job.districtName()));
        HBox third = TapCard.line(TapCard.fact(texts.dates(job)),
                provision(texts.meals(job), job.mealsProvided()), provision(texts.lodging(job), job.lodgingProvided()));
        return TapCard.create("search-card-" + index, "job-card", onTap, first, second, third);
    }

    /** 包吃 with a tick, 不包吃 with a cross: the icon and the word both say it. */
    static Label provision(String text, boolean provided) {
        return TapCard.yesNo(text, provided);
    }
}
