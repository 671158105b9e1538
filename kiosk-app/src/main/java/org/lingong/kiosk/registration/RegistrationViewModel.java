package org.lingong.kiosk.registration;

import java.time.Clock;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.kiosk.theme.LoadState;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worktype.JobCategory;
import org.lingong.kiosk.worktype.JobCategorySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * View model of the registration screen: one step at a time, a back action on every step, and
 * the consent gate: the {@link RegistrationSink} sees the answers only after 同意; 不同意 first asks
 * "不同意将不登记，您的信息将被清除" ({@link #declineAskedProperty()}) and 确认不同意 ends the session as the idle
 * timeout would; leaving for the home screen and the session wipe forget them too. Personal data is exposed only masked.
 * JavaFX thread only.
 */
public final class RegistrationViewModel implements SessionScoped {

    private static final Logger log = LoggerFactory.getLogger(RegistrationViewModel.class);

    private final JobCategorySource categorySource;
    private final RegistrationSink sink;
    private final TaskExecutor executor;
    private final ScreenNavigator navigator;
    private final Messages messages;
    private final Clock clock;
    private final int retentionYears;
    private final @Nullable Runnable endSession;

    private final RegistrationDraft draft = new RegistrationDraft();
    private final PhoneEntry phone = new PhoneEntry();
    private final ApplyingFor applyingFor = new ApplyingFor();
    private final ReadOnlyObjectWrapper<RegistrationStep> step = new ReadOnlyObjectWrapper<>(this, "step", RegistrationStep.WAITING_FOR_CARD);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Optional<String>> problemKey = new ReadOnlyObjectWrapper<>(this, "problemKey", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<CardIdentity>> identity = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<JobCategory> categories = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LoadState> categoriesState = new ReadOnlyObjectWrapper<>(this, "categoriesState", LoadState.LOADING);
    private final ObservableSet<String> selectedCategories = FXCollections.observableSet();
    /** Category tiles per page: 3 rows of 4, with the pager under them, fit the screen. */
    public static final int CATEGORIES_PER_PAGE = 12;
    private final ReadOnlyIntegerWrapper categoryPage = new ReadOnlyIntegerWrapper(this, "categoryPage", 0);
    private final ReadOnlyObjectWrapper<@Nullable PayExpectation> pay = new ReadOnlyObjectWrapper<>(this, "pay", null);
    private final ReadOnlyObjectWrapper<@Nullable Availability> availability = new ReadOnlyObjectWrapper<>(this, "availability", null);
    private final ReadOnlyObjectWrapper<@Nullable EmploymentStatus> status = new ReadOnlyObjectWrapper<>(this, "status", null);
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(this, "submitting", false);
    private final ReadOnlyBooleanWrapper declineAsked = new ReadOnlyBooleanWrapper(this, "declineAsked", false);
    private final ReadOnlyObjectWrapper<@Nullable ActiveWorker> registeredWorker =
            new ReadOnlyObjectWrapper<>(this, "registeredWorker", null);
    private final CardTexts cardTexts;
    private long generation;

    /** Without a session to end (tests of this screen alone): 确认不同意 forgets the answers and shows the home screen. */
    public RegistrationViewModel(JobCategorySource categorySource, RegistrationSink sink, TaskExecutor executor,
            ScreenNavigator navigator, Messages messages, Clock clock, int retentionYears) {
        this(categorySource, sink, executor, navigator, messages, clock, retentionYears, null);
    }

    /** @param endSession ends the session as the idle timeout would ({@code IdleSession::endSession}) */
    public RegistrationViewModel(JobCategorySource categorySource, RegistrationSink sink, TaskExecutor executor,
            ScreenNavigator navigator, Messages messages, Clock clock, int retentionYears, @Nullable Runnable endSession) {
        this.endSession = endSession;
        this.categorySource = categorySource;
        this.sink = sink;
        this.executor = executor;
        this.navigator = navigator;
        this.messages = messages;
        this.clock = clock;
        this.retentionYears = retentionYears;
        this.cardTexts = new CardTexts(identity, messages);
        problemKey.addListener((obs, old, now) -> problem.set(now.map(messages::get).orElse("")));
        messages.languageProperty().addListener((obs, old, now) -> problem.set(problemKey.get().map(messages::get).orElse("")));
        navigator.currentProperty().addListener((obs, old, now) -> followNavigation(now));
        // a key press on the keypad means the worker is fixing the number: the old message goes
        phone.displayProperty().addListener((obs, old, now) -> problemKey.set(Optional.empty()));
    }

    // ---- starting ----

    /** A card was placed: registration starts (over) with its data, unless it is the same worker mid-form. */
    public void startWithCard(IdCard card) {
        boolean sameWorkerMidForm = identity.get().map(id -> id.documentNumber().equals(card.documentNumber())).orElse(false)
                && step.get() != RegistrationStep.DONE;
        if (!sameWorkerMidForm) {
            reset();
            draft.startWithCard(card);
            identity.set(draft.identity());
            step.set(RegistrationStep.CARD);
            log.info("Registration started with a card");
        }
        navigator.show(Screen.REGISTER);
    }

    /** Station staff start a registration for a worker without a readable card; the card step is skipped. */
    public void startWithoutCardByStaff() {
        reset();
        draft.startWithoutCardByStaff();
        step.set(RegistrationStep.PHONE);
        navigator.show(Screen.REGISTER);
        log.info("Registration started by staff without a card");
    }

    // ---- moving between steps ----

    public void next() {
        problemKey.set(Optional.empty());
        switch (step.get()) {
            case CARD -> goTo(RegistrationStep.PHONE);
            case PHONE -> finishPhone();
            case JOBS -> require(!selectedCategories.isEmpty(), "registration.jobs.problem.none", RegistrationStep.PREFERENCES);
            case PREFERENCES -> finishPreferences();
            case WAITING_FOR_CARD, CONSENT, DONE -> { }
        }
    }

    public void back() {
        problemKey.set(Optional.empty());
        declineAsked.set(false);
        switch (step.get()) {
            case WAITING_FOR_CARD -> {
                if (applyingFor.present()) {
                    applyingFor.backToJob();
                } else {
                    navigator.goHome();
                }
            }
            case CARD, DONE -> navigator.goHome();
            case PHONE -> {
                phone.finish();
                if (draft.identity().isPresent()) {
                    goTo(RegistrationStep.CARD);
                } else {
                    navigator.goHome();
                }
            }
            case JOBS -> goTo(RegistrationStep.PHONE);
            case PREFERENCES -> goTo(RegistrationStep.JOBS);
            case CONSENT -> {
                if (!submitting.get()) {
                    goTo(RegistrationStep.PREFERENCES);
                }
            }
        }
    }

    // ---- answers ----

    public PhoneEntry phone() {
        return phone;
    }

    public void toggleCategory(String code) {
        if (draft.toggleJobCategory(code)) {
            selectedCategories.add(code);
        } else {
            selectedCategories.remove(code);
        }
        problemKey.set(Optional.empty());
    }

    public void choosePay(PayExpectation value) {
        draft.setPay(value);
        pay.set(value);
        problemKey.set(Optional.empty());
    }

    public void chooseAvailability(Availability value) {
        draft.setAvailability(value);
        availability.set(value);
        problemKey.set(Optional.empty());
    }

    public void chooseStatus(EmploymentStatus value) {
        draft.setStatus(value);
        status.set(value);
        problemKey.set(Optional.empty());
    }

    /** Reloads the category tiles (after a failure). */
    public void loadCategories() {
        long requested = generation;
        categoriesState.set(LoadState.LOADING);
        executor.submit(categorySource::categories, list -> {
            categories.setAll(list);
            categoriesState.set(LoadState.READY);
        }, error -> {
            log.warn("Job categories unavailable: {}", error.toString());
            if (requested == generation) {
                categoriesState.set(LoadState.FAILED);
            }
        });
    }

    // ---- consent ----

    /** 同意: hands the registration to the sink; on success the summary step follows. */
    public void agree() {
        if (step.get() != RegistrationStep.CONSENT || submitting.get()) {
            return;
        }
        WorkerRegistration registration = draft.toRegistration(
                categories.stream().map(JobCategory::code).toList(), clock.instant(), consentVersion());
        long requested = generation;
        submitting.set(true);
        problemKey.set(Optional.empty());
        executor.submit(() -> sink.submit(registration), workerRef -> {
            if (requested == generation) {
                submitting.set(false);
                registeredWorker.set(new ActiveWorker(workerRef,
                        registration.identity().map(CardIdentity::maskedName).orElse("-"),
                        registration.identity().map(CardIdentity::maskedDocumentNumber).orElse("-"),
                        registration.jobCategoryCodes()));
                goTo(RegistrationStep.DONE);
            }
        }, error -> {
            log.warn("Registration could not be kept: {}", error.toString());
            if (requested == generation) {
                submitting.set(false);
                problemKey.set(Optional.of("registration.consent.failed"));
            }
        });
    }

    /** 不同意: asks first what it means (nothing registered, the read card data cleared); nothing changes yet. */
    public void disagree() {
        if (step.get() == RegistrationStep.CONSENT && !submitting.get()) {
            declineAsked.set(true);
        }
    }

    /** 返回 on the question: back to the consent text, every answer kept. */
    public void keepConsenting() {
        declineAsked.set(false);
    }

    /** 确认不同意: nothing is kept; the session ends (card data and answers wiped) and the home screen returns. */
    public void confirmDisagree() {
        if (!declineAsked.get()) {
            return;
        }
        declineAsked.set(false);
        log.info("Consent declined: session ended");
        if (endSession != null) {
            endSession.run();
        } else {
            reset();
            navigator.showAttract();
        }
    }

    /** True while "不同意将不登记，您的信息将被清除" is asked. */
    public ReadOnlyBooleanProperty declineAskedProperty() {
        return declineAsked.getReadOnlyProperty();
    }

    /** 去找工作 on the summary. The registration stays in the session for the job search. */
    public void findWork() {
        navigator.show(Screen.FIND_JOB);
    }

    /** The version string recorded with a consent: which text and which retention the worker saw. */
    public String consentVersion() {
        return "consent-v1/" + retentionYears + "y";
    }

    // ---- what the view shows ----

    public ReadOnlyObjectProperty<RegistrationStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public StringBinding progressText() {
        return Bindings.createStringBinding(() -> step.get().number() == 0 ? ""
                : messages.get("registration.progress", step.get().number(), RegistrationStep.COUNT),
                step, messages.languageProperty());
    }

    public StringBinding stepTitle() {
        return Bindings.createStringBinding(() -> messages.get(step.get().titleKey()), step, messages.languageProperty());
    }

    /** The current problem in words (what to fix), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public CardTexts card() {
        return cardTexts;
    }

    public StringBinding phoneProblem() {
        return Bindings.createStringBinding(() -> step.get() == RegistrationStep.PHONE ? problem.get() : "", step, problem);
    }

    public ObservableList<JobCategory> categories() {
        return FXCollections.unmodifiableObservableList(categories);
    }

    public ReadOnlyObjectProperty<LoadState> categoriesStateProperty() {
        return categoriesState.getReadOnlyProperty();
    }

    public ObservableSet<String> selectedCategories() {
        return FXCollections.unmodifiableObservableSet(selectedCategories);
    }

    public ReadOnlyObjectProperty<@Nullable PayExpectation> payProperty() {
        return pay.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable Availability> availabilityProperty() {
        return availability.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable EmploymentStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The worker this registration created, once the sink kept it; {@code null} before and after the session. */
    public ReadOnlyObjectProperty<@Nullable ActiveWorker> registeredWorkerProperty() {
        return registeredWorker.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting.getReadOnlyProperty();
    }

    public StringBinding consentText() {
        return messages.bind("registration.consent.body", new ReadOnlyObjectWrapper<>(retentionYears));
    }

    /** The summary on the last step, masked: name, phone, work, pay, start, status. */
    public StringBinding summary() {
        return Bindings.createStringBinding(() -> step.get() != RegistrationStep.DONE ? ""
                : RegistrationSummary.describe(draft, categories, messages), step, messages.languageProperty());
    }

    /** The job the worker is identifying for, if any (我要报名 before the card). */
    public ApplyingFor applyingFor() {
        return applyingFor;
    }

    @Override
    public void clearSession() {
        applyingFor.clear();
        reset();
        if (navigator.current() == Screen.REGISTER) {
            navigator.showAttract();
        }
    }

    // ---- internals ----

    private void finishPhone() {
        PhoneCheck check = phone.checkProperty().get();
        if (check == PhoneCheck.VALID) {
            draft.setPhone(phone.digits());
            phone.finish();
            goTo(RegistrationStep.JOBS);
        } else {
            problemKey.set(Optional.of(check.messageKey()));
        }
    }

    private void finishPreferences() {
        if (pay.get() == null) {
            problemKey.set(Optional.of("registration.preferences.problem.pay"));
        } else if (availability.get() == null) {
            problemKey.set(Optional.of("registration.preferences.problem.availability"));
        } else if (status.get() == null) {
            problemKey.set(Optional.of("registration.preferences.problem.status"));
        } else {
            goTo(RegistrationStep.CONSENT);
        }
    }

    private void require(boolean condition, String problemMessageKey, RegistrationStep then) {
        if (condition) {
            goTo(then);
        } else {
            problemKey.set(Optional.of(problemMessageKey));
        }
    }

    private void goTo(RegistrationStep target) {
        step.set(target);
        if (target == RegistrationStep.JOBS) {
            if (categoriesState.get() == LoadState.READY) {
                refreshCategories();
            } else {
                loadCategories();
            }
        }
    }

    /** Takes a newer list (the platform's arrived since) without showing "loading" over the tiles. */
    private void refreshCategories() {
        executor.submit(categorySource::categories, list -> {
            if (!list.equals(categories)) {
                categories.setAll(list);
                categoryPage.set(0);
            }
        }, error -> log.warn("Job categories not refreshed: {}", error.toString()));
    }

    // ---- category pages ----

    /** The page of category tiles shown, from 0. */
    public ReadOnlyIntegerProperty categoryPageProperty() {
        return categoryPage.getReadOnlyProperty();
    }

    public int categoryPageCount() {
        return Math.max(1, (categories.size() + CATEGORIES_PER_PAGE - 1) / CATEGORIES_PER_PAGE);
    }

    /** The categories of the page shown. */
    public List<JobCategory> categoriesOnPage() {
        int from = Math.min(categories.size(), categoryPage.get() * CATEGORIES_PER_PAGE);
        return List.copyOf(categories.subList(from, Math.min(categories.size(), from + CATEGORIES_PER_PAGE)));
    }

    public void nextCategoryPage() {
        categoryPage.set(Math.min(categoryPage.get() + 1, categoryPageCount() - 1));
    }

    public void previousCategoryPage() {
        categoryPage.set(Math.max(categoryPage.get() - 1, 0));
    }

    private void followNavigation(Screen now) {
        if (now == Screen.REGISTER && !draft.isStarted()) {
            step.set(RegistrationStep.WAITING_FOR_CARD);
        } else if (now == Screen.ATTRACT) {
            reset();
        }
    }

    /** Forgets every answer of this session; the category list (not personal) stays. */
    private void reset() {
        generation++;
        draft.clearSession();
        phone.clear();
        identity.set(Optional.empty());
        selectedCategories.clear();
        categoryPage.set(0);
        pay.set(null);
        availability.set(null);
        status.set(null);
        submitting.set(false);
        declineAsked.set(false);
        registeredWorker.set(null);
        problemKey.set(Optional.empty());
        step.set(RegistrationStep.WAITING_FOR_CARD);
    }
}
