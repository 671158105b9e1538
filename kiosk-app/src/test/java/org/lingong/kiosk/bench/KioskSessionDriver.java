package org.lingong.kiosk.bench;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.kiosk.KioskApp;
import org.lingong.kiosk.attract.AttractViewModel;
import org.lingong.kiosk.theme.LoadState;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.shell.ClockViewModel;
import org.lingong.kiosk.status.StatusBarViewModel;
import org.lingong.kiosk.worker.PlacedCard;
import org.lingong.kiosk.demo.DemoSimulators;
import org.lingong.kiosk.registration.Availability;
import org.lingong.kiosk.registration.EmploymentStatus;
import org.lingong.kiosk.registration.PayExpectation;
import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.worker.WorkerSession;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks one whole worker session through the running kiosk, the way the hardware and a worker would:
 * a fictional card is placed on the in-process reader simulator (the real driver polls it over the in-memory
 * pipe, decodes text and photo and hands the card to {@code CardPlacementRouter}), the registration is filled in
 * through {@link RegistrationViewModel} (phone, one job tile, pay, availability, status, consent) while the shell
 * renders every step, and the session ends through {@link IdleSession#endSession()} (the idle timeout's wipe).
 *
 * <p>Every session places a new fictional person's card ({@link FictionalResidents}) and registers them, except every
 * {@value #RECOGNITION_EVERY}th session, which places the card registered in the session before: that worker is
 * recognised (welcome on the search screen) and the session is wiped there. The known-worker store grows by one
 * worker per registration, as at a real station.
 *
 * <p>The simulator reports a new card serial per placement, so the next card is seen as a swap without
 * lifting the previous one (the poller reads it within one 300 ms poll interval).
 *
 * <p>Threading: call from a non-FX thread; every view-model call is made on the FX thread.
 */
final class KioskSessionDriver {

    static final int RECOGNITION_EVERY = 5;
    private static final int TIMEOUT_SECONDS = 30;

    private final DemoSimulators simulators;
    private final PlacedCard placedCard;
    private final RegistrationViewModel registration;
    private final ScreenNavigator navigator;
    private final IdleSession idle;
    private final WorkerSession workerSession;
    private final Object[] viewModels;

    KioskSessionDriver(KioskApp app) {
        this.simulators = app.context().getBean(DemoSimulators.class);
        this.placedCard = app.context().getBean(PlacedCard.class);
        this.registration = app.context().getBean(RegistrationViewModel.class);
        this.navigator = app.context().getBean(ScreenNavigator.class);
        this.idle = app.context().getBean(IdleSession.class);
        this.workerSession = app.context().getBean(WorkerSession.class);
        this.viewModels = new Object[] {registration, registration.phone(), placedCard, navigator, idle,
            app.context().getBean(Messages.class), app.context().getBean(AttractViewModel.class),
            app.context().getBean(StatusBarViewModel.class), app.context().getBean(NoticeViewModel.class),
            app.context().getBean(ClockViewModel.class)};
        simulators.reader().reportCardSerials(true);
    }

    /**
     * The full names and document numbers of the fictional persons of sessions 1 to {@code sessions}, and the phone
     * numbers typed, raw and as displayed (computed again, so that the bench holds no list of them while it runs).
     */
    static List<List<String>> secrets(int sessions) {
        List<Integer> registered = IntStream.rangeClosed(1, sessions).filter(n -> !isRecognition(n)).boxed().toList();
        List<String> names = registered.stream().map(FictionalResidents::name).toList();
        List<String> ids = registered.stream().map(n -> FictionalResidents.card(n).documentNumber()).toList();
        List<String> phones = registered.stream().map(FictionalResidents::phone)
                .flatMap(p -> Stream.of(p, p.substring(0, 3) + " " + p.substring(3, 7) + " " + p.substring(7)))
                .toList();
        return List.of(names, ids, phones);
    }

    /** Whether session {@code n} places the card registered in session {@code n - 1} (a recognition). */
    static boolean isRecognition(int n) {
        return n % RECOGNITION_EVERY == 0;
    }

    /** The long-lived view models a session passes through (for {@link ListenerCounts}). */
    Object[] viewModels() {
        return viewModels.clone();
    }

    /**
     * One session: a new person's card → registration done → idle wipe; or, for a recognition session, the card
     * registered in session {@code n - 1} → welcome on the search screen → idle wipe. {@code n} picks the card and the
     * answers.
     */
    void runSession(int n) throws Exception {
        boolean recognition = isRecognition(n);
        IdCard card = FictionalResidents.card(recognition ? n - 1 : n);
        simulators.reader().place(card);
        if (recognition) {
            waitUntil("card " + n + " read and the known worker welcomed on the search screen", () -> placedCard
                    .card().map(held -> held.documentNumber().equals(card.documentNumber())).orElse(false)
                    && navigator.current() == Screen.FIND_JOB && workerSession.current().isPresent());
            showFrames();
            endSession(n);
            return;
        }
        waitUntil("card " + n + " read and registration shown", () -> placedCard
                .card().map(held -> held.documentNumber().equals(card.documentNumber())).orElse(false)
                && navigator.current() == Screen.REGISTER && registration.stepProperty().get() == RegistrationStep.CARD);
        onFx(() -> {
            registration.next();
            FictionalResidents.phone(n).chars().forEach(c -> registration.phone().press(c - '0'));
            return null;
        });
        showFrames();   // the typed number is on screen once, as after the worker's last tap
        onFx(() -> {
            registration.next();
            return null;
        });
        expectStep(n, RegistrationStep.JOBS);
        waitUntil("categories of session " + n, () -> registration.categoriesStateProperty().get() == LoadState.READY);
        onFx(() -> {
            var categories = registration.categories();
            registration.toggleCategory(categories.get(n % categories.size()).code());
            registration.next();
            return null;
        });
        expectStep(n, RegistrationStep.PREFERENCES);
        onFx(() -> {
            registration.choosePay(PayExpectation.values()[n % PayExpectation.values().length]);
            registration.chooseAvailability(Availability.values()[n % Availability.values().length]);
            registration.chooseStatus(EmploymentStatus.values()[n % EmploymentStatus.values().length]);
            registration.next();
            return null;
        });
        expectStep(n, RegistrationStep.CONSENT);
        onFx(() -> {
            registration.agree();
            return null;
        });
        waitUntil("registration " + n + " kept", () -> registration.stepProperty().get() == RegistrationStep.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        endSession(n);
    }

    private void endSession(int n) throws Exception {
        onFx(() -> {
            idle.endSession();
            return null;
        });
        waitUntil("session " + n + " wiped", () -> navigator.current() == Screen.ATTRACT && placedCard.card().isEmpty()
                && registration.stepProperty().get() == RegistrationStep.WAITING_FOR_CARD
                && workerSession.current().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Gives the FX pulse (60 per second) time to lay out and render the current state. */
    private static void showFrames() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(50);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void expectStep(int n, RegistrationStep expected) throws Exception {
        RegistrationStep now = onFx(() -> registration.stepProperty().get());
        if (now != expected) {
            throw new IllegalStateException("session " + n + ": expected step " + expected + " but the form is at " + now);
        }
    }

    private static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("timed out after " + TIMEOUT_SECONDS + " s waiting for " + what, e);
        }
    }

    static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
