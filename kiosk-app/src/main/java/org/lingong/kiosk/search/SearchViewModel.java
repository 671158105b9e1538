package org.lingong.kiosk.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.theme.LoadState;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.platform.api.jobs.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * View model of the job search screen: filters (工种, district, pay, dates), the pinyin-initial keyboard, sort,
 * result pages, the job detail and 我要报名. Every change runs the search again through the {@link TaskExecutor};
 * an answer to an older search (or one from before the session was wiped) is dropped. Leaving for the home
 * screen and the session wipe clear filters, letters and the chosen job. JavaFX thread only.
 */
public final class SearchViewModel implements SessionScoped, LetterInput {

    public static final int PAGE_SIZE = 3;
    static final int MAX_CATEGORIES = 60;
    private static final Logger log = LoggerFactory.getLogger(SearchViewModel.class);

    private final JobSearch jobSearch;
    private final ReferralStarter referrals;
    private final TaskExecutor executor;
    private final ScreenNavigator navigator;
    private final Messages messages;
    private final Clock clock;
    private final District city;

    private final InitialsEntry entry = new InitialsEntry();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<District> districts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<@Nullable String> category = new ReadOnlyObjectWrapper<>(this, "category", null);
    /** The identified worker's registered 工种, while the search is narrowed to them (看全部 clears it). */
    private final ObservableList<String> preferred = FXCollections.observableArrayList();
    private final ObservableList<String> preferredView = FXCollections.unmodifiableObservableList(preferred);
    private CategoryNames categoryNames = CategoryNames.NONE;
    private final ReadOnlyObjectWrapper<District> district;
    private final ReadOnlyObjectWrapper<OpenList> openList = new ReadOnlyObjectWrapper<>(this, "openList", OpenList.NONE);
    private final ReadOnlyObjectWrapper<PayFilter> pay = new ReadOnlyObjectWrapper<>(this, "pay", PayFilter.ANY);
    private final ReadOnlyObjectWrapper<DateFilter> date = new ReadOnlyObjectWrapper<>(this, "date", DateFilter.ANY);
    private final ReadOnlyObjectWrapper<SearchSort> sort = new ReadOnlyObjectWrapper<>(this, "sort", SearchSort.NEWEST);
    private final ObservableList<Job> results = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total", 0);
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page", 0);
    private final ReadOnlyObjectWrapper<LoadState> state = new ReadOnlyObjectWrapper<>(this, "state", LoadState.LOADING);
    private final ReadOnlyObjectWrapper<Optional<CatalogStatus>> status = new ReadOnlyObjectWrapper<>(this, "status", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Job>> selected = new ReadOnlyObjectWrapper<>(this, "selected", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<String>> noticeKey = new ReadOnlyObjectWrapper<>(this, "noticeKey", Optional.empty());
    private final ReadOnlyBooleanWrapper applying = new ReadOnlyBooleanWrapper(this, "applying", false);
    private final ObservableList<String> categoriesView = FXCollections.unmodifiableObservableList(categories);
    private final ObservableList<District> districtsView = FXCollections.unmodifiableObservableList(districts);
    private final ObservableList<Job> resultsView = FXCollections.unmodifiableObservableList(results);
    private final SearchTexts texts;
    private long searchGeneration;
    private long sessionGeneration;
    private int droppedAnswers;

    public SearchViewModel(JobSearch jobSearch, ReferralStarter referrals, TaskExecutor executor, ScreenNavigator navigator,
            Messages messages, Clock clock, District city) {
        this.jobSearch = jobSearch;
        this.referrals = referrals;
        this.executor = executor;
        this.navigator = navigator;
        this.messages = messages;
        this.clock = clock;
        this.city = city;
        this.district = new ReadOnlyObjectWrapper<>(this, "district", city);
        this.texts = new SearchTexts(this, messages, clock);
        navigator.currentProperty().addListener((obs, old, now) -> followNavigation(now));
    }

    // ---- entering and leaving ----

    /** Loads the tiles (categories, districts, data status) and runs the search. Called when the screen opens. */
    public void enter() {
        long session = sessionGeneration;
        executor.submit(() -> new Overview(jobSearch.categories(), CategoryNames.of(jobSearch.workTypes()),
                jobSearch.districts(city), jobSearch.status()), overview -> {
            if (session == sessionGeneration) {
                categoryNames = overview.names();
                categories.setAll(overview.categories().stream().limit(MAX_CATEGORIES).toList());
                districts.setAll(overview.districts());
                status.set(Optional.of(overview.status()));
            }
        }, error -> log.warn("Job search overview unavailable: {}", error.toString()));
        search();
    }

    public void goHome() {
        navigator.goHome();
    }

    // ---- filters ----

    /**
     * Narrows the search to a returning worker's registered 工种 (their names); an empty list, or 看全部, shows all.
     * A chosen 工种 tile still wins over them.
     */
    public void preferWorkTypes(List<String> names) {
        if (!preferred.equals(names)) {
            preferred.setAll(names);
            searchFromFirstPage();
        }
    }

    /** 看全部: drops the worker's registered 工种 from the search. */
    public void showAll() {
        preferWorkTypes(List.of());
    }

    /** The 工种 the search is narrowed to for the identified worker; empty when it shows all. */
    public ObservableList<String> preferred() {
        return preferredView;
    }

    /**
     * Whether the 工种 tile {@code tile} ({@code null}: 不限) shows as chosen: the chosen 工种, else the worker's registered
     * ones while the search is narrowed to them, else 不限.
     */
    public BooleanBinding categoryShownChosen(@Nullable String tile) {
        return Bindings.createBooleanBinding(() -> {
            String chosen = category.get();
            if (chosen != null) {
                return chosen.equals(tile);
            }
            return tile == null ? preferred.isEmpty() : preferred.contains(tile);
        }, category, preferred);
    }

    /** Whether a 工种 shown as chosen ({@link #categoryShownChosen}) is none of {@code onTiles} (it is under 更多工种). */
    public BooleanBinding categoryChosenElsewhere(List<String> onTiles) {
        return Bindings.createBooleanBinding(() -> {
            String chosen = category.get();
            return chosen != null ? !onTiles.contains(chosen) : preferred.stream().anyMatch(name -> !onTiles.contains(name));
        }, category, preferred);
    }

    /**
     * A 工种 tile; {@code null} is 不限, which also drops the worker's registered 工种 (as 看全部 does). Tapping the
     * chosen tile again goes back to what was shown before it.
     */
    public void chooseCategory(@Nullable String value) {
        if (value == null) {
            preferred.clear();
        }
        category.set(value != null && value.equals(category.get()) ? null : value);
        openList.set(OpenList.NONE);
        searchFromFirstPage();
    }

    public void openDistricts() {
        openList.set(OpenList.DISTRICTS);
    }

    /** 更多工种: every 工种 as a tap list. */
    public void openCategories() {
        openList.set(OpenList.CATEGORIES);
    }

    public void closeList() {
        openList.set(OpenList.NONE);
    }

    public void chooseDistrict(District value) {
        district.set(value);
        openList.set(OpenList.NONE);
        searchFromFirstPage();
    }

    public void choosePay(PayFilter value) {
        pay.set(value);
        searchFromFirstPage();
    }

    public void chooseDate(DateFilter value) {
        date.set(value);
        searchFromFirstPage();
    }

    public void chooseSort(SearchSort value) {
        sort.set(value);
        searchFromFirstPage();
    }

    // ---- keyboard ----

    public void pressLetter(char letter) {
        if (entry.press(letter)) {
            searchFromFirstPage();
        }
    }

    public void deleteLetter() {
        if (entry.delete()) {
            searchFromFirstPage();
        }
    }

    public void clearLetters() {
        if (entry.clear()) {
            searchFromFirstPage();
        }
    }

    // ---- pages ----

    public void nextPage() {
        if (page.get() + 1 < pageCount()) {
            page.set(page.get() + 1);
            search();
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            search();
        }
    }

    public int pageCount() {
        return Math.max(1, (total.get() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    // ---- detail and 我要报名 ----

    public void open(long jobId) {
        long session = sessionGeneration;
        noticeKey.set(Optional.empty());
        executor.submit(() -> jobSearch.job(jobId), found -> {
            if (session == sessionGeneration) {
                selected.set(found);
                noticeKey.set(found.isPresent() ? Optional.empty() : Optional.of("search.detail.gone"));
            }
        }, error -> {
            log.warn("Job {} could not be read: {}", jobId, error.toString());
            noticeKey.set(Optional.of("search.detail.gone"));
        });
    }

    public void closeDetail() {
        selected.set(Optional.empty());
        noticeKey.set(Optional.empty());
    }

    /** 我要报名: hands the shown job to the referral flow; if that is not available, says so. */
    public void apply() {
        Optional<Job> job = selected.get();
        if (job.isEmpty() || applying.get()) {
            return;
        }
        long session = sessionGeneration;
        applying.set(true);
        executor.submit(() -> referrals.start(job.get()), outcome -> {
            if (session == sessionGeneration) {
                applying.set(false);
                noticeKey.set(outcome == ReferralOutcome.NOT_AVAILABLE_YET
                        ? Optional.of("search.referral.comingSoon") : Optional.empty());
            }
        }, error -> {
            log.warn("Referral could not start: {}", error.toString());
            if (session == sessionGeneration) {
                applying.set(false);
                noticeKey.set(Optional.of("search.referral.failed"));
            }
        });
    }

    // ---- what the view shows ----

    public InitialsEntry letters() {
        return entry;
    }

    /** The same read-only list every time (its change listeners live as long as the view model). */
    /** A 工种 (as jobs carry it, in Chinese) in the current language; JavaFX thread. */
    public String categoryName(String category) {
        return categoryNames.name(category, messages.language());
    }

    public ObservableList<String> categories() {
        return categoriesView;
    }

    public ReadOnlyObjectProperty<@Nullable String> categoryProperty() {
        return category.getReadOnlyProperty();
    }

    public ObservableList<District> districts() {
        return districtsView;
    }

    public District city() {
        return city;
    }

    public ReadOnlyObjectProperty<District> districtProperty() {
        return district.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OpenList> openListProperty() {
        return openList.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PayFilter> payProperty() {
        return pay.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DateFilter> dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SearchSort> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    public ObservableList<Job> results() {
        return resultsView;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<CatalogStatus>> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Job>> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<String>> noticeKeyProperty() {
        return noticeKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty applyingProperty() {
        return applying.getReadOnlyProperty();
    }

    public SearchTexts texts() {
        return texts;
    }

    public StringBinding noticeText() {
        return Bindings.createStringBinding(() -> noticeKey.get().map(messages::get).orElse(""),
                noticeKey, messages.languageProperty());
    }

    /** How many search answers arrived after a newer search had started, and were dropped. */
    public int droppedAnswers() {
        return droppedAnswers;
    }

    /** The search as set up now. */
    public SearchCriteria criteria() {
        LocalDate today = LocalDate.now(clock);
        return new SearchCriteria(category.get(), district.get(), pay.get(), date.get().range(today).orElse(null),
                entry.letters(), sort.get(), page.get() * PAGE_SIZE, PAGE_SIZE, preferred);
    }

    @Override
    public void clearSession() {
        reset();
        if (navigator.current() == Screen.FIND_JOB) {
            navigator.showAttract();
        }
    }

    // ---- internals ----

    private void searchFromFirstPage() {
        page.set(0);
        search();
    }

    private void search() {
        long requested = ++searchGeneration;
        SearchCriteria criteria = criteria();
        state.set(LoadState.LOADING);
        executor.submit(() -> jobSearch.search(criteria), answer -> {
            if (requested != searchGeneration) {
                droppedAnswers++;
                log.debug("Dropped a stale search answer ({} < {})", requested, searchGeneration);
                return;
            }
            results.setAll(answer.jobs());
            total.set(answer.total());
            state.set(LoadState.READY);
        }, error -> {
            log.warn("Job search failed: {}", error.toString());
            if (requested == searchGeneration) {
                results.clear();
                total.set(0);
                state.set(LoadState.FAILED);
            }
        });
    }

    private void followNavigation(Screen now) {
        if (now == Screen.FIND_JOB) {
            enter();
        } else if (now == Screen.ATTRACT) {
            reset();
        }
    }

    /** Forgets filters, letters, results and the chosen job; answers still on their way are dropped. */
    private void reset() {
        sessionGeneration++;
        searchGeneration++;
        entry.clear();
        category.set(null);
        preferred.clear();
        district.set(city);
        openList.set(OpenList.NONE);
        pay.set(PayFilter.ANY);
        date.set(DateFilter.ANY);
        sort.set(SearchSort.NEWEST);
        page.set(0);
        results.clear();
        total.set(0);
        state.set(LoadState.LOADING);
        selected.set(Optional.empty());
        noticeKey.set(Optional.empty());
        applying.set(false);
    }

    private record Overview(List<String> categories, CategoryNames names, List<District> districts,
                            CatalogStatus status) {
    }
}
