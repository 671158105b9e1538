package org.lingong.kiosk.search;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

import org.lingong.kiosk.i18n.Messages;

/** The search screen's sentences, following the view model and the language. JavaFX thread only. */
public final class SearchTexts {

    private final SearchViewModel model;
    private final Messages messages;
    private final Clock clock;

    SearchTexts(SearchViewModel model, Messages messages, Clock clock) {
        this.model = model;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * 找到 12 个工作 (按您登记的工种找到 3 个工作 while the search is narrowed to the worker's registered 工种) /
     * 正在查找… / 没有找到… / 暂时查不到….
     */
    public StringBinding summary() {
        return Bindings.createStringBinding(() -> switch (model.stateProperty().get()) {
            case LOADING -> model.results().isEmpty() ? messages.get("search.results.loading") : found();
            case FAILED -> messages.get("search.results.failed");
            case READY -> model.totalProperty().get() == 0 ? messages.get("search.results.none") : found();
        }, model.stateProperty(), model.totalProperty(), model.preferred(), messages.languageProperty());
    }

    private String found() {
        return messages.get(model.preferred().isEmpty() ? "search.results.found" : "search.results.foundRegistered",
                model.totalProperty().get());
    }

    /** 第 1 页，共 4 页. */
    public StringBinding pageText() {
        return Bindings.createStringBinding(() -> messages.get("search.page", model.pageProperty().get() + 1, model.pageCount()),
                model.pageProperty(), model.totalProperty(), messages.languageProperty());
    }

    /** 离线数据，更新于 08:30 when the data is offline or stale; empty when it is current. */
    public StringBinding statusText() {
        return Bindings.createStringBinding(() -> model.statusProperty().get()
                .filter(CatalogStatus::offline)
                .map(status -> status.lastRefresh().map(time -> messages.get("search.status.offline", time(time)))
                        .orElseGet(() -> messages.get("search.status.never")))
                .orElse(""), model.statusProperty(), messages.languageProperty());
    }

    /** The typed letters in capitals, or the hint how to use the keyboard. */
    public StringBinding lettersText() {
        return Bindings.createStringBinding(() -> model.letters().letters().isEmpty()
                ? messages.get("search.keyboard.hint")
                : messages.get("search.keyboard.typed", model.letters().shown()),
                model.letters().lettersProperty(), messages.languageProperty());
    }

    /** The chosen district's name, or 本盟市全部. */
    public StringBinding districtText() {
        return Bindings.createStringBinding(() -> districtName(model.districtProperty().get()),
                model.districtProperty(), messages.languageProperty());
    }

    public String districtName(District district) {
        return district.isWholeCity() ? messages.get("search.district.wholeCity") : district.name();
    }

    private String time(Instant time) {
        boolean today = LocalDate.ofInstant(time, clock.getZone()).equals(LocalDate.now(clock));
        return messages.date(today ? "search.status.time.pattern" : "search.status.dateTime.pattern",
                time.atZone(clock.getZone()));
    }
}
