package org.lingong.kiosk.policy;

import java.util.Comparator;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.search.InitialsEntry;
import org.lingong.kiosk.search.LetterInput;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.platform.api.content.PolicyPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 政策 screen: the station's policy pages, narrowed by pinyin initials typed on the same letter keyboard as the
 * job search (补贴 → {@code bt}); a page opens with what it is, who qualifies, what to bring, where to go and a QR to
 * the full text. JavaFX thread only; the pages are read (and their initials computed) through the executor.
 */
public final class PolicyViewModel implements SessionScoped, LetterInput {

    private static final Logger log = LoggerFactory.getLogger(PolicyViewModel.class);

    private final PolicySource source;
    private final TaskExecutor executor;
    private final InitialsEntry entry = new InitialsEntry();
    private final ObservableList<PolicyPage> shown = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PolicyListState> state = new ReadOnlyObjectWrapper<>(this, "state",
            PolicyListState.LOADING);
    private final ReadOnlyObjectWrapper<@Nullable PolicyPage> open = new ReadOnlyObjectWrapper<>(this, "open");
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(this, "demo");
    private final StringBinding lettersText;
    private List<PolicyEntry> all = List.of();

    public PolicyViewModel(PolicySource source, TaskExecutor executor, Messages messages) {
        this.source = source;
        this.executor = executor;
        this.lettersText = Bindings.createStringBinding(() -> entry.letters().isEmpty()
                ? messages.get("policy.search.hint") : entry.letters().toUpperCase(java.util.Locale.ROOT),
                entry.lettersProperty(), messages.languageProperty());
    }

    public ObservableList<PolicyPage> shown() {
        return shown;
    }

    public ReadOnlyObjectProperty<PolicyListState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The page open over the list, or {@code null}. */
    public ReadOnlyObjectProperty<@Nullable PolicyPage> openProperty() {
        return open.getReadOnlyProperty();
    }

    /** True when the pages are the bundled demo content. */
    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** The line above the keyboard: the letters typed, or how to use it. */
    public StringBinding lettersText() {
        return lettersText;
    }

    /** Reads the pages again (each time the screen is shown). */
    public void load() {
        state.set(PolicyListState.LOADING);
        executor.submit(() -> {
            PolicySource.Shelf shelf = source.shelf();
            return new Loaded(shelf.pages().stream().map(PolicyEntry::of).toList(), shelf.demo());
        }, loaded -> {
            all = loaded.entries();
            demo.set(loaded.demo());
            filter();
        }, error -> {
            log.warn("Policy pages not read: {}", error.toString());
            all = List.of();
            shown.clear();
            state.set(PolicyListState.FAILED);
        });
    }

    private record Loaded(List<PolicyEntry> entries, boolean demo) {
    }

    @Override
    public void pressLetter(char letter) {
        if (entry.press(letter)) {
            filter();
        }
    }

    @Override
    public void deleteLetter() {
        if (entry.delete()) {
            filter();
        }
    }

    @Override
    public void clearLetters() {
        if (entry.clear()) {
            filter();
        }
    }

    public void openPage(PolicyPage page) {
        open.set(page);
    }

    /** 返回列表. */
    public void closePage() {
        open.set(null);
    }

    private void filter() {
        String letters = entry.letters();
        shown.setAll(all.stream().filter(e -> e.matches(letters))
                .sorted(Comparator.comparing((PolicyEntry e) -> !e.titleMatches(letters)))
                .map(PolicyEntry::page).toList());
        if (all.isEmpty()) {
            state.set(PolicyListState.EMPTY);
        } else {
            state.set(shown.isEmpty() ? PolicyListState.NO_MATCH : PolicyListState.SHOWN);
        }
    }

    @Override
    public void clearSession() {
        entry.clear();
        open.set(null);
        filter();
    }
}
