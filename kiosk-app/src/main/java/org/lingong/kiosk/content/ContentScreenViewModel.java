package org.lingong.kiosk.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.platform.api.events.SignUpTarget;

/**
 * View model of one content screen: 培训 (one list, courses) or 招聘会 (two tabs: fairs and 直播带岗 sessions).
 * Reloads whenever its screen is shown; lists the chosen tab's upcoming items {@value #PAGE_SIZE} per page; one item
 * opens as the detail, where 我要报名 / 我要参加 goes through the session's {@link SignUps}. JavaFX thread only.
 */
public final class ContentScreenViewModel implements SessionScoped {

    public static final int PAGE_SIZE = 3;

    private final Screen screen;
    private final List<SignUpTarget> tabs;
    private final ContentSource source;
    private final SignUps signUps;
    private final TaskExecutor executor;
    private final ScreenNavigator navigator;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<SignUpTarget> tab = new ReadOnlyObjectWrapper<>(this, "tab");
    private final ReadOnlyObjectWrapper<ListStatus> status = new ReadOnlyObjectWrapper<>(this, "status", ListStatus.LOADING);
    private final ReadOnlyObjectWrapper<Optional<Instant>> updatedAt =
            new ReadOnlyObjectWrapper<>(this, "updatedAt", Optional.empty());
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(this, "demo");
    private final ObservableList<ContentEntry> page = FXCollections.observableArrayList();
    private final ObservableList<ContentEntry> readOnlyPage = FXCollections.unmodifiableObservableList(page);
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(this, "pageIndex");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 1);
    private final ReadOnlyObjectWrapper<Optional<ContentEntry>> selected =
            new ReadOnlyObjectWrapper<>(this, "selected", Optional.empty());
    private final ReadOnlyObjectWrapper<SignUpState> signUpState =
            new ReadOnlyObjectWrapper<>(this, "signUpState", SignUpState.NONE);

    private @Nullable StationContent content;
    private List<ContentEntry> entries = List.of();
    private long loads;

    public ContentScreenViewModel(Screen screen, List<SignUpTarget> tabs, ContentSource source, SignUps signUps,
            TaskExecutor executor, ScreenNavigator navigator, Clock clock) {
        if (tabs.isEmpty()) {
            throw new IllegalArgumentException("a content screen lists at least one kind");
        }
        this.screen = screen;
        this.tabs = List.copyOf(tabs);
        this.source = source;
        this.signUps = signUps;
        this.executor = executor;
        this.navigator = navigator;
        this.clock = clock;
        tab.set(this.tabs.get(0));
        navigator.currentProperty().addListener((obs, old, now) -> {
            if (now == screen) {
                load();
            }
        });
    }

    public Screen screen() {
        return screen;
    }

    public List<SignUpTarget> tabs() {
        return tabs;
    }

    /** Reads the content again (the screen does so each time it is shown). */
    public void load() {
        long load = ++loads;
        if (content == null) {
            status.set(ListStatus.LOADING);
        }
        executor.submit(source::current, latest -> {
            if (load == loads) {
                show(latest.orElse(null));
            }
        }, failure -> {
            if (load == loads) {
                content = null;
                entries = List.of();
                status.set(ListStatus.FAILED);
                fillPage(0);
            }
        });
    }

    private void show(@Nullable StationContent latest) {
        content = latest;
        updatedAt.set(latest == null ? Optional.empty() : latest.updated());
        demo.set(latest != null && latest.isDemo());
        refill(0);
    }

    private void refill(int wantedPage) {
        entries = content == null ? List.of()
                : ContentEntries.of(tab.get(), content, LocalDateTime.now(clock), clock.getZone());
        status.set(content == null ? ListStatus.NO_CONTENT_YET
                : entries.isEmpty() ? ListStatus.NONE_UPCOMING : ListStatus.SHOWN);
        fillPage(wantedPage);
    }

    private void fillPage(int wanted) {
        int pages = Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int index = Math.max(0, Math.min(wanted, pages - 1));
        pageCount.set(pages);
        pageIndex.set(index);
        page.setAll(entries.subList(index * PAGE_SIZE, Math.min(entries.size(), (index + 1) * PAGE_SIZE)));
    }

    public void chooseTab(SignUpTarget target) {
        if (!tabs.contains(target)) {
            throw new IllegalArgumentException(target + " is not listed on " + screen);
        }
        tab.set(target);
        closeDetail();
        refill(0);
    }

    public void nextPage() {
        fillPage(pageIndex.get() + 1);
    }

    public void previousPage() {
        fillPage(pageIndex.get() - 1);
    }

    public void open(ContentEntry entry) {
        selected.set(Optional.of(entry));
        signUpState.set(signUps.stateOf(entry.target(), entry.id()));
    }

    public void closeDetail() {
        selected.set(Optional.empty());
        signUpState.set(SignUpState.NONE);
    }

    /** 我要报名 / 我要参加 for the open item; a repeat in the same session sends nothing. */
    public void signUp() {
        Optional<ContentEntry> open = selected.get();
        if (open.isEmpty()) {
            return;
        }
        ContentEntry entry = open.get();
        signUps.signUp(entry.target(), entry.id(), state -> {
            if (selected.get().equals(Optional.of(entry))) {
                signUpState.set(state);
            }
        });
    }

    public void back() {
        navigator.goHome();
    }

    public ReadOnlyObjectProperty<SignUpTarget> tabProperty() {
        return tab.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ListStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** When the shown content arrived from the platform; empty for the demo list or before any content. */
    public ReadOnlyObjectProperty<Optional<Instant>> updatedAtProperty() {
        return updatedAt.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** The entries on the current page. */
    public ObservableList<ContentEntry> page() {
        return readOnlyPage;
    }

    /** All upcoming entries of the current tab, in order. */
    public List<ContentEntry> entries() {
        return entries;
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<ContentEntry>> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SignUpState> signUpStateProperty() {
        return signUpState.getReadOnlyProperty();
    }

    @Override
    public void clearSession() {
        closeDetail();
        tab.set(tabs.get(0));
        if (content != null) {
            refill(0);
        }
    }
}
