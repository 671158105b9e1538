package org.lingong.kiosk.recognition;

import java.time.Clock;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;

import org.lingong.kiosk.card.CardPlacementRouter;
import org.lingong.kiosk.worker.PlacedCard;
import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.registration.RegistrationSink;
import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationView;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.scan.JobOpener;
import org.lingong.kiosk.scan.QrScanRouter;
import org.lingong.kiosk.scan.ScanRouter;
import org.lingong.kiosk.scan.ScanView;
import org.lingong.kiosk.scan.ScanViewModel;
import org.lingong.kiosk.scan.SlipChecker;
import org.lingong.kiosk.search.JobSearch;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ScreenViewFactory;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.client.BackendClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Recognising workers and QR login: the kiosk secret and the known-worker store in {@code kiosk.platform.data-dir}
 * (with or without the platform), the card placement router, the scan router, the 扫码 screen, and the worker-code QR
 * on the registration done step. The primary {@link RegistrationSink} wraps the kiosk's {@code registrationSink} bean so
 * that kept registrations with an ID card are remembered.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
public class RecognitionConfiguration {

    @Bean
    KioskSecret kioskSecret(PlatformProperties platform) {
        return KioskSecret.loadOrCreate(platform.dataDirectory());
    }

    @Bean(destroyMethod = "close")
    KnownWorkers knownWorkers(PlatformProperties platform, KioskSecret secret, Clock clock) {
        return KnownWorkers.open(platform.dataDirectory(), secret, clock);
    }

    @Bean
    WorkerCodes workerCodes(KioskSecret secret) {
        return new WorkerCodes(secret);
    }

    /**
     * The sink everyone gets: the kiosk's {@code registrationSink} (outbox or demo), wrapped so that every registration
     * kept with an ID card is remembered.
     */
    @Bean
    @Primary
    RememberingRegistrationSink rememberingRegistrationSink(@Qualifier("registrationSink") RegistrationSink sink,
            KnownWorkers known) {
        return new RememberingRegistrationSink(sink, known);
    }

    @Bean
    WorkerRecognition workerRecognition(KnownWorkers known, TaskExecutor executor, ScreenNavigator navigator,
            WorkerSession session, NoticeViewModel notices, IdleSession idle) {
        return new WorkerRecognition(known, executor, navigator, session, notices, () -> {
            idle.endSession();
            idle.touch();
        });
    }

    @Bean
    CardPlacementRouter cardPlacementRouter(ScreenNavigator navigator, PlacedCard placedCard, IdleSession idle,
            NoticeViewModel notices, RegistrationViewModel registration, WorkerRecognition recognition) {
        return new CardPlacementRouter(navigator, placedCard, idle::touch, notices, registration::startWithCard,
                () -> registration.stepProperty().get() == RegistrationStep.WAITING_FOR_CARD, recognition);
    }

    @Bean
    JobOpener jobOpener(JobSearch jobs, SearchViewModel search, TaskExecutor executor, ScreenNavigator navigator,
            NoticeViewModel notices) {
        return new JobOpener(jobs, search, executor, navigator, notices);
    }

    /** Offline slip checks with this terminal's key; none before enrollment or without the platform. */
    @Bean
    SlipChecker slipChecker(PlatformProperties platform, ObjectProvider<BackendClient> backend) {
        return token -> Optional.ofNullable(platform.enabled() ? backend.getObject() : null)
                .filter(client -> client.identity().isPresent())
                .map(client -> client.referralVerifier().verifyOffline(token));
    }

    @Bean
    ScanRouter scanRouter(IdleSession idle, NoticeViewModel notices, JobOpener jobs, WorkerCodes codes,
            WorkerRecognition recognition, SlipChecker slips, TaskExecutor executor, Messages messages, Clock clock) {
        return new QrScanRouter(idle::touch, notices, jobs, codes, recognition, slips, executor, messages, clock);
    }

    @Bean
    ScanViewModel scanViewModel(ScreenNavigator navigator) {
        return new ScanViewModel(navigator);
    }

    @Bean
    ScreenViewFactory scanScreen(ScanViewModel viewModel, Messages messages) {
        return ScreenViewFactory.of(Screen.SCAN, () -> new ScanView(viewModel, messages));
    }

    /** The registration screen with the worker-code QR in the free corner of its done step. */
    @Bean
    ScreenViewFactory registrationScreenWithWorkerCode(RegistrationViewModel registration, Messages messages,
            WorkerCodeBadgeViewModel badge) {
        return ScreenViewFactory.of(Screen.REGISTER, () -> {
            WorkerCodeBadgeView code = new WorkerCodeBadgeView(badge, messages);
            StackPane screen = new StackPane(new RegistrationView(registration, messages), code);
            StackPane.setAlignment(code, Pos.TOP_RIGHT);
            StackPane.setMargin(code, new Insets(150, 48, 0, 0));
            return screen;
        });
    }
}
